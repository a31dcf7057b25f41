"""Writes that touch the evidence register and the citations derived from narratives."""

from collections.abc import Mapping, Sequence
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import transaction

from accounts.models import Force, User
from evidence.citations import citations_in
from evidence.models import Action, Citation, EvidenceFile, EvidenceItem
from evidence.narratives import NarrativeKind, kind_of
from evidence.uploads import AcceptedFile
from sprcompliance.versioning import apply_changes, lock_version, save_version


def _cited_items(target) -> tuple[NarrativeKind, dict[str, list], dict[str, EvidenceItem]]:
    """The target's narrative kind, the citation markers of each of its texts (with their
    paragraph numbers), and the force's items they name.

    Raises ValidationError when a marker names evidence the force's register does not hold.
    """
    kind = kind_of(target)
    found = {name: citations_in(text) for name, text in kind.texts_of(target).items()}
    references = {marker.reference for markers in found.values() for _, marker in markers}
    items = {
        item.reference: item
        for item in EvidenceItem.objects.filter(
            force_id=kind.force_id_of(target), reference__in=references
        )
    }
    missing = sorted(references - items.keys())
    if missing:
        raise ValidationError(
            "The text cites %(refs)s, which %(verb)s not in the evidence register.",
            code="unknown_evidence",
            params={"refs": ", ".join(missing), "verb": "is" if len(missing) == 1 else "are"},
        )
    return kind, found, items


def citations_check(*, target) -> None:
    """Refuse, with ValidationError, texts (saved or not) citing evidence the force lacks."""
    _cited_items(target)


@transaction.atomic
def citations_sync(*, target) -> bool:
    """Rewrite the citation rows of a saved narrative's texts from the markers in them.

    `target` is any registered narrative owner (evidence/narratives.py). Returns whether any
    row changed. Raises ValidationError, changing nothing, when a marker names evidence the
    force's register does not hold.
    """
    kind, found, items = _cited_items(target)
    wanted = sorted(
        (name, position, items[marker.reference].pk, paragraph, marker.locator)
        for name, markers in found.items()
        for position, (paragraph, marker) in enumerate(markers, start=1)
    )
    existing = Citation.objects.filter(**{kind.link: target}).order_by("field", "position")
    have = [(c.field, c.position, c.evidence_id, c.paragraph, c.locator) for c in existing]
    if have == wanted:
        return False
    existing.delete()
    # Citation rows carry no history of their own (the narrative's history holds the markers),
    # so a bulk insert is safe here.
    Citation.objects.bulk_create(
        Citation(
            field=name,
            position=position,
            evidence_id=evidence_id,
            paragraph=paragraph,
            locator=locator,
            **{kind.link: target},
        )
        for name, position, evidence_id, paragraph, locator in wanted
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
        current = lock_version(EvidenceItem, item.pk, expected_version)
        if not apply_changes(current, EDITABLE_FIELDS, data) and not files:
            return current
        save_version(current, user, reason=_attached(files) if files else None)
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
    """Save an edit made from `expected_version`; raises EditConflict, changing nothing,
    when the action moved on since the editor opened it."""
    with transaction.atomic():
        current = lock_version(Action, action.pk, expected_version)
        changed = apply_changes(current, ACTION_FIELDS, data)
        evidence_ids = {item.pk for item in data["evidence"]}
        evidence_changed = set(current.evidence.values_list("pk", flat=True)) != evidence_ids
        if not changed and not evidence_changed:
            return current
        reason = None
        if evidence_changed:
            refs = ", ".join(sorted(item.reference for item in data["evidence"])) or "none"
            reason = f"Evidence: {refs}"
        save_version(current, user, reason=reason)
        if evidence_changed:
            current.evidence.set(data["evidence"])
    return current
