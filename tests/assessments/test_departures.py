"""The departures register: the list, adding and editing with the approval rules, history and
no lost updates."""

import datetime

import pytest
from django.test import Client

from assessments.models import Departure
from tests.factories import PeriodFactory

pytestmark = pytest.mark.django_db


def list_url(period) -> str:
    return f"/periods/{period.pk}/departures/"


def new_url(period) -> str:
    return f"/periods/{period.pk}/departures/new/"


def edit_url(departure) -> str:
    return f"/periods/{departure.period_id}/departures/{departure.pk}/edit/"


def date_parts(name, value):
    if value is None:
        return {f"{name}_day": "", f"{name}_month": "", f"{name}_year": ""}
    return {f"{name}_day": value.day, f"{name}_month": value.month, f"{name}_year": value.year}


def form_data(departure=None, **changes) -> dict:
    base = {
        "reference": "DEP-001",
        "title": "Armed uplift below the national target",
        "justification": "Funding ends in March 2021; the PCC agreed a phased uplift.",
        "threat_area": "",
        "dimension": "",
        "status": "proposed",
        "approved_by": "",
        "version": "",
    }
    dates = {"approved_on": None, "review_on": None, "ended_on": None}
    if departure:
        base |= {
            "reference": departure.reference,
            "title": departure.title,
            "justification": departure.justification,
            "status": departure.status,
            "approved_by": departure.approved_by,
            "version": str(departure.version),
        }
        dates = {name: getattr(departure, name) for name in dates}
    for name, value in changes.items():
        if name in dates:
            dates[name] = value
        else:
            base[name] = value
    for name, value in dates.items():
        base |= date_parts(name, value)
    return base


@pytest.fixture
def departure(period):
    return Departure.objects.create(
        period=period,
        reference="DEP-001",
        title="Regional firearms hub MOU not signed",
        justification="The MOU is in progress with British Transport Police.",
    )


def test_the_form_suggests_the_next_reference(client, analyst, departure):
    client.force_login(analyst)
    body = client.get(new_url(departure.period)).content.decode()
    assert 'value="DEP-002"' in body
    assert "Approved by (optional)" in body


def test_pcc_staff_record_an_approved_departure_with_history(client, pcc_staff, period):
    area = period.edition.threat_areas.get(key="terrorism")
    client.force_login(pcc_staff)
    data = form_data(
        status="approved",
        approved_by="Chief Constable",
        approved_on=datetime.date(2019, 5, 1),
        review_on=datetime.date(2020, 5, 1),
        threat_area=area.pk,
    )
    assert client.post(new_url(period), data).status_code == 302
    departure = Departure.objects.get(period=period)
    assert (departure.status, departure.threat_area) == ("approved", area)
    assert departure.history.get().history_user == pcc_staff
    assert "Armed uplift below the national target" in client.get(list_url(period)).content.decode()


def test_analysts_propose_but_only_pcc_staff_approve(client, analyst, pcc_staff, departure):
    approval = {
        "status": "approved",
        "approved_by": "Police and Crime Commissioner",
        "approved_on": datetime.date(2019, 6, 1),
    }
    client.force_login(analyst)
    response = client.post(edit_url(departure), form_data(departure, **approval))
    assert response.status_code == 200
    assert "Only PCC office staff can approve or end a departure" in response.content.decode()
    refused = client.post(new_url(departure.period), form_data(reference="DEP-002", **approval))
    assert "Only PCC office staff can approve" in refused.content.decode()
    assert Departure.objects.count() == 1
    departure.refresh_from_db()
    assert (departure.status, departure.version) == ("proposed", 1)

    client.force_login(pcc_staff)
    assert client.post(edit_url(departure), form_data(departure, **approval)).status_code == 302
    departure.refresh_from_db()
    assert departure.status == "approved"
    assert departure.history.first().history_user == pcc_staff

    client.force_login(analyst)
    edit = form_data(departure, justification="The MOU is signed; review in a year.")
    assert client.post(edit_url(departure), edit).status_code == 302
    departure.refresh_from_db()
    assert (departure.status, departure.justification[:10]) == ("approved", "The MOU is")


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"status": "approved"}, "approved_by", "Enter who approved the departure"),
        ({"status": "approved"}, "approved_on", "Enter the date the departure was approved"),
        (
            {
                "status": "approved",
                "approved_by": "PCC",
                "approved_on": datetime.date(2019, 5, 1),
                "review_on": datetime.date(2019, 5, 1),
            },
            "review_on",
            "Review date must be after the date approved",
        ),
        (
            {"status": "ended", "approved_by": "PCC", "approved_on": datetime.date(2019, 5, 1)},
            "ended_on",
            "Enter the date the departure ended",
        ),
        (
            {"ended_on": datetime.date(2019, 5, 1)},
            "ended_on",
            "Remove the date ended, or set the status to ended",
        ),
        ({"justification": ""}, "justification", "Enter the justification"),
        ({"dimension": "abc"}, "dimension", "Select a C from the list"),
    ],
)
def test_bad_input_is_explained(client, analyst, period, changes, field, message):
    client.force_login(analyst)
    response = client.post(new_url(period), form_data(**changes))
    body = response.content.decode()
    assert response.status_code == 200
    assert message in body
    assert f'href="#id_{field}' in body
    assert "<title>Error: " in body
    assert 'value="Armed uplift below the national target"' in body
    assert not Departure.objects.exists()


