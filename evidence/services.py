"""Writes that touch the evidence register and the citations derived from narratives."""

from django.core.exceptions import ValidationError
from django.db import transaction

from evidence.citations import citations_in
from evidence.models import Citation, EvidenceItem
from threats.models import DimensionAssessment, ThreatAssessment


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
