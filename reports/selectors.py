"""Everything the board paper needs for one period, gathered in a fixed number of queries.

The paper preview, the PDF and the issued versions all start here; reports/paper.py then
numbers paragraphs and footnotes without touching the database.
"""

import datetime
from dataclasses import dataclass

from django.db.models import BooleanField, Count, ExpressionWrapper, Q
from django.utils import timezone

from assessments.models import CapacityMetric, Departure, DimensionAssessment, ThreatAssessment
from evidence.citations import split_blocks
from evidence.models import Action, Classification, EvidenceItem
from evidence.narratives import texts_of_all
from evidence.staleness import StaleCheck
from reports.models import BoardPaper
from threats.models import Dimension, RatingLevel, ReportingPeriod, ThreatArea


@dataclass
class PaperData:
    period: ReportingPeriod
    paper: BoardPaper
    paper_date: datetime.date
    stale_check: StaleCheck  # "is it stale for this period's paper?"
    threat_areas: list[ThreatArea]
    dimensions: list[Dimension]
    levels: list[RatingLevel]
    threat_assessments: dict[int, ThreatAssessment]  # by threat area id
    cells: dict[tuple[int, int], DimensionAssessment]  # by (threat area id, dimension id)
    metrics: list[CapacityMetric]
    actions: list[Action]
    departures: list[Departure]
    previous_period: ReportingPeriod | None
    previous_ratings: dict[tuple[str, str], RatingLevel]  # by (threat key, dimension key)
    evidence: dict[str, EvidenceItem]  # every item the paper's texts cite, by reference

    @property
    def marking(self) -> str:
        """The paper's rule, for the paper and the dashboard's summary alike: at least its own
        marking, and the highest of the evidence it cites."""
        markings = [self.paper.minimum_classification or Classification.OFFICIAL]
        markings += [item.classification for item in self.evidence.values()]
        return Classification.highest(markings).value


def period_for_paper(*, force, pk: int) -> ReportingPeriod:
    """The period with what the paper header needs; raises DoesNotExist for another force."""
    return ReportingPeriod.objects.with_framework().get(pk=pk, force=force)


def paper_data(period: ReportingPeriod) -> PaperData:
    """Gather the paper's data: 12 queries, whatever the size of the paper."""
    paper = BoardPaper.objects.filter(period=period).first() or default_paper(period)
    threat_assessments = {
        ta.threat_area_id: ta for ta in ThreatAssessment.objects.filter(period=period)
    }
    cells = {
        (cell.threat_assessment.threat_area_id, cell.dimension_id): cell
        for cell in DimensionAssessment.objects.filter(
            threat_assessment__period=period
        ).select_related("rating", "threat_assessment")
    }
    departures = list(
        Departure.objects.filter(period=period)
        .exclude(status=Departure.Status.ENDED)
        .select_related("threat_area", "dimension", "approved_by")
        .order_by("reference")
    )
    narratives = [paper, *threat_assessments.values(), *cells.values(), *departures]
    previous = period.previous()
    return PaperData(
        period=period,
        paper=paper,
        paper_date=paper.meeting_date or timezone.localdate(),
        stale_check=StaleCheck.for_paper(period, meeting_date=paper.meeting_date),
        threat_areas=list(period.edition.threat_areas.order_by("order")),
        dimensions=list(period.edition.dimensions.order_by("order")),
        levels=list(period.rating_scale.levels.order_by("rank")),
        threat_assessments=threat_assessments,
        cells=cells,
        metrics=list(
            CapacityMetric.objects.filter(threat_assessment__period=period)
            .select_related("source", "dimension")
            .order_by("name")
        ),
        actions=list(
            Action.objects.for_force(period.force_id)
            .open()
            .select_related("threat_area", "dimension")
            .order_by("due_on", "reference")
        ),
        departures=departures,
        previous_period=previous,
        previous_ratings=_ratings_of(previous),
        evidence=_cited_evidence(period, narratives),
    )


def default_paper(period: ReportingPeriod) -> BoardPaper:
    """An unsaved paper with a sensible title, for a period whose texts are not written yet."""
    return BoardPaper(
        period=period,
        title=f"Strategic Policing Requirement: annual compliance report {period.label}",
    )


