"""Writes that touch the evidence register and the citations derived from narratives."""

from collections.abc import Mapping, Sequence
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import transaction

from evidence.citations import citations_in
from evidence.models import Action, Citation, EvidenceFile, EvidenceItem
from evidence.uploads import AcceptedFile
from sprcompliance.accounts.models import User
from sprcompliance.changes import differs
from threats.models import DimensionAssessment, Force, ThreatAssessment


def _narrative_of(target: ThreatAssessment | DimensionAssessment) -> tuple[str, dict, int]:
    """The text that carries the citations, the Citation link to it, and the owning force."""
    if isinstance(target, ThreatAssessment):
        return target.context, {"threat_assessment": target}, target.period.force_id
    if isinstance(target, DimensionAssessment):
        force_id = target.threat_assessment.period.force_id
        return target.narrative, {"dimension_assessment": target}, force_id
    raise TypeError(f"{type(target).__name__} has no cited narrative")


@transaction.atomic
def citations_sync(*, target: ThreatAssessment | DimensionAssessment) -> bool:
    """Rewrite the citation rows of a saved narrative from the markers in its text.

    Returns whether any row changed. Raises ValidationError, changing nothing, when a marker
    names evidence the force's register does not hold.
    """
    text, link, force_id = _narrative_of(target)
    found = citations_in(text)
    references = {marker.reference for _, marker in found}
    items = {
        item.reference: item
        for item in EvidenceItem.objects.filter(force_id=force_id, reference__in=references)
    }
    missing = sorted(references - items.keys())
    if missing:
        raise ValidationError(
            "The text cites %(refs)s, which %(verb)s not in the evidence register.",
            code="unknown_evidence",
            params={"refs": ", ".join(missing), "verb": "is" if len(missing) == 1 else "are"},
        )
    wanted = [
        (items[marker.reference].pk, paragraph, position, marker.locator)
        for position, (paragraph, marker) in enumerate(found, start=1)
    ]
    existing = Citation.objects.filter(**link).order_by("position")
    if [(c.evidence_id, c.paragraph, c.position, c.locator) for c in existing] == wanted:
        return False
    existing.delete()
    # Citation rows carry no history of their own (the narrative's history holds the markers),
    # so a bulk insert is safe here.
    Citation.objects.bulk_create(
        Citation(
            evidence_id=evidence_id, paragraph=paragraph, position=position, locator=locator, **link
        )
        for evidence_id, paragraph, position, locator in wanted
    )
    return True


# The fields of an evidence item that people edit (force, version and timestamps are kept by
# the services).
EDITABLE_FIELDS = (
    "reference",
    "title",
    "summary",
    "kind",
    "source",
    "source_reference",
    "url",
    "evidence_date",
    "covers_from",
    "covers_to",
    "review_by",
    "dependency_ends_on",
    "owner",
    "classification",
)


class EditConflict(Exception):
    """Someone saved the item after this editor opened it: saving would lose their change."""

    def __init__(self, current: EvidenceItem):
        self.current = current
        super().__init__(f"{current.reference} is now at version {current.version}.")


def evidence_item_create(
    *, force: Force, user: User, data: Mapping, files: Sequence[AcceptedFile] = ()
) -> EvidenceItem:
    """Add an item to the force's register, with its checked files."""
    # Files are written to storage before the transaction commits: if anything fails, up to
    # and including the commit, the files written are deleted again.
    with _stored_files_removed_on_failure() as stored, transaction.atomic():
        item = EvidenceItem(force=force, **{name: data[name] for name in EDITABLE_FIELDS})
        item.full_clean()
        item._history_user = user
        if files:
            item._change_reason = _attached(files)
        item.save()
        _attach_files(item=item, user=user, files=files, stored=stored)
    return item


def evidence_item_update(
    *,
    item: EvidenceItem,
    user: User,
    data: Mapping,
    files: Sequence[AcceptedFile] = (),
    expected_version: int | None,
) -> EvidenceItem:
    """Save an edit made from `expected_version`, attaching any new files.

    Raises EditConflict, changing nothing, when the item has moved on since the editor
    opened it. An edit that changes nothing writes nothing.
    """
    with _stored_files_removed_on_failure() as stored, transaction.atomic():
        # The row lock makes a second concurrent save wait, then see the new version.
        current = EvidenceItem.objects.select_for_update().get(pk=item.pk)
        if current.version != expected_version:
            raise EditConflict(current)
        changed = [name for name in EDITABLE_FIELDS if differs(current, name, data[name])]
        if not changed and not files:
            return current
        for name in changed:
            setattr(current, name, data[name])
        current.full_clean()
        current.version += 1
        current._history_user = user
        if files:
            current._change_reason = _attached(files)
        current.save()
        _attach_files(item=current, user=user, files=files, stored=stored)
    return current


def _attached(files: Sequence[AcceptedFile]) -> str:
    names = ", ".join(f.original_name for f in files)
    return f"Attached {names}"[:1000]


def _attach_files(
    *, item: EvidenceItem, user: User, files: Sequence[AcceptedFile], stored: list[str]
) -> None:
    for accepted in files:
        record = EvidenceFile(
            item=item,
            original_name=accepted.original_name,
            content_type=accepted.content_type,
            size=accepted.size,
            sha256=accepted.sha256,
            uploaded_by=user,
        )
        # The storage name comes from evidence_file_path, never from the user's file name.
        record.file.save(accepted.original_name, accepted.upload, save=False)
        stored.append(record.file.name)
        record.full_clean()
        record._history_user = user
        record.save()


@contextmanager
def _stored_files_removed_on_failure():
    stored: list[str] = []
    try:
        yield stored
    except BaseException:
        for name in stored:
            default_storage.delete(name)
        raise


# Actions: recommendations, lessons and gaps with owners and due dates.


ACTION_FIELDS = (
    "reference",
    "title",
    "description",
    "source_kind",
    "source",
    "owner",
    "due_on",
    "status",
    "completed_on",
    "threat_area",
    "dimension",
)


class ActionConflict(EditConflict):
    """Someone saved the action after this editor opened it."""


def action_create(*, force: Force, user: User, data: Mapping, raised_in=None) -> Action:
    """Log an action for the force, with the evidence it rests on."""
    with transaction.atomic():
        action = Action(force=force, raised_in=raised_in, **{n: data[n] for n in ACTION_FIELDS})
        action.full_clean()
        action._history_user = user
        action.save()
        action.evidence.set(data["evidence"])
    return action


def action_update(
    *, action: Action, user: User, data: Mapping, expected_version: int | None
) -> Action:
    """Save an edit made from `expected_version`; raises ActionConflict, changing nothing,
    when the action moved on since the editor opened it."""
    with transaction.atomic():
        current = Action.objects.select_for_update().get(pk=action.pk)
        if current.version != expected_version:
            raise ActionConflict(current)
        changed = [name for name in ACTION_FIELDS if differs(current, name, data[name])]
        evidence_ids = {item.pk for item in data["evidence"]}
        evidence_changed = set(current.evidence.values_list("pk", flat=True)) != evidence_ids
        if not changed and not evidence_changed:
            return current
        for name in changed:
            setattr(current, name, data[name])
        current.full_clean()
        current.version += 1
        current._history_user = user
        if evidence_changed:
            refs = ", ".join(sorted(item.reference for item in data["evidence"])) or "none"
            current._change_reason = f"Evidence: {refs}"
        current.save()
        if evidence_changed:
            current.evidence.set(data["evidence"])
    return current