def test_an_impossible_date_is_refused(client, analyst, period):
    client.force_login(analyst)
    data = form_data() | {"approved_on_day": "30", "approved_on_month": "2"}
    data["approved_on_year"] = "2019"
    body = client.post(new_url(period), data).content.decode()
    assert "Date approved must be a real date" in body


def test_editing_writes_history_shown_on_the_page(client, pcc_staff, departure):
    client.force_login(pcc_staff)
    data = form_data(
        departure,
        status="approved",
        approved_by="Police and Crime Commissioner",
        approved_on=datetime.date(2019, 6, 1),
    )
    assert client.post(edit_url(departure), data).status_code == 302
    departure.refresh_from_db()
    assert (departure.status, departure.version) == ("approved", 2)
    page = client.get(edit_url(departure)).content.decode()
    assert "Changed by Test Person" in page
    assert "Police and Crime Commissioner" in page


def test_a_script_in_the_justification_is_shown_harmless(client, analyst, period):
    client.force_login(analyst)
    client.post(new_url(period), form_data(justification="<script>alert(1)</script>"))
    body = client.get(list_url(period)).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script>alert(1)" not in body


def test_pcc_staff_read_the_register_and_may_change_it(client, pcc_staff, departure):
    client.force_login(pcc_staff)
    body = client.get(list_url(departure.period)).content.decode()
    assert "Regional firearms hub MOU not signed" in body
    assert "Add a departure" in body
    assert client.get(new_url(departure.period)).status_code == 200


def test_board_members_get_403(client, board_member, departure):
    client.force_login(board_member)
    assert client.get(list_url(departure.period)).status_code == 403


def test_another_force_is_not_found(client, outsider, departure):
    client.force_login(outsider)
    assert client.get(list_url(departure.period)).status_code == 404
    assert client.get(edit_url(departure)).status_code == 404
    assert client.post(new_url(departure.period), form_data()).status_code == 404


def test_a_departure_of_another_period_is_not_found(client, analyst, departure):
    other = PeriodFactory(force=analyst.force, label="2018/19")
    client.force_login(analyst)
    url = f"/periods/{other.pk}/departures/{departure.pk}/edit/"
    assert client.get(url).status_code == 404


def test_two_concurrent_edits_get_the_conflict_page(analyst, reviewer, departure):
    first, second = Client(), Client()
    first.force_login(analyst)
    second.force_login(reviewer)
    first_form = form_data(departure, justification="The analyst's reasons.")
    second_form = form_data(departure, justification="The reviewer's reasons.")
    assert first.post(edit_url(departure), first_form).status_code == 302
    response = second.post(edit_url(departure), second_form)
    body = response.content.decode()
    assert response.status_code == 409
    assert "The analyst&#x27;s reasons." in body
    assert "The reviewer&#x27;s reasons.</textarea>" in body
    departure.refresh_from_db()
    assert departure.justification == "The analyst's reasons."


def test_the_list_runs_in_a_fixed_number_of_queries(
    client, analyst, departure, django_assert_num_queries
):
    for n in range(2, 12):
        Departure.objects.create(
            period=departure.period, reference=f"DEP-{n:03d}", title="x", justification="y"
        )
    client.force_login(analyst)
    # 1 session, 2 user with their force, 3 roles, 4 the period, 5 its departures
    with django_assert_num_queries(5):
        assert client.get(list_url(departure.period)).status_code == 200


def test_a_justification_citing_evidence_outside_the_register_is_refused(
    client, analyst, period, departure
):
    from evidence.models import Citation
    from tests.factories import EvidenceItemFactory

    EvidenceItemFactory(force=period.force, reference="EV-010")
    client.force_login(analyst)
    for url, data in (
        (new_url(period), form_data(reference="DEP-002", justification="See [@EV-404, p2].")),
        (edit_url(departure), form_data(departure, justification="See [@EV-404, p2].")),
    ):
        answer = client.post(url, data)
        assert answer.status_code == 200
        assert "EV-404, which is not in the evidence register" in answer.content.decode()
    assert Departure.objects.count() == 1
    departure.refresh_from_db()
    assert "EV-404" not in departure.justification
    answer = client.post(
        edit_url(departure), form_data(departure, justification="See [@EV-010, p2].")
    )
    assert answer.status_code == 302
    assert Citation.objects.get(departure=departure).locator == "p2"
