"""The status dashboard page: the matrix, readiness, due and overdue, who may see it, and its
query count."""

import datetime

import pytest
from django.urls import reverse
from django.utils import dateformat, timezone

from assessments.models import Departure
from evidence.models import EvidenceItem
from reports.services import paper_issue
from tests.factories import ActionFactory, EvidenceItemFactory, UserFactory
from tests.reports.pdfread import pdf_pages
from threats.models import ReportingPeriod

pytestmark = pytest.mark.django_db


def url(period):
    return reverse("reports:dashboard", args=[period.pk])


def test_it_shows_the_status_matrix(client, pcc_staff, paper_period):
    client.force_login(pcc_staff)
    response = client.get(url(paper_period))
    body = response.content.decode()
    assert response.status_code == 200
    assert "matrix--status" in body
    # Terrorism's capacity: partially meets, declined from meets; cites EV-001 and EV-002,
    # and EV-002 (review by 1 Jan 2020) is stale for a paper dated 17 March 2020.
    assert "Partially meets" in body
    assert "Declined" in body and "(was Meets)" in body
    assert '2 evidence items, <strong class="matrix__stale">1 stale</strong>' in body
    assert "Approved" in body
    editor = reverse("assessments:dimension", args=[paper_period.pk, "terrorism", "capacity"])
    assert f'href="{editor}"' in body, "each cell links to its assessment"
    # Threat areas not assessed yet read "Not assessed" and "Not started".
    assert "Not started" in body


def test_the_matrix_keeps_edition_order(client, pcc_staff, paper_period):
    client.force_login(pcc_staff)
    body = client.get(url(paper_period)).content.decode()
    labels = [area.label for area in paper_period.edition.threat_areas.order_by("order")]
    positions = [body.index(f">{label}<") for label in labels]
    assert positions == sorted(positions)


def test_it_lists_what_blocks_the_paper_with_links(client, pcc_staff, paper_period):
    client.force_login(pcc_staff)
    body = client.get(url(paper_period)).content.decode()
    assert "Not ready to issue" in body
    assert "Every cell is rated" in body
    assert "Civil emergencies, capacity is not rated yet." in body
    item = paper_period.force.evidence.get(reference="EV-002")
    assert f'href="/evidence/{item.pk}/">Review EV-002</a>' in body


def test_a_board_member_sees_the_dashboard_without_editing_links(
    client, board_member, paper_period
):
    client.force_login(board_member)
    response = client.get(url(paper_period))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Partially meets" in body
    assert reverse("reports:paper", args=[paper_period.pk]) not in body


@pytest.mark.parametrize("persona", ["analyst", "reviewer", "pcc_staff", "board_member"])
def test_everyone_of_the_force_may_see_it(client, request, persona, paper_period):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(url(paper_period)).status_code == 200


def test_a_user_without_a_force_is_refused(client, paper_period):
    client.force_login(UserFactory(username="nobody", force=None))
    assert client.get(url(paper_period)).status_code == 403


def test_another_forces_period_is_not_found(client, outsider, paper_period):
    client.force_login(outsider)
    assert client.get(url(paper_period)).status_code == 404
    assert client.get(reverse("reports:dashboard", args=[999999])).status_code == 404


def test_only_safe_methods_are_allowed(client, pcc_staff, paper_period):
    client.force_login(pcc_staff)
    assert client.post(url(paper_period)).status_code == 405


def test_an_empty_period_shows_without_error(client, pcc_staff, period):
    client.force_login(pcc_staff)
    response = client.get(url(period))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Not ready to issue: 30 problems" in body
    assert "Nothing is overdue or due within 30 days." in body


def test_it_lists_what_is_due_and_overdue_with_dates_and_owners(client, pcc_staff, paper_period):
    today = timezone.localdate()
    force = paper_period.force
    area = paper_period.edition.threat_areas.get(key="public-order")
    ActionFactory(
        force=force,
        reference="ACT-LATE",
        title="Late one",
        owner="Head of Late",
        threat_area=area,
        due_on=today - datetime.timedelta(days=5),
    )
    ActionFactory(
        force=force,
        reference="ACT-SOON",
        title="Soon one",
        owner="Head of Soon",
        due_on=today + datetime.timedelta(days=30),
    )
    ActionFactory(force=force, reference="ACT-LATER", due_on=today + datetime.timedelta(days=31))
    EvidenceItemFactory(
        force=force,
        reference="EV-SOON",
        title="Reviewed soon",
        owner=pcc_staff,
        review_by=today + datetime.timedelta(days=20),
    )
    EvidenceItemFactory(
        force=force, reference="EV-LATER", review_by=today + datetime.timedelta(days=31)
    )
    Departure.objects.filter(reference="DEP-001").update(
        review_on=today + datetime.timedelta(days=7)
    )
    client.force_login(pcc_staff)
    body = client.get(url(paper_period)).content.decode()
    due = body[body.index('id="due"') : body.index('id="charts"')]
    assert "ACT-LATE Late one" in due and "Head of Late" in due
    assert "ACT-SOON Soon one" in due and "Head of Soon" in due
    assert "ACT-001" in due, "the fixture's action is long overdue"
    assert "ACT-LATER" not in due and "EV-LATER" not in due
    assert "EV-SOON Reviewed soon" in due and pcc_staff.get_full_name() in due
    assert "DEP-001" in due and "Departure review" in due
    assert due.count("Overdue") == 2
    assert (
        due.index("ACT-001") < due.index("ACT-LATE") < due.index("DEP-001") < due.index("ACT-SOON")
    )


