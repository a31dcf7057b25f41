"""The departures register: the list, adding and editing, approving and ending as acts of PCC
office staff that the register records, history and no lost updates."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from accounts.roles import Role
from assessments.models import Departure
from assessments.services import DEPARTURE_FIELDS, departure_approve, departure_update
from sprcompliance.dateinput import long_date
from tests.factories import PeriodFactory, UserFactory
from threats.models import ReportingPeriod

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


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
        "version": "",
    }
    review_on = None
    if departure:
        base |= {
            "reference": departure.reference,
            "title": departure.title,
            "justification": departure.justification,
            "threat_area": departure.threat_area_id or "",
            "dimension": departure.dimension_id or "",
            "version": str(departure.version),
        }
        review_on = departure.review_on
    review_on = changes.pop("review_on", review_on)
    return base | changes | date_parts("review_on", review_on)


def act(departure, action: str) -> dict:
    return {"action": action, "version": str(departure.version)}


@pytest.fixture
def departure(period):
    return Departure.objects.create(
        period=period,
        reference="DEP-001",
        title="Regional firearms hub MOU not signed",
        justification="The MOU is in progress with British Transport Police.",
    )


@pytest.fixture
def approved(departure, pcc_staff):
    return departure_approve(departure=departure, user=pcc_staff, expected_version=1)


def test_the_form_suggests_the_next_reference_and_asks_no_approval(client, analyst, departure):
    client.force_login(analyst)
    body = client.get(new_url(departure.period)).content.decode()
    assert 'value="DEP-002"' in body
    assert "Approved by" not in body
    assert 'name="status"' not in body
    assert 'name="approved_on_day"' not in body


def test_a_new_departure_is_proposed_with_history(client, pcc_staff, period):
    area = period.edition.threat_areas.get(key="terrorism")
    client.force_login(pcc_staff)
    data = form_data(review_on=TODAY + datetime.timedelta(days=365), threat_area=area.pk)
    assert client.post(new_url(period), data).status_code == 302
    departure = Departure.objects.get(period=period)
    assert (departure.status, departure.threat_area) == ("proposed", area)
    assert departure.approved_by is None and departure.approved_on is None
    assert departure.history.get().history_user == pcc_staff
    body = client.get(list_url(period)).content.decode()
    assert "Armed uplift below the national target" in body
    assert "Not yet" in body


def test_pcc_staff_approve_and_the_register_records_who_and_when(client, pcc_staff, departure):
    client.force_login(pcc_staff)
    page = client.get(edit_url(departure)).content.decode()
    assert "Approve the departure" in page
    response = client.post(edit_url(departure), act(departure, "approve"), follow=True)
    assert "DEP-001 is approved" in response.content.decode()
    departure.refresh_from_db()
    assert departure.status == "approved"
    assert (departure.approved_by, departure.approved_on) == (pcc_staff, TODAY)
    record = departure.history.first()
    assert (record.history_user, record.history_change_reason) == (pcc_staff, "Approved")
    listing = client.get(list_url(departure.period)).content.decode()
    assert str(pcc_staff) in listing
    page = client.get(edit_url(departure)).content.decode()
    assert f"By {escape(departure.approver)} on {long_date(TODAY)}" in page
    assert "End the departure" in page


@pytest.mark.parametrize("persona", ["analyst", "reviewer"])
def test_analysts_and_reviewers_propose_but_cannot_approve_or_end(
    request, client, persona, departure, approved
):
    user = request.getfixturevalue(persona)
    other = Departure.objects.create(
        period=departure.period, reference="DEP-002", title="Another", justification="Why."
    )
    client.force_login(user)
    page = client.get(edit_url(other)).content.decode()
    assert "Approve the departure" not in page
    assert "PCC office staff approve departures" in page
    assert client.post(edit_url(other), act(other, "approve")).status_code == 403
    assert client.post(edit_url(approved), act(approved, "end")).status_code == 403
    other.refresh_from_db()
    approved.refresh_from_db()
    assert (other.status, other.version) == ("proposed", 1)
    assert (approved.status, approved.ended_on) == ("approved", None)


def test_nobody_approves_a_departure_they_proposed_or_changed(client, pcc_staff, period):
    client.force_login(pcc_staff)
    client.post(new_url(period), form_data())
    departure = Departure.objects.get(period=period)
    response = client.post(edit_url(departure), act(departure, "approve"), follow=True)
    assert "so someone else in the PCC office must approve it" in response.content.decode()
    departure.refresh_from_db()
    assert (departure.status, departure.version) == ("proposed", 1)

    colleague = UserFactory(force=period.force, role=Role.PCC_STAFF)
    departure_approve(departure=departure, user=colleague, expected_version=1)
    departure.refresh_from_db()
    assert departure.approved_by == colleague


def test_changing_what_is_departed_from_withdraws_the_approval(client, analyst, approved):
    client.force_login(analyst)
    page = client.get(edit_url(approved)).content.decode()
    assert "withdraws the approval" in page
    keep = form_data(approved, review_on=TODAY + datetime.timedelta(days=200))
    assert client.post(edit_url(approved), keep).status_code == 302
    approved.refresh_from_db()
    assert approved.status == "approved"
    assert approved.review_on == TODAY + datetime.timedelta(days=200)

    change = form_data(approved, justification="The MOU is signed; review in a year.")
    assert client.post(edit_url(approved), change).status_code == 302
    approved.refresh_from_db()
    assert approved.status == "proposed"
    assert (approved.approved_by, approved.approved_on) == (None, None)
    record = approved.history.first()
    assert record.history_change_reason == "Changed after approval: to be approved again"
    assert record.history_user == analyst


def test_pcc_staff_end_an_approved_departure_which_is_then_kept_as_it_was(
    client, pcc_staff, analyst, approved
):
    client.force_login(pcc_staff)
    response = client.post(edit_url(approved), act(approved, "end"), follow=True)
    assert "DEP-001 has ended" in response.content.decode()
    approved.refresh_from_db()
    assert (approved.status, approved.ended_by, approved.ended_on) == ("ended", pcc_staff, TODAY)

    client.force_login(analyst)
    page = client.get(edit_url(approved)).content.decode()
    assert "can no longer be changed" in page
    assert "Save changes" not in page
    response = client.post(edit_url(approved), form_data(approved, title="Changed"))
    assert response.status_code == 200
    assert "This departure has ended" in response.content.decode()
    approved.refresh_from_db()
    assert approved.title == "Regional firearms hub MOU not signed"


def test_only_a_proposed_departure_is_approved_and_only_an_approved_one_ended(
    client, pcc_staff, departure
):
    client.force_login(pcc_staff)
    response = client.post(edit_url(departure), act(departure, "end"), follow=True)
    assert "Only an approved departure can be ended: this one is proposed" in (
        response.content.decode()
    )
    colleague = UserFactory(force=departure.period.force, role=Role.PCC_STAFF)
    departure_approve(departure=departure, user=colleague, expected_version=1)
    departure.refresh_from_db()
    response = client.post(edit_url(departure), act(departure, "approve"), follow=True)
    assert "Only a proposed departure can be approved: this one is approved" in (
        response.content.decode()
    )
    departure.refresh_from_db()
    assert (departure.approved_by, departure.version) == (colleague, 2)


def test_a_review_date_not_after_today_is_changed_before_approval(client, pcc_staff, departure):
    departure.review_on = TODAY
    departure.save()
    client.force_login(pcc_staff)
    response = client.post(edit_url(departure), act(departure, "approve"), follow=True)
    assert "must be after the date of approval" in response.content.decode()
    departure.refresh_from_db()
    assert departure.status == "proposed"


def test_approving_a_version_someone_has_since_changed_is_refused(
    client, pcc_staff, analyst, departure
):
    opened = departure.version
    departure_update(
        departure=departure,
        user=analyst,
        data={name: getattr(departure, name) for name in DEPARTURE_FIELDS}
        | {"title": "Changed meanwhile"},
        expected_version=opened,
    )
    client.force_login(pcc_staff)
    response = client.post(
        edit_url(departure), {"action": "approve", "version": str(opened)}, follow=True
    )
    assert "Someone else changed this departure" in response.content.decode()
    departure.refresh_from_db()
    assert departure.status == "proposed"


def test_no_act_in_a_locked_period(client, pcc_staff, departure):
    ReportingPeriod.objects.filter(pk=departure.period_id).update(
        status=ReportingPeriod.Status.ISSUED
    )
    client.force_login(pcc_staff)
    response = client.post(edit_url(departure), act(departure, "approve"))
    assert response.status_code == 302
    departure.refresh_from_db()
    assert departure.status == "proposed"


def test_the_approver_is_named_with_their_job_title(period):
    user = UserFactory(force=period.force, first_name="Priya", last_name="Shah")
    user.job_title = "Policy officer, Office of the PCC"
    departure = Departure(period=period, approved_by=user)
    assert departure.approver == "Priya Shah (Policy officer, Office of the PCC)"
    user.job_title = ""
    assert departure.approver == "Priya Shah"


def test_an_approver_typed_before_approval_was_an_act_is_still_shown(client, analyst, period):
    legacy = Departure.objects.create(
        period=period,
        reference="DEP-007",
        title="Approved the old way",
        justification="Why.",
        status=Departure.Status.APPROVED,
        approver_as_typed="Chief Executive, for the PCC",
        approved_on=datetime.date(2019, 7, 15),
    )
    assert legacy.approver == "Chief Executive, for the PCC"
    client.force_login(analyst)
    assert "Chief Executive, for the PCC" in client.get(list_url(period)).content.decode()
    page = client.get(edit_url(legacy)).content.decode()
    assert "By Chief Executive, for the PCC on 15 July 2019 (name as typed" in page


def test_the_database_refuses_an_approval_without_who_and_when(period, pcc_staff):
    for fields in (
        {"status": "approved"},
        {"status": "approved", "approved_by": pcc_staff},
        {"status": "approved", "approved_on": TODAY},
        {"status": "proposed", "approved_by": pcc_staff, "approved_on": TODAY},
    ):
        with pytest.raises(IntegrityError), transaction.atomic():
            Departure.objects.create(
                period=period, reference="DEP-009", title="x", justification="y", **fields
            )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"justification": ""}, "justification", "Enter the justification"),
        ({"dimension": "abc"}, "dimension", "Select a C from the list"),
        ({"reference": "DEP 1"}, "reference", "Reference must start with a letter or number"),
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


def test_a_review_date_before_the_approval_is_explained(client, analyst, approved):
    client.force_login(analyst)
    data = form_data(approved, review_on=approved.approved_on)
    body = client.post(edit_url(approved), data).content.decode()
    assert "Review date must be after the date approved" in body
    approved.refresh_from_db()
    assert approved.review_on is None


def test_an_impossible_date_is_refused(client, analyst, period):
    client.force_login(analyst)
    data = form_data() | {"review_on_day": "30", "review_on_month": "2"}
    data["review_on_year"] = "2020"
    body = client.post(new_url(period), data).content.decode()
    assert "Review date must be a real date" in body


def test_editing_writes_history_shown_on_the_page(client, analyst, pcc_staff, departure):
    client.force_login(analyst)
    data = form_data(departure, title="Regional firearms hub MOU still not signed")
    assert client.post(edit_url(departure), data).status_code == 302
    departure.refresh_from_db()
    departure_approve(departure=departure, user=pcc_staff, expected_version=departure.version)
    departure.refresh_from_db()
    assert (departure.status, departure.version) == ("approved", 3)
    page = client.get(edit_url(departure)).content.decode()
    assert "Changed by Test Person" in page
    assert "MOU still not signed" in page
    assert "Approved" in page


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
