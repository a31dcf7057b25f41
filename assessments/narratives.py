"""The assessments' narratives, registered with the evidence app (evidence/narratives.py): a
threat's context, each C's narrative and gaps, and each departure's justification."""

from django.urls import reverse

from assessments.models import Departure, DimensionAssessment, ThreatAssessment
from evidence.narratives import Place, register

# The editor draws the saved context or narrative as it will print (assessments/_preview.html,
# reports/_blocks.html), its paragraphs numbered from 1 with these ids.
EDITOR_PARAGRAPHS = "para-"


def _context_place(threat: ThreatAssessment, field: str) -> Place:
    period, area = threat.period, threat.threat_area
    return Place(
        period_label=period.label,
        period_starts_on=period.starts_on,
        section=area.label,
        text="Context",
        url=reverse("assessments:assessment", args=[period.pk, area.key]),
        order=(1, area.order, 0, 0),
        paragraph_anchor=EDITOR_PARAGRAPHS,
    )


def _cell_place(cell: DimensionAssessment, field: str) -> Place:
    period, area = cell.threat_assessment.period, cell.threat_assessment.threat_area
    dimension = cell.dimension
    return Place(
        period_label=period.label,
        period_starts_on=period.starts_on,
        section=area.label,
        text=dimension.label if field == "narrative" else f"{dimension.label}: gaps",
        url=reverse("assessments:dimension", args=[period.pk, area.key, dimension.key]),
        order=(1, area.order, dimension.order, 0 if field == "narrative" else 1),
        state=cell.get_state_display(),
        # The page draws the narrative as it will print; the gaps only as written.
        paragraph_anchor=EDITOR_PARAGRAPHS if field == "narrative" else "",
    )


def _departure_place(departure: Departure, field: str) -> Place:
    period = departure.period
    return Place(
        period_label=period.label,
        period_starts_on=period.starts_on,
        section="Departures from the SPR",
        text=f"{departure.reference}: justification",
        url=reverse("assessments:departure_list", args=[period.pk]),
        order=(2, departure.reference),
        state=departure.get_status_display(),
    )


def register_narratives() -> None:
    register(
        ThreatAssessment,
        fields=("context",),
        link="threat_assessment",
        force="period__force_id",
        place=_context_place,
        related=("period", "threat_area"),
    )
    register(
        DimensionAssessment,
        fields=("narrative", "gaps"),
        link="dimension_assessment",
        force="threat_assessment__period__force_id",
        place=_cell_place,
        related=("threat_assessment__period", "threat_assessment__threat_area", "dimension"),
    )
    register(
        Departure,
        fields=("justification",),
        link="departure",
        force="period__force_id",
        place=_departure_place,
        related=("period",),
    )
