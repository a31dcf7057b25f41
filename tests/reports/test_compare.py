"""Comparing two periods: ratings up and down, evidence added or gone stale, actions opened
and closed, departures added or ended."""

import datetime

import pytest
from django.urls import reverse

from assessments.models import Departure
from reports.dashboard import compare
from reports.models import BoardPaper
from reports.selectors import comparison_data, paper_data
from tests.factories import ActionFactory, EvidenceItemFactory, PeriodFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def previous(paper_period):
    period = paper_period.previous()
    BoardPaper.objects.create(
        period=period, title="Last year", meeting_date=datetime.date(2019, 3, 15)
    )
    return period


def comparison(a, b):
    actions, departures = comparison_data(a, b)
    return compare(paper_data(a), paper_data(b), actions=actions, departures=departures)


def test_it_finds_ratings_up_and_down(paper_period, previous):
    result = comparison(paper_period, previous)
    assert (result.older, result.newer) == (previous, paper_period)
    assert [(c.threat, c.dimension, c.before, c.after) for c in result.declined] == [
        ("Terrorism", "Capacity", "Meets", "Partially meets")
    ]
    assert len(result.improved) == 5
    assert {(c.threat, c.before, c.after) for c in result.improved} == {
        ("Public order", "Partially meets", "Meets")
    }


def test_the_order_of_the_two_periods_does_not_matter(paper_period, previous):
    one, other = comparison(paper_period, previous), comparison(previous, paper_period)
    assert [c.dimension for c in one.improved] == [c.dimension for c in other.improved]
    assert (one.older, one.newer) == (other.older, other.newer)


def test_it_finds_evidence_gone_stale(paper_period, previous):
    # EV-002 (review by 1 January 2020) was fresh for March 2019's paper, stale for March 2020's.
    result = comparison(paper_period, previous)
    assert [verdict.item.reference for verdict in result.evidence_gone_stale] == ["EV-002"]
    assert result.evidence_added == [] and result.evidence_dropped == []


def test_it_finds_evidence_newly_cited(paper_period, previous, force):
    EvidenceItemFactory(force=force, reference="EV-NEW")
    EvidenceItemFactory(force=force, reference="EV-NEW-STALE", review_by=datetime.date(2020, 1, 1))
    BoardPaper.objects.filter(period=paper_period).update(
        conclusion="New [@EV-NEW] and [@EV-NEW-STALE]."
    )
    result = comparison(paper_period, previous)
    assert [item.reference for item in result.evidence_added] == ["EV-NEW", "EV-NEW-STALE"]
    assert [verdict.item.reference for verdict in result.evidence_gone_stale] == ["EV-002"], (
        "an item cited only now is added, not gone stale"
    )


def test_it_finds_actions_opened_and_closed(paper_period, previous, force):
    ActionFactory(force=force, reference="ACT-NEW", raised_in=paper_period)
    ActionFactory(force=force, reference="ACT-OLD", raised_in=previous)
    ActionFactory(
        force=force,
        reference="ACT-DONE",
        raised_in=previous,
        status="completed",
        completed_on=datetime.date(2019, 10, 1),
    )
    ActionFactory(
        force=force,
        reference="ACT-DONE-BEFORE",
        status="completed",
        completed_on=datetime.date(2019, 1, 1),
    )
    result = comparison(paper_period, previous)
    assert [a.reference for a in result.actions_opened] == ["ACT-NEW"]
    assert [a.reference for a in result.actions_closed] == ["ACT-DONE"]


def test_it_finds_departures_added_and_ended(paper_period, previous):
    Departure.objects.create(
        period=previous,
        reference="DEP-OLD",
        title="Old",
        justification="Reason.",
        status=Departure.Status.APPROVED,
        approver_as_typed="PCC",
        approved_on=datetime.date(2018, 7, 1),
    )
    result = comparison(paper_period, previous)
    assert [d.reference for d in result.departures_added] == ["DEP-001"]
    assert [d.reference for d in result.departures_ended] == ["DEP-OLD"]


def test_a_period_with_no_previous_period_compares_with_itself_as_unchanged(period):
    result = comparison(period, period)
    assert result.improved == result.declined == []
    assert result.evidence_added == result.evidence_gone_stale == []


def test_the_page_shows_the_changes(client, board_member, paper_period, previous):
    client.force_login(board_member)
    response = client.get(reverse("reports:compare", args=[paper_period.pk, previous.pk]))
    body = response.content.decode()
    assert response.status_code == 200
    assert "What changed from 2018/19 to 2019/20" in body
    assert "Improved: 5" in body and "Declined: 1" in body
    assert "Gone stale" in body and "EV-002" in body
    assert "Added in 2019/20: 1" in body


def test_another_forces_period_is_not_found(client, pcc_staff, outsider, paper_period, other_force):
    theirs = PeriodFactory(force=other_force)
    client.force_login(pcc_staff)
    assert (
        client.get(reverse("reports:compare", args=[paper_period.pk, theirs.pk])).status_code == 404
    )
    client.force_login(outsider)
    assert (
        client.get(reverse("reports:compare", args=[paper_period.pk, theirs.pk])).status_code == 404
    )


def test_the_dashboard_links_to_the_comparison_with_the_previous_period(
    client, pcc_staff, paper_period, previous
):
    client.force_login(pcc_staff)
    body = client.get(reverse("reports:dashboard", args=[paper_period.pk])).content.decode()
    assert reverse("reports:compare", args=[paper_period.pk, previous.pk]) in body


def test_the_page_takes_a_fixed_number_of_queries(
    client, pcc_staff, paper_period, previous, django_assert_num_queries
):
    client.force_login(pcc_staff)
    page = reverse("reports:compare", args=[paper_period.pk, previous.pk])
    client.get(page)
    for n in range(15):
        ActionFactory(force=paper_period.force, reference=f"ACT-Q{n:02d}", raised_in=paper_period)
    # 1 session, 2 user with force, 3 roles, 4 this period, 5 the other period,
    # 6-17 this period's paper data (reports.selectors.paper_data), 18-28 the other's (11:
    # 2018/19 has no previous period, so there are no previous ratings to read),
    # 29 actions raised or completed in either period, 30 both periods' departures
    with django_assert_num_queries(30):
        response = client.get(page)
    assert "Opened in 2019/20: 15" in response.content.decode()
