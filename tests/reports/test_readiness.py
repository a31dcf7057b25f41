"""Readiness to issue: each rule failing alone, its boundaries, other scales, empty periods."""

import datetime

import pytest

from assessments.models import Departure, DimensionAssessment
from reports.dashboard import readiness, status_matrix
from reports.matrix import Direction
from reports.models import BoardPaper
from reports.selectors import paper_data
from tests.factories import ActionFactory, EvidenceItemFactory, PeriodFactory
from tests.reports.conftest import assess
from threats.models import RatingScale

pytestmark = pytest.mark.django_db

PAPER_DATE = datetime.date(2020, 3, 17)


def narrative(area, dimension):
    return f"{dimension.label} for {area.label} is shown [@EV-100, p2]."


def fresh_context_item(force):
    # The conftest's assess() cites EV-001 in every threat context.
    EvidenceItemFactory(force=force, reference="EV-001", review_by=datetime.date(2030, 1, 1))


@pytest.fixture
def ready_period(force):
    """Every threat area and C rated the best, approved, citing fresh evidence: ready."""
    fresh_context_item(force)
    EvidenceItemFactory(
        force=force,
        reference="EV-100",
        evidence_date=datetime.date(2019, 6, 1),
        review_by=datetime.date(2021, 6, 1),
    )
    period = PeriodFactory(
        force=force,
        label="2019/20",
        starts_on=datetime.date(2019, 4, 1),
        ends_on=datetime.date(2020, 3, 31),
    )
    for area in period.edition.threat_areas.all():
        assess(period, area.key, ["meets"] * 5, narrative)
    BoardPaper.objects.create(period=period, title="Paper", meeting_date=PAPER_DATE)
    return period


def cell_of(period, threat_key="terrorism", dimension_key="capacity"):
    return DimensionAssessment.objects.get(
        threat_assessment__period=period,
        threat_assessment__threat_area__key=threat_key,
        dimension__key=dimension_key,
    )


def rate(cell, level_key, **changes):
    cell.rating = cell.threat_assessment.period.rating_scale.levels.get(key=level_key)
    for name, value in changes.items():
        setattr(cell, name, value)
    cell.save()


def rules(period):
    return [problem.rule for problem in readiness(paper_data(period))]


def test_a_fully_assessed_approved_and_evidenced_period_is_ready(ready_period):
    assert rules(ready_period) == []


def test_it_finds_an_unrated_cell(ready_period):
    rate(cell_of(ready_period), "not-assessed")
    problems = readiness(paper_data(ready_period))
    assert [p.rule for p in problems] == ["unrated"]
    assert problems[0].message == "Terrorism, capacity is not rated yet."
    assert problems[0].url.endswith(f"/periods/{ready_period.pk}/threats/terrorism/capacity/")


def test_it_finds_a_rating_below_the_best_without_a_narrative(ready_period, force):
    cell = cell_of(ready_period)
    rate(cell, "partially-meets", narrative="", gaps="A gap [@EV-100].")
    ActionFactory(force=force, threat_area=cell.threat_assessment.threat_area)
    assert rules(ready_period) == ["no-narrative"]


def test_it_finds_a_rating_below_the_best_citing_no_evidence(ready_period, force):
    cell = cell_of(ready_period)
    rate(cell, "does-not-meet", narrative="Weak, and we say so without evidence.")
    ActionFactory(force=force, threat_area=cell.threat_assessment.threat_area)
    assert rules(ready_period) == ["no-evidence"]


def test_a_citation_of_evidence_not_in_the_register_does_not_count(ready_period, force):
    cell = cell_of(ready_period)
    rate(cell, "partially-meets", narrative="Cites a ghost [@EV-999].")
    ActionFactory(force=force, threat_area=cell.threat_assessment.threat_area)
    assert rules(ready_period) == ["no-evidence"]


def test_it_finds_a_rating_below_the_best_without_an_open_action(ready_period, force):
    cell = cell_of(ready_period)
    rate(cell, "partially-meets")
    area = cell.threat_assessment.threat_area
    other_c = ready_period.edition.dimensions.get(key="capability")
    ActionFactory(force=force, threat_area=area, dimension=other_c)  # another C: no
    ActionFactory(
        force=force,
        threat_area=area,
        status="completed",
        completed_on=datetime.date(2020, 1, 1),
    )  # closed: no
    assert rules(ready_period) == ["no-action"]


def test_an_open_action_on_the_threat_area_or_on_that_c_counts(ready_period, force):
    cell = cell_of(ready_period)
    rate(cell, "partially-meets")
    ActionFactory(force=force, threat_area=cell.threat_assessment.threat_area)
    assert rules(ready_period) == []
    cell = cell_of(ready_period, "public-order", "capability")
    rate(cell, "partially-meets")
    ActionFactory(
        force=force,
        threat_area=cell.threat_assessment.threat_area,
        dimension=cell.dimension,
        status="in_progress",
    )
    assert rules(ready_period) == []