def test_it_lists_funding_and_agreements_ending_or_ended_in_the_period(
    client, pcc_staff, paper_period
):
    """Due within 30 days, or ended since the period began ("Ended"); not before, not later."""
    today = timezone.localdate()
    force = paper_period.force

    def dependency(reference, ends_on):
        EvidenceItemFactory(
            force=force,
            reference=reference,
            title=f"Grant {reference}",
            evidence_date=datetime.date(2018, 1, 1),
            review_by=today + datetime.timedelta(days=400),
            dependency_ends_on=ends_on,
        )

    dependency("EV-ENDS-SOON", today + datetime.timedelta(days=30))
    dependency("EV-ENDS-LATER", today + datetime.timedelta(days=31))
    dependency("EV-ENDED", paper_period.starts_on)
    dependency("EV-ENDED-BEFORE", paper_period.starts_on - datetime.timedelta(days=1))
    client.force_login(pcc_staff)
    body = client.get(url(paper_period)).content.decode()
    due = body[body.index('id="due"') : body.index('id="charts"')]
    assert "EV-ENDS-SOON Grant EV-ENDS-SOON" in due
    assert "EV-ENDED Grant EV-ENDED" in due
    assert "EV-ENDS-LATER" not in due and "EV-ENDED-BEFORE" not in due
    assert due.count("Funding or agreement ends") == 2
    ended_row = due[due.index("EV-ENDED Grant") - 400 : due.index("EV-ENDED Grant")]
    assert ">Ended</strong>" in ended_row


def test_an_item_due_for_review_lists_its_long_ended_funding_nowhere(
    client, pcc_staff, paper_period
):
    today = timezone.localdate()
    EvidenceItemFactory(
        force=paper_period.force,
        reference="EV-OLD-GRANT",
        title="Grant EV-OLD-GRANT",
        evidence_date=datetime.date(2014, 1, 1),
        review_by=today + datetime.timedelta(days=10),
        dependency_ends_on=paper_period.starts_on - datetime.timedelta(days=365),
    )
    client.force_login(pcc_staff)
    body = client.get(url(paper_period)).content.decode()
    due = body[body.index('id="due"') : body.index('id="charts"')]
    assert due.count("EV-OLD-GRANT Grant EV-OLD-GRANT") == 1  # its review, not its funding
    assert "Funding or agreement ends" not in due


def test_a_dependency_ending_before_the_evidence_is_refused(client, analyst):
    client.force_login(analyst)
    data = {
        "reference": "EV-900",
        "title": "Grant letter",
        "kind": "funding_letter",
        "source": "Home Office",
        "classification": "OFFICIAL",
        "evidence_date_day": "1",
        "evidence_date_month": "6",
        "evidence_date_year": "2019",
        "review_by_day": "1",
        "review_by_month": "6",
        "review_by_year": "2020",
        "dependency_ends_on_day": "31",
        "dependency_ends_on_month": "3",
        "dependency_ends_on_year": "2019",
    }
    response = client.post(reverse("evidence:create"), data)
    assert response.status_code == 200
    assert "must be on or after the date of the evidence" in response.content.decode()
    assert not EvidenceItem.objects.filter(reference="EV-900").exists()
    data["dependency_ends_on_year"] = "2021"
    assert client.post(reverse("evidence:create"), data).status_code == 302
    item = EvidenceItem.objects.get(reference="EV-900")
    assert item.dependency_ends_on == datetime.date(2021, 3, 31)
    detail = client.get(reverse("evidence:detail", args=[item.pk])).content.decode()
    assert "Funding or agreement ends" in detail and "31 March 2021" in detail


def many_evidence_items(force, n):
    # bulk_create writes no history rows, which is fine for a fixture: speed matters here.
    today = timezone.localdate()
    EvidenceItem.objects.bulk_create(
        EvidenceItem(
            force=force,
            reference=f"EV-B{i:04d}",
            title=f"Bulk item {i}",
            kind=EvidenceItem.Kind.OTHER,
            source="Test",
            evidence_date=today - datetime.timedelta(days=400),
            review_by=today + datetime.timedelta(days=i % 60 - 20),
        )
        for i in range(n)
    )


