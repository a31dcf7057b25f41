"""Reads for the evidence register's pages, each in a fixed number of queries.

Everything a template needs is gathered here and handed over as lists and plain objects, so
rendering never touches the database.
"""

import datetime
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import QueryDict
from django.shortcuts import get_object_or_404

from accounts.models import Force, User
from evidence import narratives
from evidence.filters import EvidenceFilter
from evidence.models import Action, Citation, EvidenceFile, EvidenceItem
from evidence.narratives import Place
from evidence.staleness import StaleCheck, StaleVerdict
from evidence.uploads import ALLOWED
from sprcompliance.history import HistoryEntry, changes_of
from sprcompliance.references import next_reference
from threats.models import Dimension, ReportingPeriod, ThreatArea
from threats.selectors import Framework, framework_of, latest_period

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


def meeting_date_of(period: ReportingPeriod) -> datetime.date | None:
    """The date of the period's board meeting, if its paper names one (read with the period)."""
    paper = getattr(period, "paper", None)
    return paper.meeting_date if paper else None


def stale_check_for(period: ReportingPeriod | None) -> StaleCheck:
    """The register's question: stale for the period's paper, or (with no period) stale now."""
    if period is None:
        return StaleCheck.now()
    return StaleCheck.for_paper(period, meeting_date=meeting_date_of(period))


@dataclass
class Register:
    """What the register page (and an export) shows: the period, the filters, the items.

    Each item carries `staleness`, its verdict (with the reason) for `stale_check`.
    """

    periods: list[ReportingPeriod]
    period: ReportingPeriod | None
    stale_check: StaleCheck
    filterset: EvidenceFilter
    ignored: list[str]
    sort: str
    items: list[EvidenceItem] = field(default_factory=list)
    page: Page | None = None

    @property
    def is_filtered(self) -> bool:
        return self.filterset.is_filtered


