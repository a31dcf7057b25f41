"""Actions: the list and its filters, adding and editing with the date rules, history and
no lost updates."""

import datetime

import pytest
from django.test import Client

from evidence.models import Action
from tests.factories import ActionFactory, EvidenceItemFactory

pytestmark = pytest.mark.django_db

LIST, NEW = "/actions/", "/actions/new/"


def edit_url(action) -> str:
    return f"/actions/{action.pk}/edit/"


def date_parts(name: str, value: datetime.date | None) -> dict:
    if value is None:
        return {f"{name}_day": "", f"{name}_month": "", f"{name}_year": ""}
    return {
        f"{name}_day": str(value.day),
        f"{name}_month": str(value.month),
        f"{name}_year": str(value.year),
    }


def form_data(action=None, **changes) -> dict:
    data = {
        "reference": action.reference if action else "ACT-001",
        "title": action.title if action else "Train 30 more Level 2 officers",
        "description": action.description if action else "",
        "source_kind": action.source_kind if action else "hmicfrs_recommendation",
        "source": action.source if action else "PEEL 2018/19, recommendation 3",
        "owner": action.owner if action else "Head of Public Order",
        "status": action.status if action else "open",
        "threat_area": str(action.threat_area_id or "") if action else "",
        "dimension": str(action.dimension_id or "") if action else "",
        "evidence": "",
        "version": str(action.version) if action else "",
        **date_parts("due_on", action.due_on if action else datetime.date(2020, 6, 30)),
        **date_parts("completed_on", action.completed_on if action else None),
    }
    for name, value in changes.items():
        if isinstance(value, datetime.date) or (value is None and name.endswith("_on")):
            data |= date_parts(name, value)
        else:
            data[name] = str(value)
    return data


@pytest.fixture
def action(force, period):
    return ActionFactory(force=force, reference="ACT-007", title="Replace public order carriers")


def test_the_form_suggests_the_next_reference(client, analyst, action):
    client.force_login(analyst)
    body = client.get(NEW).content.decode()
    assert 'value="ACT-008"' in body
    assert "Public order" in body, "threat areas of the latest period's edition"
    assert "Evidence (optional)" in body


def test_an_analyst_adds_an_action_with_its_evidence_and_history(client, analyst, period):
    ev = EvidenceItemFactory(force=analyst.force, reference="EV-012")
    area = period.edition.threat_areas.get(key="public-order")
    client.force_login(analyst)
    data = form_data(threat_area=area.pk, evidence="ev-012")
    assert client.post(NEW, data).status_code == 302
    action = Action.objects.get(reference="ACT-001")
    assert list(action.evidence.all()) == [ev]
    assert action.threat_area == area
    assert action.raised_in == period
    assert {record.history_user for record in action.history.all()} == {analyst}
    assert "ACT-001" in client.get(LIST).content.decode()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"due_on": None}, "due_on", "Enter a due date for an action that is still to be done"),
        ({"status": "completed"}, "completed_on", "Enter the date the action was completed"),
        (
            {"completed_on": datetime.date(2020, 1, 1)},
            "completed_on",
            "Remove the date completed, or set the status to completed",
        ),
        (
            {"status": "completed", "completed_on": datetime.date(2999, 1, 1)},
            "completed_on",
            "Date completed must be today or in the past",
        ),
        ({"due_on_day": "31", "due_on_month": "2"}, "due_on", "Due date must be a real date"),
        ({"title": ""}, "title", "Enter a title"),
        ({"status": "lost"}, "status", "Select a status"),
        ({"evidence": "EV-999"}, "evidence", "EV-999 is not in the evidence register"),
        ({"threat_area": "999999"}, "threat_area", "Select a threat area from the list"),
        ({"reference": "<b>"}, "reference", "Reference must start with a letter or number"),
    ],
)
def test_bad_input_is_explained_beside_the_field(client, analyst, period, changes, field, message):
    client.force_login(analyst)
    response = client.post(NEW, form_data(**changes))
    body = response.content.decode()
    assert response.status_code == 200
    assert message in body
    assert f'href="#id_{field}' in body, "the summary links to the field"
    assert "<title>Error: Add an action" in body
    assert 'value="Train 30 more Level 2 officers"' in body or field == "title"
    assert not Action.objects.exists()


