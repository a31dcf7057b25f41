"""Reads for the evidence register's pages, each in a fixed number of queries.

Everything a template needs is gathered here and handed over as lists and plain objects, so
rendering never touches the database.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import BooleanField, Count, ExpressionWrapper, Q, QuerySet, Value
from django.http import QueryDict
from django.utils import timezone

from evidence.filters import EvidenceFilter, assessment_date, stale_in
from evidence.models import Action, Citation, EvidenceFile, EvidenceItem
from evidence.uploads import ALLOWED
from sprcompliance.accounts.models import User
from sprcompliance.history import HistoryEntry, changes_of
from threats.models import CapacityMetric, Dimension, Force, ReportingPeriod, ThreatArea

PAGE_SIZE = 50
TYPE_NAMES = {kind.content_type: kind.name for kind in ALLOWED}
REFERENCE_PREFIX = "EV-"
# Labels people see for the item's fields: on the form, in the history and on the conflict page.
FIELD_LABELS = {
    "reference": "Reference",
    "title": "Title",
    "summary": "Summary",
    "kind": "Kind of evidence",
    "source": "Source",
    "source_reference": "Source's reference",
    "url": "Link",
    "evidence_date": "Date of the evidence",
    "covers_from": "Start of the period covered",
    "covers_to": "End of the period covered",
    "review_by": "Review-by date",
    "dependency_ends_on": "Funding or agreement ends",
    "owner": "Owner",
    "classification": "Classification",
}


# The register list and its exports.


def force_periods(force: Force) -> list[ReportingPeriod]:
    """The force's periods, newest first, each with its board paper (for the meeting date)."""
    return list(
        ReportingPeriod.objects.for_force(force)
        .select_related("edition", "paper")
        .order_by("-starts_on")
    )


@dataclass
class Register:
    """What the register page (and an export) shows: the period, the filters, the items."""

    periods: list[ReportingPeriod]
    period: ReportingPeriod | None
    filterset: EvidenceFilter
    ignored: list[str]
    sort: str
    items: list[EvidenceItem] = field(default_factory=list)
    page: Page | None = None

    @property
    def stale_on(self) -> datetime.date | None:
        return assessment_date(self.period) if self.period else None

    @property
    def meeting_date(self) -> datetime.date | None:
        paper = getattr(self.period, "paper", None)
        return paper.meeting_date if paper else None

    @property
    def is_filtered(self) -> bool:
        return self.filterset.is_filtered


def register_items(force: Force, period: ReportingPeriod | None) -> QuerySet:
    """The force's items with their citation count and, for the period, whether stale."""
    stale = (
        ExpressionWrapper(stale_in(period), output_field=BooleanField()) if period else Value(False)
    )
    return (
        EvidenceItem.objects.for_force(force)
        .select_related("owner")
        .annotate(citation_count=Count("citations"), is_stale=stale)
    )


def register(*, force: Force, params: QueryDict, paginate: bool = True) -> Register:
    """The filtered, sorted register in a fixed number of queries: periods, threat areas,
    dimensions, owners, then the items (with a count first when paginating)."""
    periods = force_periods(force)
    period, period_understood = _chosen_period(periods, params.get("period"))
    data = params.copy()
    threat_areas, dimensions = [], []
    if period is not None:
        data["period"] = str(period.pk)
        threat_areas = list(ThreatArea.objects.filter(edition_id=period.edition_id))
        dimensions = list(Dimension.objects.filter(edition_id=period.edition_id))
    owners = list(User.objects.filter(force=force).order_by("first_name", "last_name"))
    filterset = EvidenceFilter(
        data,
        queryset=register_items(force, period),
        period=period,
        periods=periods,
        threat_areas=threat_areas,
        dimensions=dimensions,
        owners=owners,
    )
    ignored = filterset.ignored_filters()
    if not period_understood:
        ignored.insert(0, "Reporting period")
    result = Register(
        periods=periods,
        period=period,
        filterset=filterset,
        ignored=ignored,
        sort=filterset.chosen_sort,
    )
    if paginate:
        result.page = Paginator(filterset.qs, PAGE_SIZE).get_page(params.get("page"))
        result.items = list(result.page.object_list)
        result.page.object_list = result.items
    else:
        result.items = list(filterset.qs)
    return result


