"""Shared set-up for the assessment editor's tests: a period's threat with its five Cs."""

from assessments.models import DimensionAssessment, ThreatAssessment


def threat_with_cells(period, key="public-order") -> ThreatAssessment:
    area = period.edition.threat_areas.get(key=key)
    threat = ThreatAssessment.objects.create(period=period, threat_area=area)
    unassessed = period.rating_scale.levels.get(is_assessed=False)
    for dimension in period.edition.dimensions.all():
        DimensionAssessment.objects.create(
            threat_assessment=threat, dimension=dimension, rating=unassessed
        )
    return threat


def level(period, key):
    return period.rating_scale.levels.get(key=key)


def cell_form(cell, **changes) -> dict:
    data = {
        "rating": str(cell.rating_id),
        "narrative": cell.narrative,
        "gaps": cell.gaps,
        "owner": str(cell.owner_id or ""),
        "version": str(cell.version),
        "action": "save",
    }
    return data | {k: str(v) for k, v in changes.items()}