def test_references_are_unique_per_force(client, analyst, action, outsider):
    client.force_login(analyst)
    body = client.post(NEW, form_data(reference="act-007")).content.decode()
    assert "ACT-007 is already an action: choose another reference" in body
    client.force_login(outsider)
    assert client.post(NEW, form_data(reference="ACT-007")).status_code == 302


def test_completing_an_action_is_saved_with_history_shown(client, reviewer, action):
    client.force_login(reviewer)
    data = form_data(action, status="completed", completed_on=datetime.date(2020, 1, 15))
    assert client.post(edit_url(action), data).status_code == 302
    action.refresh_from_db()
    assert (action.status, action.completed_on, action.version) == (
        "completed",
        datetime.date(2020, 1, 15),
        2,
    )
    assert action.history.first().history_user == reviewer
    page = client.get(edit_url(action)).content.decode()
    assert "Changed by Test Person" in page
    assert "15 January 2020" in page


def test_a_script_in_the_title_is_shown_harmless(client, analyst, period):
    client.force_login(analyst)
    client.post(NEW, form_data(title="<script>alert(1)</script>"))
    body = client.get(LIST).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script>alert(1)" not in body


def test_filters_by_status_threat_area_and_overdue(client, pcc_staff, period):
    area = period.edition.threat_areas.get(key="terrorism")
    ActionFactory(force=pcc_staff.force, reference="ACT-001", due_on=datetime.date(2000, 1, 1))
    ActionFactory(
        force=pcc_staff.force,
        reference="ACT-002",
        threat_area=area,
        due_on=datetime.date(2999, 1, 1),
    )
    ActionFactory(
        force=pcc_staff.force,
        reference="ACT-003",
        status="completed",
        completed_on=datetime.date(2019, 1, 1),
    )
    client.force_login(pcc_staff)

    def shown(query):
        response = client.get(LIST + query)
        return [a.reference for a in response.context["data"].actions]

    assert shown("") == ["ACT-001", "ACT-003", "ACT-002"], "by due date"
    assert shown("?status=completed") == ["ACT-003"]
    assert shown("?threat=terrorism") == ["ACT-002"]
    assert shown("?overdue=1") == ["ACT-001"]
    assert shown("?status=nonsense&threat=%3Cx%3E") == [], "unknown values match nothing"
    body = client.get(LIST).content.decode()
    assert "Overdue" in body
    assert "Add an action" not in body, "PCC staff read only"


@pytest.mark.parametrize("count", [3, 30])
def test_the_list_runs_in_a_fixed_number_of_queries(
    client, analyst, period, count, django_assert_num_queries
):
    for _ in range(count):
        action = ActionFactory(force=analyst.force)
        action.evidence.add(EvidenceItemFactory(force=analyst.force))
    client.force_login(analyst)
    # 1 session, 2 user with their force, 3 roles, 4 latest period with its edition,
    # 5 its threat areas, 6 its Cs, 7 the actions with threat area and C, 8 their evidence
    with django_assert_num_queries(8):
        assert client.get(LIST).status_code == 200


@pytest.mark.parametrize("role_user", ["pcc_staff", "board_member"])
def test_roles_without_the_right_to_edit_get_403(client, request, action, role_user):
    client.force_login(request.getfixturevalue(role_user))
    assert client.get(NEW).status_code == 403
    assert client.get(edit_url(action)).status_code == 403
    assert client.post(edit_url(action), form_data(action, title="x")).status_code == 403


def test_board_members_cannot_see_the_list(client, board_member):
    client.force_login(board_member)
    assert client.get(LIST).status_code == 403


def test_another_forces_action_is_not_found(client, outsider, action):
    client.force_login(outsider)
    assert client.get(edit_url(action)).status_code == 404
    assert client.post(edit_url(action), form_data(action, title="Hijack")).status_code == 404
    assert "ACT-007" not in client.get(LIST).content.decode()


def test_two_concurrent_edits_get_the_conflict_page(analyst, reviewer, action):
    first, second = Client(), Client()
    first.force_login(analyst)
    second.force_login(reviewer)
    first_form, second_form = form_data(action), form_data(action)
    first_form["title"] = "The analyst's title"
    assert first.post(edit_url(action), first_form).status_code == 302
    second_form["title"] = "The reviewer's title"
    response = second.post(edit_url(action), second_form)
    body = response.content.decode()
    assert response.status_code == 409
    assert "The analyst&#x27;s title" in body
    assert 'value="The reviewer&#x27;s title"' in body
    assert 'name="version" value="2"' in body
    action.refresh_from_db()
    assert action.title == "The analyst's title"