def _chosen_period(
    periods: list[ReportingPeriod], wanted: str | None
) -> tuple[ReportingPeriod | None, bool]:
    """The period asked for, else the latest; and whether the request made sense."""
    wanted = (wanted or "").strip()
    for period in periods:
        if str(period.pk) == wanted:
            return period, True
    return (periods[0] if periods else None), not wanted


def next_free_reference(force: Force) -> str:
    """The next "EV-NNN" after the highest the force uses."""
    pattern = re.compile(rf"^{re.escape(REFERENCE_PREFIX)}(\d+)$", re.IGNORECASE)
    references = EvidenceItem.objects.for_force(force).filter(
        reference__istartswith=REFERENCE_PREFIX
    )
    numbers = [
        int(match.group(1))
        for reference in references.values_list("reference", flat=True)
        if (match := pattern.match(reference))
    ]
    following = max(numbers, default=0) + 1
    return f"{REFERENCE_PREFIX}{following:03d}"


def force_owners(force: Force, *, including: int | None = None) -> list[User]:
    """People of the force who can own evidence: active accounts, plus the current owner."""
    return list(
        User.objects.filter(Q(is_active=True) | Q(pk=including), force=force).order_by(
            "first_name", "last_name", "username"
        )
    )


# One item's page.


@dataclass(frozen=True)
class CitingParagraph:
    """A paragraph of an assessment narrative that cites the item."""

    period: ReportingPeriod
    threat_area: ThreatArea
    dimension: Dimension | None  # None for the threat area's context narrative
    paragraph: int
    locator: str
    state: str

    @property
    def where(self) -> str:
        return self.dimension.label if self.dimension else "Context"


@dataclass
class EvidenceDetail:
    item: EvidenceItem
    files: list[EvidenceFile]
    citations: list[CitingParagraph]
    actions: list[Action]
    metrics: list[CapacityMetric]
    history: list[HistoryEntry]

    @property
    def is_past_review(self) -> bool:
        return self.item.is_stale(timezone.localdate())


def evidence_items_for(force: Force) -> QuerySet:
    return EvidenceItem.objects.for_force(force).select_related("owner")


def evidence_detail(item: EvidenceItem) -> EvidenceDetail:
    """Files, citing paragraphs, actions, metrics and history: five queries."""
    files = list(item.files.select_related("uploaded_by").order_by("uploaded_at", "pk"))
    for file in files:
        file.type_name = TYPE_NAMES.get(file.content_type, file.content_type)
    actions = list(item.actions.select_related("threat_area", "dimension").order_by("reference"))
    metrics = list(
        item.metrics.select_related(
            "threat_assessment__period", "threat_assessment__threat_area", "dimension"
        ).order_by("-threat_assessment__period__starts_on", "name")
    )
    return EvidenceDetail(
        item=item,
        files=files,
        citations=_citing_paragraphs(item),
        actions=actions,
        metrics=metrics,
        history=changes_of(item, labels=FIELD_LABELS),
    )


def last_change(item: EvidenceItem) -> HistoryEntry | None:
    """Who saved the item last, and when."""
    entries = changes_of(item, limit=1, labels=FIELD_LABELS)
    return entries[0] if entries else None


def _citing_paragraphs(item: EvidenceItem) -> list[CitingParagraph]:
    cell = "dimension_assessment__threat_assessment"
    citations = Citation.objects.filter(evidence=item).select_related(
        "threat_assessment__period",
        "threat_assessment__threat_area",
        f"{cell}__period",
        f"{cell}__threat_area",
        "dimension_assessment__dimension",
    )
    rows = []
    for citation in citations:
        cell_assessment = citation.dimension_assessment
        if cell_assessment is not None:
            threat = cell_assessment.threat_assessment
            dimension, state = cell_assessment.dimension, cell_assessment.get_state_display()
        else:
            threat, dimension, state = citation.threat_assessment, None, ""
        rows.append(
            CitingParagraph(
                period=threat.period,
                threat_area=threat.threat_area,
                dimension=dimension,
                paragraph=citation.paragraph,
                locator=citation.locator,
                state=state,
            )
        )
    rows.sort(
        key=lambda r: (
            -r.period.starts_on.toordinal(),
            r.threat_area.order,
            r.dimension.order if r.dimension else 0,
            r.paragraph,
        )
    )
    return rows
