"""Review: draft -> submitted -> approved, or back to draft with the reviewer's comment.

Only reviewers approve or return; nobody approves a version they wrote or submitted; an edit
during review or after approval sends the cell back to draft, recorded.
"""

import pytest
from django.test import Client

from accounts.roles import Role
from assessments.models import DimensionAssessment
from assessments.services import APPROVED_REASON, BACK_TO_DRAFT, RETURNED_REASON
from tests.assessments.helpers import cell_form, level, threat_with_cells
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
State = DimensionAssessment.State


def url(cell) -> str:
    threat = cell.threat_assessment
    return f"/periods/{threat.period_id}/threats/{threat.threat_area.key}/{cell.dimension.key}/"


@pytest.fixture
def submitted(client, analyst, period):
    """A cell the analyst wrote and submitted."""
    cell = threat_with_cells(period).dimension_assessments.get(dimension__key="capability")
    client.force_login(analyst)
    form = cell_form(cell, rating=level(period, "meets").pk, narrative="Ready for review.")
    assert client.post(url(cell), form).status_code == 302
    client.post(url(cell), {"action": "submit", "version": "2"})
    cell.refresh_from_db()
    assert cell.state == State.SUBMITTED
    client.logout()
    return cell


def post(user, cell, data):
    client = Client()
    client.force_login(user)
    return client.post(url(cell), {"version": str(cell.version), **data}, follow=True)


def test_the_reviewer_sees_the_review_buttons_only_on_a_submitted_cell(client, reviewer, submitted):
    client.force_login(reviewer)
    page = client.get(url(submitted)).content.decode()
    assert 'name="action" value="approve"' in page
    assert 'name="action" value="return"' in page
    assert 'name="reviewer_comment"' in page
    submitted.state = State.DRAFT
    submitted.save()
    assert 'value="approve"' not in client.get(url(submitted)).content.decode()


def test_an_analyst_sees_no_review_buttons(client, analyst, submitted):
    client.force_login(analyst)
    assert 'value="approve"' not in client.get(url(submitted)).content.decode()


def test_a_reviewer_approves_a_submitted_cell(reviewer, submitted):
    response = post(reviewer, submitted, {"action": "approve"})
    assert "Capability is approved" in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.state == State.APPROVED
    record = submitted.history.first()
    assert (record.history_user, record.history_change_reason) == (reviewer, APPROVED_REASON)


def test_a_reviewer_returns_it_with_a_comment_the_analyst_reads(
    client, reviewer, analyst, submitted
):
    response = post(
        reviewer, submitted, {"action": "return", "reviewer_comment": " Cite the debrief. "}
    )
    assert "Capability is returned to draft" in response.content.decode()
    submitted.refresh_from_db()
    assert (submitted.state, submitted.reviewer_comment) == (State.DRAFT, "Cite the debrief.")
    assert submitted.history.first().history_change_reason == RETURNED_REASON
    client.force_login(analyst)
    assert "Cite the debrief." in client.get(url(submitted)).content.decode()


def test_returning_needs_a_comment_and_changes_nothing_without_one(reviewer, submitted):
    before = submitted.version
    response = post(reviewer, submitted, {"action": "return", "reviewer_comment": "   "})
    assert "Enter a comment saying what needs to change" in response.content.decode()
    submitted.refresh_from_db()
    assert (submitted.state, submitted.version) == (State.SUBMITTED, before)


def test_an_overlong_comment_is_refused(reviewer, submitted):
    response = post(reviewer, submitted, {"action": "return", "reviewer_comment": "x" * 2001})
    assert "2000 characters or fewer" in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.state == State.SUBMITTED


@pytest.mark.parametrize("role", [Role.ANALYST, Role.PCC_STAFF, Role.BOARD_MEMBER])
def test_only_reviewers_approve_or_return(force, submitted, role):
    user = UserFactory(username=f"user-{role}", force=force, role=role)
    for data in ({"action": "approve"}, {"action": "return", "reviewer_comment": "No."}):
        client = Client()
        client.force_login(user)
        assert (
            client.post(url(submitted), {"version": str(submitted.version), **data}).status_code
            == 403
        )
    submitted.refresh_from_db()
    assert submitted.state == State.SUBMITTED


def test_nobody_approves_a_version_they_wrote(reviewer, period):
    cell = threat_with_cells(period).dimension_assessments.get(dimension__key="capacity")
    form = cell_form(cell, rating=level(period, "meets").pk, narrative="My own text.")
    client = Client()
    client.force_login(reviewer)
    client.post(url(cell), form)
    client.post(url(cell), {"action": "submit", "version": "2"})
    response = client.post(url(cell), {"action": "approve", "version": "3"}, follow=True)
    assert "another reviewer must approve it" in response.content.decode()
    cell.refresh_from_db()
    assert cell.state == State.SUBMITTED
    other = UserFactory(username="second-reviewer", force=period.force, role=Role.REVIEWER)
    post(other, cell, {"action": "approve"})
    cell.refresh_from_db()
    assert cell.state == State.APPROVED


def test_a_draft_or_approved_cell_cannot_be_approved_again(reviewer, submitted):
    post(reviewer, submitted, {"action": "approve"})
    submitted.refresh_from_db()
    response = post(reviewer, submitted, {"action": "approve"})
    assert "Only an assessment submitted for review can be approved" in response.content.decode()


def test_an_approval_from_a_stale_page_is_refused(reviewer, analyst, submitted):
    stale_version = submitted.version
    post(analyst, submitted, cell_form(submitted, narrative="Changed during review."))
    client = Client()
    client.force_login(reviewer)
    response = client.post(
        url(submitted), {"action": "approve", "version": str(stale_version)}, follow=True
    )
    assert "Someone else changed this section" in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.state == State.DRAFT


def test_an_edit_during_review_sends_it_back_to_draft(analyst, submitted):
    post(analyst, submitted, cell_form(submitted, narrative="A late change."))
    submitted.refresh_from_db()
    assert submitted.state == State.DRAFT
    assert submitted.history.first().history_change_reason == BACK_TO_DRAFT[State.SUBMITTED]


def test_after_a_return_the_analyst_can_resubmit_and_the_reviewer_approve(
    reviewer, analyst, submitted
):
    post(reviewer, submitted, {"action": "return", "reviewer_comment": "Add the locator."})
    submitted.refresh_from_db()
    post(analyst, submitted, cell_form(submitted, narrative="Now with the locator."))
    submitted.refresh_from_db()
    post(analyst, submitted, {"action": "submit"})
    submitted.refresh_from_db()
    post(reviewer, submitted, {"action": "approve"})
    submitted.refresh_from_db()
    assert submitted.state == State.APPROVED
    assert submitted.reviewer_comment == ""
    reasons = list(submitted.history.values_list("history_change_reason", flat=True))
    assert reasons[:5] == [
        APPROVED_REASON,
        "Submitted for review",
        None,
        RETURNED_REASON,
        "Submitted for review",
    ]