def _ratings_of(period: ReportingPeriod | None) -> dict[tuple[str, str], RatingLevel]:
    if period is None:
        return {}
    cells = DimensionAssessment.objects.filter(threat_assessment__period=period).select_related(
        "rating", "dimension", "threat_assessment__threat_area"
    )
    return {
        (cell.threat_assessment.threat_area.key, cell.dimension.key): cell.rating for cell in cells
    }


def _cited_evidence(period, narratives) -> dict[str, EvidenceItem]:
    """The force's items named by any citation marker in the paper's narratives (those not in
    the register print as such)."""
    references = {
        marker.reference
        for text in texts_of_all(narratives)
        for block in split_blocks(text)
        for marker in block.markers
        if marker.is_citation
    }
    items = EvidenceItem.objects.filter(force_id=period.force_id, reference__in=references)
    return {item.reference: item for item in items}


# The status dashboard: the paper's data plus what only the dashboard shows.

DUE_WINDOW_DAYS = 30


@dataclass
class DashboardData:
    paper: PaperData
    today: datetime.date
    # The force's items reaching review-by within the window, and those recording funding or an
    # agreement that ends within it or ended since the period began (one query for both; each
    # item's review_due and dependency_due say which list it belongs on).
    evidence_due: list[EvidenceItem]
    freshness: dict[str, int]  # the force's whole register: fresh, due soon, stale now
    stale_now: StaleCheck  # "is it stale now?", which the freshness counts answer
    action_counts: dict[str, int]  # the force's actions by status, plus "overdue"
    period_ratings: list[dict]  # rating counts per period of the force, oldest first


def dashboard_data(period: ReportingPeriod, *, today: datetime.date | None = None) -> DashboardData:
    """The paper's 12 queries and 4 more, whatever the number of evidence items or actions."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=DUE_WINDOW_DAYS)
    force_evidence = EvidenceItem.objects.for_force(period.force_id)
    stale_now = StaleCheck.now(today=today)
    return DashboardData(
        paper=paper_data(period),
        today=today,
        stale_now=stale_now,
        evidence_due=list(
            # Each item says which of the two lists it is on: the window is written once.
            force_evidence.annotate(
                review_due=ExpressionWrapper(
                    Q(review_by__gte=today, review_by__lte=horizon), output_field=BooleanField()
                ),
                dependency_due=ExpressionWrapper(
                    Q(dependency_ends_on__gte=period.starts_on, dependency_ends_on__lte=horizon),
                    output_field=BooleanField(),
                ),
            )
            .filter(Q(review_due=True) | Q(dependency_due=True))
            .select_related("owner")
            .order_by("review_by", "reference")
        ),
        freshness=force_evidence.aggregate(
            stale=Count("pk", filter=stale_now.condition),
            due_soon=Count("pk", filter=Q(review_by__gte=today, review_by__lte=horizon)),
            fresh=Count("pk", filter=Q(review_by__gt=horizon)),
        ),
        action_counts=Action.objects.for_force(period.force_id).aggregate(
            overdue=Count("pk", filter=Q(status__in=Action.OPEN_STATUSES, due_on__lt=today)),
            **{
                status.value: Count("pk", filter=Q(status=status.value)) for status in Action.Status
            },
        ),
        period_ratings=list(
            DimensionAssessment.objects.filter(
                threat_assessment__period__force_id=period.force_id,
                threat_assessment__period__starts_on__lte=period.starts_on,
            )
            .values(
                "threat_assessment__period_id",
                "threat_assessment__period__label",
                "threat_assessment__period__starts_on",
                "rating_id",
                "rating__label",
                "rating__rank",
                "rating__colour",
                "rating__text_colour",
            )
            .annotate(count=Count("pk"))
            .order_by("threat_assessment__period__starts_on", "rating__rank")
        ),
    )


def comparison_data(a: ReportingPeriod, b: ReportingPeriod) -> tuple[list[Action], list]:
    """Actions raised in or completed during either period, and both periods' departures."""
    starts, ends = min(a.starts_on, b.starts_on), max(a.ends_on, b.ends_on)
    actions = list(
        Action.objects.for_force(a.force_id)
        .filter(Q(raised_in__in=[a, b]) | Q(completed_on__gte=starts, completed_on__lte=ends))
        .select_related("threat_area")
        .order_by("reference")
    )
    departures = list(
        Departure.objects.filter(period__in=[a, b])
        .select_related("threat_area")
        .order_by("reference")
    )
    return actions, departures
