"""The PCC status dashboard's computations: the status matrix, readiness to issue, what is due,
and the comparison of two periods.

Pure functions over data gathered by reports/selectors.py: no queries, so the dashboard, the
status PDF and (later) issue gating all see the same answers.
"""

import datetime
from dataclasses import dataclass, field

from django.urls import reverse

from assessments.models import Departure
from evidence.citations import markers_in
from evidence.models import Action, EvidenceItem
from evidence.staleness import StaleVerdict
from reports.charts import Chart, Series, bars, stacked_bars
from reports.matrix import Direction, MatrixCell, direction_of
from reports.selectors import DUE_WINDOW_DAYS, DashboardData, PaperData
from threats.models import ReportingPeriod


def cited_references(text: str, evidence: dict[str, EvidenceItem]) -> list[str]:
    """The known evidence items a narrative cites, each once, in order of first citation."""
    seen = []
    for marker in markers_in(text or ""):
        if marker.is_citation and marker.reference in evidence and marker.reference not in seen:
            seen.append(marker.reference)
    return seen


def assessment_url(period: ReportingPeriod, threat_key: str, dimension_key: str = "") -> str:
    """Where to fix a threat area (its context) or one of its Cs: the assessment editor."""
    if dimension_key:
        return reverse("assessments:dimension", args=[period.pk, threat_key, dimension_key])
    return reverse("assessments:assessment", args=[period.pk, threat_key])


def action_url(action) -> str:
    return reverse("evidence:action_edit", args=[action.pk])


def departure_url(departure) -> str:
    return reverse("assessments:departure_edit", args=[departure.period_id, departure.pk])


def evidence_url(item: EvidenceItem) -> str:
    return reverse("evidence:detail", args=[item.pk])


# The matrix


@dataclass
class StatusCell(MatrixCell):
    """A matrix cell with what the dashboard adds: the evidence it cites, which of it is stale
    for the paper, and where to work on it."""

    has_narrative: bool
    cited: list[str]
    stale: list[str]
    url: str

    @property
    def needs_attention(self) -> bool:
        return bool(not self.is_assessed or not self.is_approved or self.stale)


@dataclass
class StatusRow:
    key: str
    label: str
    anchor: str
    url: str
    cells: list[StatusCell]


def stale_verdicts(data: PaperData) -> dict[str, StaleVerdict]:
    """The paper's cited items that are stale for it, by reference, each with its reason."""
    verdicts = {ref: data.stale_check.verdict(item) for ref, item in data.evidence.items()}
    return {ref: verdict for ref, verdict in verdicts.items() if verdict.is_stale}


def status_matrix(data: PaperData) -> list[StatusRow]:
    stale = stale_verdicts(data)
    rows = []
    for area in data.threat_areas:
        url = assessment_url(data.period, area.key)
        cells = []
        for dimension in data.dimensions:
            cell = data.cells.get((area.id, dimension.id))
            cited = cited_references(
                f"{cell.narrative}\n\n{cell.gaps}" if cell else "", data.evidence
            )
            cells.append(
                StatusCell.of(
                    data,
                    area,
                    dimension,
                    has_narrative=bool(cell and cell.narrative.strip()),
                    cited=cited,
                    stale=[ref for ref in cited if ref in stale],
                    url=assessment_url(data.period, area.key, dimension.key),
                )
            )
        rows.append(StatusRow(area.key, area.label, f"threat-{area.key}", url, cells))
    return rows


# Readiness to issue


@dataclass(frozen=True)
class Problem:
    """One failed readiness rule, in words, with where to go to fix it."""

    rule: str
    message: str
    url: str
    link_text: str


RULES = {
    "unrated": "Every cell is rated",
    "no-narrative": "Every rating below the best has a narrative",
    "no-evidence": "Every rating below the best cites evidence",
    "no-action": "Every rating below the best has an open action",
    "stale-evidence": "No cited evidence is stale",
    "not-approved": "Every assessment is approved",
    "departure-unjustified": "Every departure is justified",
    "departure-unapproved": "Every departure is approved",
}


