"""Editing evidence: saves with history, attaches files, and never loses an update."""

import datetime

import pytest
from django.test import Client

from evidence.services import EDITABLE_FIELDS, citations_sync, evidence_item_update
from tests.evidence import samples
from tests.evidence.samples import edit_form_data
from tests.factories import DimensionAssessmentFactory, EvidenceItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(analyst):
    return EvidenceItemFactory(
        force=analyst.force, reference="EV-012", title="Force CONTEST board minutes", owner=analyst
    )


def url(item) -> str:
    return f"/evidence/{item.pk}/edit/"


def test_the_form_opens_with_the_items_values_and_version(client, analyst, item):
    client.force_login(analyst)
    response = client.get(url(item))
    body = response.content.decode()
    assert response.status_code == 200
    assert "<title>Edit EV-012" in body
    assert 'value="Force CONTEST board minutes"' in body
    assert 'name="evidence_date_day" value="1"' in body
    assert 'name="version" value="1"' in body
    assert "New files are added to the ones already attached" in body


def test_a_reviewer_saves_a_change_with_history_and_a_new_version(client, reviewer, item):
    client.force_login(reviewer)
    data = edit_form_data(item, title="Force CONTEST board: minutes of 5 December 2018")
    response = client.post(url(item), data)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title == "Force CONTEST board: minutes of 5 December 2018"
    assert item.version == 2
    latest = item.history.first()
    assert latest.history_type == "~"
    assert latest.history_user == reviewer
    page = client.get(f"/evidence/{item.pk}/").content.decode()
    assert "Changed by Test Person" in page
    assert "Force CONTEST board minutes" in page, "the history shows the old title"


def test_attaching_a_file_on_edit_writes_history_for_the_file_and_the_item(client, analyst, item):
    client.force_login(analyst)
    data = edit_form_data(item)
    data["files"] = [samples.upload("Minutes.docx", samples.docx())]
    assert client.post(url(item), data).status_code == 302
    item.refresh_from_db()
    assert item.version == 2
    latest = item.history.first()
    assert latest.history_user == analyst
    assert latest.history_change_reason == "Attached Minutes.docx"
    (record,) = item.files.all()
    assert record.content_type.endswith("wordprocessingml.document")
    assert record.history.get().history_user == analyst


def test_saving_without_a_change_writes_nothing(client, analyst, item):
    client.force_login(analyst)
    assert client.post(url(item), edit_form_data(item)).status_code == 302
    item.refresh_from_db()
    assert item.version == 1
    assert item.history.count() == 1


def test_the_reference_of_cited_evidence_cannot_change(client, analyst, item):
    cell = DimensionAssessmentFactory(
        threat_assessment__period__force=analyst.force, narrative="[@EV-012, p3]"
    )
    citations_sync(target=cell)
    client.force_login(analyst)
    response = client.post(url(item), edit_form_data(item, reference="EV-099"))
    assert "EV-012 is cited 1 time in assessments, so its reference cannot change" in (
        response.content.decode()
    )
    item.refresh_from_db()
    assert item.reference == "EV-012"


def test_another_forces_item_is_not_found(client, outsider, item):
    client.force_login(outsider)
    assert client.get(url(item)).status_code == 404
    assert client.post(url(item), edit_form_data(item, title="Hijacked")).status_code == 404
    item.refresh_from_db()
    assert item.title == "Force CONTEST board minutes"


@pytest.mark.parametrize("role_user", ["pcc_staff", "board_member"])
def test_roles_without_the_right_to_edit_get_403(client, request, item, role_user):
    client.force_login(request.getfixturevalue(role_user))
    assert client.get(url(item)).status_code == 403
    assert client.post(url(item), edit_form_data(item, title="Changed")).status_code == 403


def test_an_unknown_item_is_not_found(client, analyst):
    client.force_login(analyst)
    assert client.get("/evidence/999999/edit/").status_code == 404


def test_two_concurrent_edits_never_lose_the_first_and_keep_the_seconds_text(
    analyst, reviewer, item
):
    first, second = Client(), Client()
    first.force_login(analyst)
    second.force_login(reviewer)
    # Both open the form on version 1.
    first_form = edit_form_data(item)
    second_form = edit_form_data(item)
    assert 'name="version" value="1"' in first.get(url(item)).content.decode()
    assert 'name="version" value="1"' in second.get(url(item)).content.decode()

    first_form["summary"] = "Minutes agreed at the March board."
    assert first.post(url(item), first_form).status_code == 302

    second_form["summary"] = "The reviewer's own careful summary."
    second_form["title"] = "Force CONTEST board: December 2018"
    response = second.post(url(item), second_form)
    body = response.content.decode()
    assert response.status_code == 409
    assert f"Someone else changed {item.reference} while you were editing it" in body
    assert "Minutes agreed at the March board." in body, "their version, as saved"
    assert "The reviewer&#x27;s own careful summary." in body, "yours, as typed"
    assert 'value="Force CONTEST board: December 2018"' in body, "kept in the form"
    assert 'name="version" value="2"' in body, "the form now saves over version 2"
    item.refresh_from_db()
    assert item.summary == "Minutes agreed at the March board.", "the first save survives"
    assert item.title == "Force CONTEST board minutes"
    assert item.version == 2


def test_resubmitting_from_the_conflict_page_saves_the_users_version(
    client, analyst, reviewer, item
):
    stale = edit_form_data(item, summary="Mine")
    theirs = {name: getattr(item, name) for name in EDITABLE_FIELDS} | {"summary": "Theirs"}
    evidence_item_update(item=item, user=analyst, data=theirs, expected_version=1)
    client.force_login(reviewer)
    conflict = client.post(url(item), stale)
    assert conflict.status_code == 409
    resubmitted = dict(stale, version=conflict.context["form"]["version"].value())
    assert client.post(url(item), resubmitted).status_code == 302
    item.refresh_from_db()
    assert (item.summary, item.version) == ("Mine", 3)


def test_a_missing_or_tampered_version_is_treated_as_a_conflict(client, analyst, item):
    client.force_login(analyst)
    # "²" passes str.isdigit() but int() refuses it: a conflict, never a crash.
    for version in ("", "abc", "0", "²", "1²", " 1 1"):
        response = client.post(url(item), edit_form_data(item, version=version, title="New"))
        assert response.status_code == 409, version
    item.refresh_from_db()
    assert item.title == "Force CONTEST board minutes"


def test_files_chosen_before_a_conflict_are_named_so_they_can_be_chosen_again(
    client, analyst, item
):
    data = edit_form_data(item, version="0")
    data["files"] = [samples.upload("debrief.pdf", samples.PDF)]
    client.force_login(analyst)
    body = client.post(url(item), data).content.decode()
    assert "<li>debrief.pdf</li>" in body
    assert not item.files.exists()


def test_dates_use_the_date_input_pattern_on_edit(client, analyst, item):
    client.force_login(analyst)
    data = edit_form_data(item, review_by_day="1", review_by_month="6", review_by_year="2019")
    body = client.post(url(item), data).content.decode()
    assert "Review-by date must be after the date of the evidence" in body
    assert '<a href="#id_review_by">' in body
    item.refresh_from_db()
    assert item.review_by == datetime.date(2020, 6, 1)


def test_the_page_names_the_item_as_saved_while_a_new_reference_has_errors(client, analyst, item):
    client.force_login(analyst)
    data = edit_form_data(item, reference="EV-099", title="")
    body = client.post(url(item), data).content.decode()
    assert "<title>Error: Edit EV-012" in body
    assert 'value="EV-099"' in body
