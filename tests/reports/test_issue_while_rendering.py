"""Issuing makes the PDF outside any transaction, so nobody waits for it, and then issues it
only if the paper still says what was rendered.

A second thread, with its own connection, edits or issues the period while the main thread
is making its PDF.
"""

import multiprocessing
import threading
import time

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection, connections

from accounts.roles import Role
from assessments.models import ThreatAssessment
from assessments.services import threat_assessment_update
from reports.models import IssuedPaper
from reports.services import paper_issue
from tests.db import migrated_rows, restore_migrated_rows
from tests.factories import UserFactory
from threats.models import ReportingPeriod
from threats.services import already_issued_message

OVERRIDE = "Issued for the board although five threat areas are not assessed yet."
SEVERE = "The threat of terrorism is severe and rising [@EV-001, p3]."


# Writes commit, so the second thread's connection sees them. Each test ends by emptying every
# table; what the migrations created (roles, editions, scales) is put back before each test
# here, and after the module for the tests that follow it.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(scope="module")
def _migrated(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        baseline = migrated_rows()
    yield baseline
    with django_db_blocker.unblock():
        restore_migrated_rows(baseline)  # for the tests after this module


@pytest.fixture(autouse=True)
def _migrated_rows_present(_migrated, django_db_blocker):
    # The database fixtures (pytest-django's, set up before this one) empty every table after
    # each test here; put back what the migrations created before the next test's own fixtures
    # (roles, editions) need it.
    with django_db_blocker.unblock():
        if not Group.objects.exists():
            restore_migrated_rows(_migrated)


def render_child(until: threading.Event, deadline: float = 60.0):
    """The PDF renderer's child process once one is running, or None if `until` is set
    first (the issue ended without rendering)."""
    stop = time.monotonic() + deadline
    while not until.is_set() and time.monotonic() < stop:
        children = multiprocessing.active_children()
        if children:
            return children[0]
        time.sleep(0.002)
    return None


def edit_context_while_rendering(period, user, issuing_connection, issued: threading.Event):
    """In a thread of its own (its own connection): as soon as the PDF is being made, note
    whether the issuing connection is inside a transaction, then save an edit of the
    terrorism context through the editor's service and note whether the render was still
    running when it was saved."""
    seen = {}
    try:
        child = render_child(issued)
        if child is None:
            seen["error"] = "no render was seen"
            return seen
        seen["issuing_in_transaction"] = issuing_connection.in_atomic_block
        threat = ThreatAssessment.objects.get(period=period, threat_area__key="terrorism")
        threat_assessment_update(
            assessment=threat,
            user=user,
            data={"context": SEVERE, "owner": threat.owner},
            expected_version=threat.version,
        )
        seen["saved_while_rendering"] = child.is_alive()
    except Exception as error:  # reported to the test, which asserts on it
        seen["error"] = repr(error)
    finally:
        connection.close()
    return seen


def test_an_edit_saved_while_the_pdf_is_made_is_not_blocked_and_is_not_issued_unseen(
    analyst, pcc_staff, paper_period
):
    issuing_connection = connections["default"]  # this thread's: the one paper_issue uses
    issued = threading.Event()
    outcome = {}
    editor = threading.Thread(
        target=lambda: outcome.update(
            edit_context_while_rendering(paper_period, analyst, issuing_connection, issued)
        )
    )
    editor.start()
    try:
        paper_issue(period=paper_period, user=pcc_staff, override_reason=OVERRIDE)
    except ValidationError as error:
        refusal = " ".join(error.messages)
    else:
        refusal = "issued"
    finally:
        issued.set()
        editor.join(timeout=60)

    # While the PDF was made, no transaction was open and the analyst's edit was saved at
    # once (it used to wait for the whole render, up to PAPER_RENDER_TIMEOUT).
    assert outcome == {"issuing_in_transaction": False, "saved_while_rendering": True}
    # The PDF did not say what the paper now says, so nothing was issued or locked.
    assert "changed while its PDF was being made" in refusal
    assert not IssuedPaper.objects.exists()
    paper_period.refresh_from_db()
    assert paper_period.status == ReportingPeriod.Status.OPEN


def issue_as(user, period, outcomes: list, until: threading.Event | None = None):
    """In a thread of its own: issue the period as `user` (once a render is running, when
    `until` is given), and append what came of it."""
    try:
        if until is not None and render_child(until) is None:
            outcomes.append("no render was seen")
            return
        issue = paper_issue(period=period, user=user, override_reason=OVERRIDE)
        outcomes.append(f"issued version {issue.version}")
    except ValidationError as error:
        outcomes.append(" ".join(error.messages))
    except Exception as error:  # reported to the test, which asserts on it
        outcomes.append(repr(error))
    finally:
        connection.close()


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="the in-memory SQLite test database refuses a second writer at once (shared cache) "
    "where a database file makes it wait, so only PostgreSQL can show two issues queueing",
)
def test_two_people_issuing_at_once_make_one_version(force, pcc_staff, paper_period):
    # The second starts while the first is making its PDF: both pass the first check of an
    # open period, and the period row's lock at freezing lets only one of them issue.
    colleague = UserFactory(username="pccstaff2", force=force, role=Role.PCC_STAFF)
    outcomes = []
    first_done = threading.Event()
    first = threading.Thread(target=issue_as, args=(pcc_staff, paper_period, outcomes))
    second = threading.Thread(target=issue_as, args=(colleague, paper_period, outcomes, first_done))
    second.start()
    first.start()
    first.join(timeout=60)
    first_done.set()
    second.join(timeout=60)

    refused = already_issued_message(paper_period)
    assert sorted(outcomes) == sorted(["issued version 1", refused]), outcomes
    assert IssuedPaper.objects.count() == 1