def readiness(data: PaperData) -> list[Problem]:
    """Everything that stops the paper being issued; an empty list means it is ready."""
    problems = []
    rows = status_matrix(data)
    assessed = [level.rank for level in data.levels if level.is_assessed]
    best_rank = min(assessed, default=None)
    for row in rows:
        for cell in row.cells:
            problems += _cell_problems(data, row, cell, best_rank)
    problems += _stale_problems(data)
    problems += _departure_problems(data)
    return problems


def _cell_problems(data: PaperData, row: StatusRow, cell: StatusCell, best_rank) -> list[Problem]:
    where = f"{row.label}, {cell.dimension.lower()}"

    def problem(rule, message):
        return Problem(rule, message, cell.url, f"Fix {where}")

    if not cell.is_assessed:
        return [problem("unrated", f"{where} is not rated yet.")]
    found = []
    if cell.rank != best_rank:
        if not cell.has_narrative:
            found.append(
                problem("no-narrative", f"{where} is rated {cell.rating} but has no narrative.")
            )
        if not cell.cited:
            found.append(
                problem("no-evidence", f"{where} is rated {cell.rating} but cites no evidence.")
            )
        if not _has_open_action(data.actions, row.key, cell.dimension_key):
            found.append(
                problem("no-action", f"{where} is rated {cell.rating} but has no open action.")
            )
    if not cell.is_approved:
        found.append(problem("not-approved", f"{where} is not approved ({cell.state.lower()})."))
    return found


def _has_open_action(actions: list[Action], threat_key: str, dimension_key: str) -> bool:
    """An open action on the threat area, and on this C unless it names no C."""
    return any(
        action.threat_area is not None
        and action.threat_area.key == threat_key
        and (action.dimension is None or action.dimension.key == dimension_key)
        for action in actions
    )


def _stale_problems(data: PaperData) -> list[Problem]:
    return [
        Problem(
            "stale-evidence",
            f"{verdict.item.reference} {verdict.item.title} is cited but {verdict.sentence}.",
            evidence_url(verdict.item),
            f"Review {verdict.item.reference}",
        )
        for _reference, verdict in sorted(stale_verdicts(data).items())
    ]


def _departure_problems(data: PaperData) -> list[Problem]:
    found = []
    for departure in data.departures:
        url = departure_url(departure)
        link = f"Fix {departure.reference}"
        if not departure.justification.strip():
            found.append(
                Problem(
                    "departure-unjustified",
                    f"Departure {departure.reference} has no justification.",
                    url,
                    link,
                )
            )
        if departure.status != Departure.Status.APPROVED:
            found.append(
                Problem(
                    "departure-unapproved",
                    f"Departure {departure.reference} is "
                    f"{departure.get_status_display().lower()}, not approved.",
                    url,
                    link,
                )
            )
    return found


# Due and overdue


@dataclass
class DueItem:
    kind: str  # "Action", "Evidence review", "Departure review", "Funding or agreement ends"
    reference: str
    title: str
    owner: str
    due_on: datetime.date
    is_overdue: bool
    url: str = ""
    past_label: str = "Overdue"  # the tag shown when the date has passed


def _owner_name(owner) -> str:
    return str(owner) if owner else "No owner"


def due_and_overdue(dash: DashboardData) -> list[DueItem]:
    """Open actions overdue or due soon, evidence reaching review-by, departures due for review,
    and funding or agreements ending soon (or ended since the period began)."""
    data, today = dash.paper, dash.today
    horizon = today + datetime.timedelta(days=DUE_WINDOW_DAYS)
    items = [
        DueItem(
            "Action",
            action.reference,
            action.title,
            action.owner,
            action.due_on,
            action.due_on < today,
            action_url(action),
        )
        for action in data.actions
        if action.due_on is not None and action.due_on <= horizon
    ]
    items += [
        DueItem(
            "Evidence review",
            item.reference,
            item.title,
            _owner_name(item.owner),
            item.review_by,
            False,
            evidence_url(item),
        )
        for item in dash.evidence_due
        if item.review_due
    ]
    items += [
        DueItem(
            "Funding or agreement ends",
            item.reference,
            item.title,
            _owner_name(item.owner),
            item.dependency_ends_on,
            item.dependency_ends_on < today,
            evidence_url(item),
            past_label="Ended",
        )
        for item in dash.evidence_due
        if item.dependency_due
    ]
    items += [
        DueItem(
            "Departure review",
            departure.reference,
            departure.title,
            departure.approver or "Not yet approved",
            departure.review_on,
            departure.review_on < today,
            departure_url(departure),
        )
        for departure in data.departures
        if departure.review_on is not None and departure.review_on <= horizon
    ]
    return sorted(items, key=lambda item: (item.due_on, item.kind, item.reference))