def register_items(force: Force) -> QuerySet:
    """The force's items with their owners and citation counts."""
    return (
        EvidenceItem.objects.for_force(force)
        .select_related("owner")
        .annotate(citation_count=Count("citations"))
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
    stale_check = stale_check_for(period)
    filterset = EvidenceFilter(
        data,
        queryset=register_items(force),
        period=period,
        stale_check=stale_check,
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
        stale_check=stale_check,
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
    for item in result.items:
        item.staleness = stale_check.verdict(item)
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
    return next_reference(REFERENCE_PREFIX, EvidenceItem.objects.for_force(force))


def force_owners(force: Force, *, including: int | None = None) -> list[User]:
    """People of the force who can own evidence: active accounts, plus the current owner."""
    return list(
        User.objects.filter(Q(is_active=True) | Q(pk=including), force=force).order_by(
            "first_name", "last_name", "username"
        )
    )


def citable_evidence(force: Force) -> list[EvidenceItem]:
    """The force's register, with just what the citation picker and the notes print."""
    return list(
        EvidenceItem.objects.for_force(force)
        .only("reference", "title", "source", "source_reference", "evidence_date")
        .order_by("reference")
    )


# One item's page.


@dataclass(frozen=True)
class CitingParagraph:
    """A paragraph of a narrative that cites the item: where it stands, and at which page."""

    place: Place
    paragraph: int
    locator: str

    @property
    def url(self) -> str:
        return self.place.paragraph_url(self.paragraph)


@dataclass
class EvidenceDetail:
    item: EvidenceItem
    files: list[EvidenceFile]
    citations: list[CitingParagraph]
    actions: list[Action]
    metrics: list  # the capacity measures that name the item as their source
    history: list[HistoryEntry]
    now: StaleVerdict  # "is it stale now?"
    papers: list[StaleVerdict]  # "is it stale for the paper?" of each citing period, newest first


def evidence_items_for(force: Force) -> QuerySet:
    return EvidenceItem.objects.for_force(force).select_related("owner")


def evidence_detail(item: EvidenceItem) -> EvidenceDetail:
    """Files, citing paragraphs, actions, metrics and history: five queries; and one more for
    the citing periods' meeting dates when the item is cited."""
    files = list(item.files.select_related("uploaded_by").order_by("uploaded_at", "pk"))
    for file in files:
        file.type_name = TYPE_NAMES.get(file.content_type, file.content_type)
    actions = list(item.actions.select_related("threat_area", "dimension").order_by("reference"))
    metrics = list(
        item.metrics.select_related(
            "threat_assessment__period", "threat_assessment__threat_area", "dimension"
        ).order_by("-threat_assessment__period__starts_on", "name")
    )
    citations = _citing_paragraphs(item)
    return EvidenceDetail(
        item=item,
        files=files,
        citations=citations,
        actions=actions,
        metrics=metrics,
        history=changes_of(item, labels=FIELD_LABELS),
        now=StaleCheck.now().verdict(item),
        papers=_paper_verdicts(item, citations),
    )


def _paper_verdicts(item: EvidenceItem, citations: list[CitingParagraph]) -> list[StaleVerdict]:
    """Whether the item is stale for the paper of each period that cites it, newest first: one
    query (the force's periods with their papers, for the meeting dates), none when uncited."""
    if not citations:
        return []
    by_label = {period.label: period for period in force_periods(item.force_id)}
    labels = dict.fromkeys(citation.place.period_label for citation in citations)
    return [stale_check_for(by_label[label]).verdict(item) for label in labels]


def last_change(item: EvidenceItem) -> HistoryEntry | None:
    """Who saved the item last, and when."""
    entries = changes_of(item, limit=1, labels=FIELD_LABELS)
    return entries[0] if entries else None


def _citing_paragraphs(item: EvidenceItem) -> list[CitingParagraph]:
    """One query: the item's citations with every kind of narrative that may hold them."""
    related = [
        path
        for kind in narratives.kinds()
        for path in (kind.link, *(f"{kind.link}__{step}" for step in kind.related))
    ]
    rows = []
    for citation in Citation.objects.filter(evidence=item).select_related(*related):
        target = citation.target()
        place = narratives.kind_of(target).place(target, citation.field)
        rows.append(CitingParagraph(place, citation.paragraph, citation.locator))
    rows.sort(
        key=lambda row: (-row.place.period_starts_on.toordinal(), row.place.order, row.paragraph)
    )
    return rows


# Actions.

ACTION_PREFIX = "ACT-"
ACTION_LABELS = {
    "reference": "Reference",
    "title": "Title",
    "description": "Description",
    "source_kind": "Kind of source",
    "source": "Source",
    "owner": "Owner",
    "due_on": "Due date",
    "status": "Status",
    "completed_on": "Date completed",
    "threat_area": "Threat area",
    "dimension": "C",
}


def next_action_reference(force: Force) -> str:
    """The next "ACT-NNN" after the highest the force uses."""
    return next_reference(ACTION_PREFIX, Action.objects.for_force(force))


@dataclass
class ActionList:
    actions: list[Action]
    framework: Framework
    status: str
    threat_key: str
    overdue: bool
    today: datetime.date


def action_list(*, force: Force, params: QueryDict, today: datetime.date) -> ActionList:
    """Five queries: the latest period, its threat areas, its Cs (for the filters), the
    filtered actions with their threat area and C, and their evidence references."""
    framework = framework_of(latest_period(force))
    status = params.get("status", "")
    status = status if status in Action.Status.values else ""
    threat_key = params.get("threat", "")[:60]
    overdue = params.get("overdue") == "1"
    actions = Action.objects.for_force(force).select_related("threat_area", "dimension")
    if status:
        actions = actions.filter(status=status)
    if threat_key in {area.key for area in framework.threat_areas}:
        actions = actions.filter(threat_area__key=threat_key)
    elif threat_key:  # an unknown key (NUL included, which PostgreSQL refuses) matches nothing
        actions = actions.none()
    if overdue:
        actions = actions.overdue(on=today)
    evidence = EvidenceItem.objects.only("reference").order_by("reference")
    actions = actions.prefetch_related(Prefetch("evidence", queryset=evidence)).order_by(
        "due_on", "reference"
    )
    return ActionList(
        actions=list(actions),
        framework=framework,
        status=status,
        threat_key=threat_key,
        overdue=overdue,
        today=today,
    )


def action_for(force: Force, pk: int) -> Action:
    return get_object_or_404(
        Action.objects.for_force(force).select_related("threat_area", "dimension"), pk=pk
    )