def test_it_finds_cited_evidence_past_its_review_by_date(ready_period, force):
    item = force.evidence.get(reference="EV-100")
    item.review_by = PAPER_DATE - datetime.timedelta(days=1)
    item.save()
    problems = readiness(paper_data(ready_period))
    assert [p.rule for p in problems] == ["stale-evidence"]
    assert problems[0].url == f"/evidence/{item.pk}/"


def test_review_by_on_the_papers_date_is_not_stale(ready_period, force):
    item = force.evidence.get(reference="EV-100")
    item.review_by = PAPER_DATE
    item.save()
    assert rules(ready_period) == []


def test_evidence_covering_only_an_older_period_is_stale(ready_period, force):
    item = force.evidence.get(reference="EV-100")
    item.covers_from = datetime.date(2018, 4, 1)
    item.covers_to = ready_period.starts_on
    item.save()
    assert rules(ready_period) == [], "covering up to the first day still counts"
    item.covers_to = ready_period.starts_on - datetime.timedelta(days=1)
    item.save()
    assert rules(ready_period) == ["stale-evidence"]


def test_a_paper_without_a_meeting_date_is_judged_at_the_periods_end(ready_period, force):
    BoardPaper.objects.filter(period=ready_period).update(meeting_date=None)
    item = force.evidence.get(reference="EV-100")
    item.review_by = ready_period.ends_on
    item.save()
    assert rules(ready_period) == []
    item.review_by = ready_period.ends_on - datetime.timedelta(days=1)
    item.save()
    problems = readiness(paper_data(ready_period))
    assert [p.message for p in problems] == [
        f"EV-100 {item.title} is cited but stale at the end of 2019/20 (31 March 2020): "
        "review-by date 30 March 2020 passed."
    ]


def test_it_finds_an_assessment_not_approved(ready_period):
    cell = cell_of(ready_period, "civil-emergencies", "connectivity")
    cell.state = DimensionAssessment.State.SUBMITTED
    cell.save()
    problems = readiness(paper_data(ready_period))
    assert [p.rule for p in problems] == ["not-approved"]
    assert "submitted for review" in problems[0].message


def departure(period, **fields):
    values = {
        "period": period,
        "reference": "DEP-001",
        "title": "Timing",
        "justification": "Recruits need training.",
        "status": Departure.Status.APPROVED,
        "approver_as_typed": "PCC",
        "approved_on": datetime.date(2019, 7, 1),
    }
    values.update(fields)
    return Departure.objects.create(**values)


def test_an_approved_justified_departure_is_fine(ready_period):
    departure(ready_period)
    assert rules(ready_period) == []


def test_it_finds_a_departure_without_justification(ready_period):
    departure(ready_period, justification="  ")
    assert rules(ready_period) == ["departure-unjustified"]


def test_it_finds_a_departure_not_approved(ready_period):
    departure(
        ready_period, status=Departure.Status.PROPOSED, approver_as_typed="", approved_on=None
    )
    assert rules(ready_period) == ["departure-unapproved"]


def test_an_ended_departure_no_longer_counts(ready_period):
    departure(ready_period, justification="", status="ended", ended_on=datetime.date(2019, 9, 1))
    assert rules(ready_period) == []


def test_an_empty_period_lists_every_cell_as_unrated(period):
    data = paper_data(period)
    problems = readiness(data)
    assert len(problems) == len(data.threat_areas) * len(data.dimensions) == 30
    assert {p.rule for p in problems} == {"unrated"}
    cells = [cell for row in status_matrix(data) for cell in row.cells]
    assert {cell.state for cell in cells} == {"Not started"}
    assert {cell.direction for cell in cells} == {Direction.NEW}, "no previous period"


def test_a_period_with_no_previous_period_has_no_directions_to_show(ready_period):
    data = paper_data(ready_period)
    assert data.previous_period is None
    cells = [cell for row in status_matrix(data) for cell in row.cells]
    assert {cell.direction for cell in cells} == {Direction.NEW}
    assert {cell.previous_rating for cell in cells} == {""}


def test_on_the_peel_scale_only_outstanding_needs_no_action(force):
    fresh_context_item(force)
    EvidenceItemFactory(force=force, reference="EV-100", review_by=datetime.date(2030, 1, 1))
    # A year whose end both items outlive (no meeting date: judged at the period's end).
    period = PeriodFactory(
        force=force,
        rating_scale=RatingScale.objects.get(key="peel"),
        starts_on=datetime.date(2019, 4, 1),
    )
    assess(
        period,
        "terrorism",
        ["outstanding", "good", "outstanding", "outstanding", "inadequate"],
        narrative,
    )
    data = paper_data(period)
    problems = [p for p in readiness(data) if p.rule != "unrated"]
    assert [(p.rule, p.message) for p in problems] == [
        ("no-action", "Terrorism, contribution is rated Good but has no open action."),
        ("no-action", "Terrorism, connectivity is rated Inadequate but has no open action."),
    ]
    row = status_matrix(data)[0]
    assert [cell.rating for cell in row.cells] == [
        "Outstanding",
        "Good",
        "Outstanding",
        "Outstanding",
        "Inadequate",
    ]
