"""Issuing needs the readiness rules met, or PCC office staff override them with a reason,
kept with the issue; an issued period is locked until an administrator reopens it."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from accounts.roles import Role
from assessments.models import DimensionAssessment
from reports.models import IssuedPaper
from reports.services import paper_issue
from tests.assessments.helpers import cell_form
from tests.factories import (
    BoardPaperFactory,
    EvidenceItemFactory,
    PeriodFactory,
    UserFactory,
)
from tests.reports.conftest import assess
from threats.models import PeriodReopening, ReportingPeriod

pytestmark = pytest.mark.django_db
REASON = "The board meets tomorrow and the gaps are explained in the covering note."


@pytest.fixture
def ready_period(force):
    """Every threat area rated at the best level, cited, fresh and approved."""
    EvidenceItemFactory(
        force=force,
        reference="EV-001",
        title="National strategy",
        evidence_date=datetime.date(2019, 6, 1),
        review_by=datetime.date(2022, 6, 1),
    )
    period = PeriodFactory(
        force=force,
        label="2019/20",
        starts_on=datetime.date(2019, 4, 1),
        ends_on=datetime.date(2020, 3, 31),
    )
    for area in period.edition.threat_areas.all():
        assess(period, area.key, ["meets"] * 5, lambda a, d: "Met in full [@EV-001, p2].")
    # The paper's date, which staleness is judged on: the evidence is fresh then.
    BoardPaperFactory(period=period, meeting_date=datetime.date(2020, 3, 17))
    return period


def issue_url(period):
    return reverse("reports:paper_issue", args=[period.pk])


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_ready_paper_issues_with_the_confirmation_alone(pcc_staff, ready_period):
    client = login(pcc_staff)
    page = client.get(issue_url(ready_period)).content.decode()
    assert "Every readiness rule is met" in page
    assert 'name="override"' not in page
    response = client.post(issue_url(ready_period), {"confirm": "on"}, follow=True)
    assert "Version 1 of the paper has been issued" in response.content.decode()
    issued = IssuedPaper.objects.get()
    assert (issued.open_problems, issued.override_reason) == ([], "")
    assert "Every readiness rule was met" in response.content.decode()


def test_an_unready_paper_lists_the_problems_and_needs_an_override(pcc_staff, paper_period):
    client = login(pcc_staff)
    page = client.get(issue_url(paper_period)).content.decode()
    assert "readiness rules are not met" in page
    assert "is not rated yet" in page
    refused = client.post(issue_url(paper_period), {"confirm": "on"})
    assert refused.status_code == 200
    assert "fix them first, or choose to issue it anyway" in refused.content.decode()
    short = client.post(
        issue_url(paper_period), {"confirm": "on", "override": "on", "override_reason": "Urgent"}
    )
    assert "in at least 20 characters" in short.content.decode()
    assert not IssuedPaper.objects.exists()
    paper_period.refresh_from_db()
    assert not paper_period.is_locked


def test_an_override_is_recorded_with_the_rules_not_met_and_shown(
    pcc_staff, board_member, paper_period
):
    client = login(pcc_staff)
    data = {"confirm": "on", "override": "on", "override_reason": f"  {REASON}  "}
    response = client.post(issue_url(paper_period), data, follow=True)
    assert "Version 1 of the paper has been issued" in response.content.decode()
    issued = IssuedPaper.objects.get()
    assert issued.override_reason == REASON
    assert issued.issued_by == pcc_staff
    assert any("is not rated yet" in message for message in issued.open_problems)
    detail = login(board_member).get(reverse("reports:issued_detail", args=[issued.pk]))
    assert "Issued with an override" in detail.content.decode()
    assert REASON in detail.content.decode()
    listing = login(board_member).get(reverse("reports:issued_list", args=[paper_period.pk]))
    assert "Override:" in listing.content.decode()


def test_issuing_locks_the_period_and_a_second_issue_is_refused(pcc_staff, ready_period):
    paper_issue(period=ready_period, user=pcc_staff)
    ready_period.refresh_from_db()
    assert ready_period.status == ReportingPeriod.Status.ISSUED
    record = ready_period.history.first()
    assert record.history_user == pcc_staff
    assert record.history_change_reason.startswith("Paper issued: period locked")
    response = login(pcc_staff).get(issue_url(ready_period), follow=True)
    assert "already issued and locked" in response.content.decode()
    assert IssuedPaper.objects.count() == 1


def test_a_locked_period_refuses_edits_with_a_clear_message(analyst, pcc_staff, ready_period):
    paper_issue(period=ready_period, user=pcc_staff)
    cell = DimensionAssessment.objects.filter(threat_assessment__period=ready_period).first()
    threat = cell.threat_assessment
    url = f"/periods/{ready_period.pk}/threats/{threat.threat_area.key}/{cell.dimension.key}/"
    client = login(analyst)
    page = client.get(url).content.decode()
    assert "is locked because its paper has been issued" in page
    assert 'value="save"' not in page
    response = client.post(url, cell_form(cell, narrative="Too late."), follow=True)
    assert "is locked because its paper has been issued" in response.content.decode()
    submit = client.post(url, {"action": "submit", "version": str(cell.version)}, follow=True)
    assert "is locked" in submit.content.decode()
    cell.refresh_from_db()
    assert (cell.narrative, cell.state) == ("Met in full [@EV-001, p2].", "approved")
    for path in (
        f"/periods/{ready_period.pk}/threats/{threat.threat_area.key}/measures/new/",
        f"/periods/{ready_period.pk}/departures/new/",
    ):
        answer = client.get(path, follow=True)
        assert "is locked because its paper has been issued" in answer.content.decode(), path
    threat_page = f"/periods/{ready_period.pk}/threats/{threat.threat_area.key}/"
    context = client.post(threat_page, {"context": "New.", "version": "1", "action": "save"})
    assert context.status_code == 302
    threat.refresh_from_db()
    assert threat.context != "New."


@pytest.mark.parametrize("role", [Role.ANALYST, Role.REVIEWER, Role.PCC_STAFF, Role.BOARD_MEMBER])
def test_only_administrators_reopen(force, pcc_staff, ready_period, role):
    paper_issue(period=ready_period, user=pcc_staff)
    user = UserFactory(username=f"u-{role}", force=force, role=role)
    url = reverse("reports:period_reopen", args=[ready_period.pk])
    assert login(user).post(url, {"reason": REASON}).status_code == 403
    ready_period.refresh_from_db()
    assert ready_period.is_locked


def test_an_administrator_reopens_with_a_recorded_reason(
    administrator, analyst, pcc_staff, ready_period
):
    paper_issue(period=ready_period, user=pcc_staff)
    url = reverse("reports:period_reopen", args=[ready_period.pk])
    client = login(administrator)
    admin_list = client.get(reverse("admin:threats_reportingperiod_changelist")).content.decode()
    assert "Locked: reopen with a reason" in admin_list
    assert "Reopen the period for edits" in client.get(url).content.decode()
    refused = client.post(url, {"reason": "oops"})
    assert "in at least 20 characters" in refused.content.decode()
    ready_period.refresh_from_db()
    assert ready_period.is_locked

    response = client.post(url, {"reason": REASON}, follow=True)
    assert "is open for edits again" in response.content.decode()
    ready_period.refresh_from_db()
    assert not ready_period.is_locked
    reopening = PeriodReopening.objects.get()
    assert (reopening.reopened_by, reopening.reason) == (administrator, REASON)
    assert reopening.previous_status == ReportingPeriod.Status.ISSUED
    assert ready_period.history.first().history_change_reason == f"Reopened: {REASON}"
    listing = login(analyst).get(reverse("reports:issued_list", args=[ready_period.pk]))
    assert REASON in listing.content.decode()

    assert "is open for edits" in client.get(url).content.decode()
    again = client.post(url, {"reason": REASON}, follow=True)
    assert "already open for edits" in again.content.decode()
    assert PeriodReopening.objects.count() == 1

    second = paper_issue(period=ready_period, user=pcc_staff)
    assert second.version == 2


def test_another_forces_administrator_gets_404(other_force, pcc_staff, ready_period):
    paper_issue(period=ready_period, user=pcc_staff)
    outsider = UserFactory(username="their-admin", force=other_force, role=Role.ADMINISTRATOR)
    url = reverse("reports:period_reopen", args=[ready_period.pk])
    assert login(outsider).post(url, {"reason": REASON}).status_code == 404
    ready_period.refresh_from_db()
    assert ready_period.is_locked