# Comparing two periods


@dataclass
class RatingChange:
    threat: str
    dimension: str
    before: str
    after: str
    direction: Direction


@dataclass
class Comparison:
    older: ReportingPeriod
    newer: ReportingPeriod
    improved: list[RatingChange] = field(default_factory=list)
    declined: list[RatingChange] = field(default_factory=list)
    not_comparable: list[RatingChange] = field(default_factory=list)
    evidence_added: list[EvidenceItem] = field(default_factory=list)
    evidence_dropped: list[EvidenceItem] = field(default_factory=list)
    # Each with its reason for the newer period's paper.
    evidence_gone_stale: list[StaleVerdict] = field(default_factory=list)
    actions_opened: list[Action] = field(default_factory=list)
    actions_closed: list[Action] = field(default_factory=list)
    departures_added: list[Departure] = field(default_factory=list)
    departures_ended: list[Departure] = field(default_factory=list)


def compare(
    a: PaperData, b: PaperData, *, actions: list[Action], departures: list[Departure]
) -> Comparison:
    """What changed from the earlier of two periods to the later.

    `actions` are the force's actions raised in or completed during either period;
    `departures` are both periods' departures, ended ones included.
    """
    older, newer = sorted([a, b], key=lambda d: d.period.starts_on)
    result = Comparison(older=older.period, newer=newer.period)
    _compare_ratings(older, newer, result)
    stale_before, stale_now = stale_verdicts(older), stale_verdicts(newer)
    result.evidence_added = [
        newer.evidence[r] for r in sorted(newer.evidence.keys() - older.evidence.keys())
    ]
    result.evidence_dropped = [
        older.evidence[r] for r in sorted(older.evidence.keys() - newer.evidence.keys())
    ]
    # Cited in both papers, fresh for the older one and stale for the newer one.
    went_stale = (stale_now.keys() - stale_before.keys()) & older.evidence.keys()
    result.evidence_gone_stale = [stale_now[r] for r in sorted(went_stale)]
    period = newer.period
    result.actions_opened = [x for x in actions if x.raised_in_id == period.id]
    result.actions_closed = [
        x
        for x in actions
        if x.completed_on is not None and period.starts_on <= x.completed_on <= period.ends_on
    ]
    before = {
        d.reference
        for d in departures
        if d.period_id == older.period.id and d.status != Departure.Status.ENDED
    }
    now = [d for d in departures if d.period_id == period.id]
    result.departures_added = [d for d in now if d.reference not in before]
    now_open = {d.reference for d in now if d.status != Departure.Status.ENDED}
    result.departures_ended = [
        d
        for d in departures
        if d.period_id == older.period.id and d.reference in before and d.reference not in now_open
    ]
    return result


def _compare_ratings(older: PaperData, newer: PaperData, result: Comparison) -> None:
    before = {
        (area.key, dim.key): older.cells[(area.id, dim.id)].rating
        for area in older.threat_areas
        for dim in older.dimensions
        if (area.id, dim.id) in older.cells
    }
    for row in status_matrix(newer):
        for cell in row.cells:
            previous = before.get((row.key, cell.dimension_key))
            rating = next(level for level in newer.levels if level.pk == cell.rating_id)
            direction = direction_of(rating, previous)
            change = RatingChange(
                row.label,
                cell.dimension,
                previous.label if previous else "None",
                cell.rating,
                direction,
            )
            if direction is Direction.IMPROVED:
                result.improved.append(change)
            elif direction is Direction.DECLINED:
                result.declined.append(change)
            elif direction is Direction.NOT_COMPARABLE and previous is not None:
                result.not_comparable.append(change)