def test_the_query_count_does_not_grow_with_evidence_or_actions(
    client, pcc_staff, paper_period, django_assert_num_queries
):
    client.force_login(pcc_staff)
    many_evidence_items(paper_period.force, 10)
    client.get(url(paper_period))
    # 1 session, 2 user with force, 3 roles, 4 period with force, edition and scale,
    # 5-16 the paper's data (reports.selectors.paper_data: paper texts, threat assessments,
    # cells with ratings, previous period, threat areas, dimensions, rating levels, metrics,
    # open actions, departures, previous ratings, cited evidence),
    # 17 evidence reaching review-by soon, 18 evidence freshness counts,
    # 19 action counts by status, 20 rating counts per period
    with django_assert_num_queries(20):
        response = client.get(url(paper_period))
    assert response.status_code == 200
    EvidenceItem.objects.filter(reference__startswith="EV-B").delete()
    many_evidence_items(paper_period.force, 1000)
    for n in range(20):
        ActionFactory(force=paper_period.force, reference=f"ACT-M{n:02d}")
    with django_assert_num_queries(20):
        response = client.get(url(paper_period))
    assert response.status_code == 200
    assert paper_period.force.evidence.count() == 1002


def test_the_shared_matrix_draws_the_paper_as_before(client, pcc_staff, paper_period):
    client.force_login(pcc_staff)
    body = client.get(reverse("reports:paper", args=[paper_period.pk])).content.decode()
    assert "Summary: ratings by threat area and requirement, with the change since 2018/19" in body
    assert 'href="#threat-terrorism">Terrorism</a>' in body
    assert "matrix--status" not in body and "matrix__state" not in body
    assert "evidence item" not in body.split('id="summary"')[1].split("</table>")[0]


def test_an_out_of_range_period_number_is_not_found(client, pcc_staff):
    client.force_login(pcc_staff)
    huge = 10**25
    assert client.get(f"/periods/{huge}/dashboard/").status_code == 404
    assert client.get(f"/periods/{huge}/dashboard.pdf").status_code == 404


def test_the_summary_links_each_failing_rule_to_its_problems(client, pcc_staff, paper_period):
    client.force_login(pcc_staff)
    body = client.get(url(paper_period)).content.decode()
    assert 'href="#rule-stale-evidence"' in body and 'id="rule-stale-evidence"' in body
    assert 'href="#rule-unrated"' in body and 'id="rule-unrated"' in body


def test_an_issued_period_says_it_was_issued_not_that_it_is_not_ready(
    client, pcc_staff, paper_period
):
    reason = "The board meets before the last reviews can be approved."
    issued = paper_issue(period=paper_period, user=pcc_staff, override_reason=reason)
    client.force_login(pcc_staff)
    body = client.get(url(paper_period)).content.decode()
    detail = reverse("reports:issued_detail", args=[issued.pk])
    assert f'Issued: <a class="govuk-link" href="{detail}">version 1</a>' in body
    assert "The period is locked." in body
    count = len(issued.open_problems)
    assert count > 1
    assert f"Issued with an override: {count} readiness problems were open." in body
    assert "Not ready to issue" not in body and "Readiness to issue" not in body
    assert "Readiness rules not met:" in body
    # The period is locked, so no problem links to a page where it could be fixed.
    assert "<li>" in readiness_section(body) and "<a " not in readiness_section(body)

    page = pdf_pages(client.get(reverse("reports:dashboard_pdf", args=[paper_period.pk])).content)
    issued_on = dateformat.format(timezone.localtime(issued.issued_at), "j F Y")
    assert f"Issued: version 1, {issued_on}" in page[0]
    assert f"with an override: {count} readiness problems were open" in page[0]
    assert "Not ready to issue" not in page[0]


def test_an_open_period_still_says_whether_it_is_ready(client, pcc_staff, paper_period):
    client.force_login(pcc_staff)
    body = client.get(url(paper_period)).content.decode()
    assert "Not ready to issue" in body and "Issued:" not in body
    assert '<a class="govuk-link" href="/periods/' in readiness_section(body), "links to fix"


def readiness_section(body: str) -> str:
    start = body.index('<section class="app-readiness" id="readiness"')
    return body[start : body.index("</section>", start)]


def test_a_closed_period_says_so_and_links_nowhere_it_cannot_be_changed(
    client, pcc_staff, paper_period
):
    paper_period.status = ReportingPeriod.Status.CLOSED
    paper_period.save()
    client.force_login(pcc_staff)
    body = client.get(url(paper_period)).content.decode()
    assert "The period is closed: its assessments cannot be changed." in body
    assert "Not ready to issue" not in body and "Issued:" not in body
    assert "<li>" in readiness_section(body) and "<a " not in readiness_section(body)
    page = pdf_pages(client.get(reverse("reports:dashboard_pdf", args=[paper_period.pk])).content)
    assert "The period is closed" in page[0] and "Not ready to issue" not in page[0]
