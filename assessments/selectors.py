"""Reads for the assessment editor: each page's data in a fixed number of queries, handed to
templates as plain data so rendering runs none."""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from accounts.models import Force, User
from assessments.models import CapacityMetric, Departure, DimensionAssessment, ThreatAssessment
from evidence.models import EvidenceItem
from evidence.selectors import citable_evidence, force_owners
from sprcompliance.history import HistoryEntry, changes_of
from sprcompliance.references import next_reference
from threats.models import RatingLevel, ReportingPeriod

DIMENSION_LABELS = {"rating": "Rating", "narrative": "Narrative", "gaps": "Gaps", "owner": "Owner"}
THREAT_LABELS = {"context": "Context", "owner": "Owner"}
METRIC_LABELS = {
    "name": "Measure",
    "dimension": "C",
    "value": "Value",
    "unit": "Unit",
    "national_commitment": "National commitment",
    "as_at": "As at",
    "source": "Source evidence",
}


@dataclass
class EditorData:
    """What an editor page shows beside its form."""

    levels: list[RatingLevel]
    evidence: list[EvidenceItem]
    owners: list[User]
    metrics: list[CapacityMetric]
    history: list[HistoryEntry]

    @property
    def evidence_by_reference(self) -> dict[str, EvidenceItem]:
        return {item.reference: item for item in self.evidence}


def threat_assessment_for(force: Force, period_pk: int, threat_key: str) -> ThreatAssessment:
    """One query: the threat assessment with its period and threat area; 404 when another
    force's period, or a key the period's edition does not have."""
    return get_object_or_404(
        ThreatAssessment.objects.select_related(
            "period__force", "period__edition", "period__rating_scale", "threat_area", "owner"
        ),
        period_id=period_pk,
        period__force=force,
        threat_area__key=threat_key,
    )


def dimension_assessment_for(
    force: Force, period_pk: int, threat_key: str, dimension_key: str
) -> DimensionAssessment:
    """One query: the cell with everything its page names (404 as above)."""
    return get_object_or_404(
        DimensionAssessment.objects.select_related(
            "threat_assessment__period__force",
            "threat_assessment__period__edition",
            "threat_assessment__period__rating_scale",
            "threat_assessment__threat_area",
            "dimension",
            "rating",
            "owner",
        ),
        threat_assessment__period_id=period_pk,
        threat_assessment__period__force=force,
        threat_assessment__threat_area__key=threat_key,
        dimension__key=dimension_key,
    )


def cells_of(threat_assessment: ThreatAssessment) -> list[DimensionAssessment]:
    return list(
        threat_assessment.dimension_assessments.select_related("dimension", "rating", "owner")
    )


def metrics_of(threat_assessment: ThreatAssessment) -> QuerySet:
    return threat_assessment.metrics.select_related("dimension", "source").order_by("name")


def editor_data(
    *, target: ThreatAssessment | DimensionAssessment, threat_assessment: ThreatAssessment
) -> EditorData:
    """Five queries: rating levels, the force's evidence, its people, the threat's metrics,
    and the target's history (with users and related rows)."""
    period = threat_assessment.period
    labels = THREAT_LABELS if isinstance(target, ThreatAssessment) else DIMENSION_LABELS
    return EditorData(
        levels=list(RatingLevel.objects.filter(scale_id=period.rating_scale_id)),
        evidence=citable_evidence(period.force),
        owners=force_owners(period.force, including=target.owner_id),
        metrics=list(metrics_of(threat_assessment)),
        history=changes_of(target, labels=labels),
    )


def last_change(obj, labels=None) -> HistoryEntry | None:
    entries = changes_of(obj, limit=1, labels=labels)
    return entries[0] if entries else None


# Departures.

DEPARTURE_PREFIX = "DEP-"
# The fields people edit (approving and ending are acts, recorded by the services).
DEPARTURE_LABELS = {
    "reference": "Reference",
    "threat_area": "Threat area",
    "dimension": "C",
    "title": "What is departed from",
    "justification": "Justification",
    "review_on": "Review date",
}
DEPARTURE_RELATED = ("threat_area", "dimension", "approved_by", "ended_by")


def departures_of(period: ReportingPeriod) -> list[Departure]:
    return list(period.departures.select_related(*DEPARTURE_RELATED))


def departure_for(period: ReportingPeriod, pk: int) -> Departure:
    return get_object_or_404(
        Departure.objects.select_related(*DEPARTURE_RELATED), pk=pk, period=period
    )


def next_departure_reference(period: ReportingPeriod) -> str:
    return next_reference(DEPARTURE_PREFIX, period.departures.all())


# Capacity metrics.


def metric_for(threat_assessment: ThreatAssessment, pk: int) -> CapacityMetric:
    return get_object_or_404(CapacityMetric, pk=pk, threat_assessment=threat_assessment)


def period_grid(period: ReportingPeriod) -> list[ThreatAssessment]:
    """Two queries: the period's threat assessments with their areas, then all their cells
    with C, rating and owner."""
    cells = DimensionAssessment.objects.select_related("dimension", "rating", "owner")
    return list(
        period.threat_assessments.select_related("threat_area").prefetch_related(
            Prefetch("dimension_assessments", queryset=cells)
        )
    )