# Charts

FRESHNESS_COLOURS = {"fresh": "#00703c", "due_soon": "#1d70b8", "stale": "#d4351c"}
ACTION_COLOURS = {
    "open": "#1d70b8",
    "in_progress": "#4c2c92",
    "completed": "#00703c",
    "withdrawn": "#505a5f",
    "overdue": "#d4351c",
}


def dashboard_charts(dash: DashboardData, rows: list[StatusRow]) -> list[Chart]:
    return [
        _ratings_by_threat(dash.paper, rows),
        _ratings_by_period(dash),
        _freshness(dash),
        _actions_by_status(dash),
    ]


def _ratings_by_threat(data: PaperData, rows: list[StatusRow]) -> Chart:
    series = [
        Series(
            level.label,
            level.colour,
            level.text_colour,
            [sum(cell.rating_id == level.pk for cell in row.cells) for row in rows],
        )
        for level in data.levels
    ]
    return stacked_bars(
        "ratings-by-threat",
        f"Ratings per threat area, {data.period.label}",
        f"For each threat area, how many of its {len(data.dimensions)} requirements are at "
        "each rating, best on the left.",
        [row.label for row in rows],
        series,
        "Threat area",
    )


def _ratings_by_period(dash: DashboardData) -> Chart:
    periods: dict[int, str] = {}
    levels: dict[int, dict] = {}
    counts: dict[tuple[int, int], int] = {}
    for row in dash.period_ratings:
        period_id, rating_id = row["threat_assessment__period_id"], row["rating_id"]
        periods[period_id] = row["threat_assessment__period__label"]
        levels[rating_id] = row
        counts[(period_id, rating_id)] = row["count"]
    series = [
        Series(
            level["rating__label"],
            level["rating__colour"],
            level["rating__text_colour"],
            [counts.get((period_id, rating_id), 0) for period_id in periods],
        )
        for rating_id, level in sorted(levels.items(), key=lambda kv: kv[1]["rating__rank"])
    ]
    return stacked_bars(
        "ratings-by-period",
        f"Ratings across periods, {dash.paper.period.force.name}",
        "For each reporting period up to this one, how many requirements across all threat "
        "areas were at each rating.",
        list(periods.values()),
        series,
        "Period",
    )


def _freshness(dash: DashboardData) -> Chart:
    labels = {
        "fresh": "Fresh",
        "due_soon": f"Review due within {DUE_WINDOW_DAYS} days",
        "stale": "Stale (past review-by)",
    }
    series = [
        Series(labels[key], colour, "#ffffff", [dash.freshness[key] or 0])
        for key, colour in FRESHNESS_COLOURS.items()
    ]
    return bars(
        "freshness",
        f"Evidence freshness {dash.stale_now.when}",
        "How many items in the force's evidence register are fresh, reach their review-by date "
        f"within {DUE_WINDOW_DAYS} days, or are past it.",
        series,
        "Evidence",
    )


def _actions_by_status(dash: DashboardData) -> Chart:
    labels = {status.value: status.label for status in Action.Status}
    labels["overdue"] = "Overdue (open, past due)"
    series = [
        Series(labels[key], colour, "#ffffff", [dash.action_counts[key] or 0])
        for key, colour in ACTION_COLOURS.items()
    ]
    return bars(
        "actions",
        "Actions by status",
        "How many of the force's actions are open, in progress, completed or withdrawn, and "
        "how many open ones are past their due date.",
        series,
        "Status",
    )


def grouped(problems: list[Problem]) -> list[tuple[str, str, list[Problem]]]:
    """Problems under their rule's key and heading, in the rules' order."""
    return [
        (rule, heading, [p for p in problems if p.rule == rule])
        for rule, heading in RULES.items()
        if any(p.rule == rule for p in problems)
    ]
