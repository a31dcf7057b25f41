"""Capacity metrics: added and edited from the assessment editor, shown beside it."""

import datetime
from decimal import Decimal

import pytest
from django.test import Client

from assessments.models import CapacityMetric
from tests.assessments.helpers import threat_with_cells
from tests.factories import EvidenceItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def threat(period):
    return threat_with_cells(period)


@pytest.fixture
def metric(threat):
    return CapacityMetric.objects.create(
        threat_assessment=threat,
        name="PSUs available",
        value=22,
        unit="PSUs",
        national_commitment=21,
        as_at=datetime.date(2019, 3, 31),
    )


def base(threat) -> str:
    return f"/periods/{threat.period_id}/threats/{threat.threat_area.key}/"


def new_url(threat) -> str:
    return base(threat) + "measures/new/"


def edit_url(metric) -> str:
    return base(metric.threat_assessment) + f"measures/{metric.pk}/edit/"


def form_data(**changes) -> dict:
    data = {
        "name": "Level 2 officers",
        "dimension": "",
        "value": "1300",
        "unit": "officers",
        "national_commitment": "",
        "as_at_day": "31",
        "as_at_month": "3",
        "as_at_year": "2019",
        "source": "",
        "version": "",
    }
    return data | {k: str(v) for k, v in changes.items()}


def test_an_analyst_adds_a_measure_with_its_source_and_sees_it_beside_the_editor(
    client, analyst, threat
):
    ev = EvidenceItemFactory(force=analyst.force, reference="EV-020")
    client.force_login(analyst)
    response = client.post(new_url(threat), form_data(source=ev.pk, national_commitment="21"))
    assert response.status_code == 302
    metric = CapacityMetric.objects.get(threat_assessment=threat)
    assert (metric.value, metric.national_commitment, metric.source) == (
        Decimal("1300"),
        Decimal("21"),
        ev,
    )
    assert metric.history.get().history_user == analyst
    page = client.get(base(threat)).content.decode()
    assert "Level 2 officers" in page
    assert "1300 officers against a national commitment of 21" in page
    assert "Meets the commitment" in page
    cell_page = client.get(base(threat) + "capacity/").content.decode()
    assert "Level 2 officers" in cell_page


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"value": "-1"}, "value", "Value must be 0 or more"),
        ({"national_commitment": "-5"}, "national_commitment", "National commitment must be 0"),
        ({"value": "lots"}, "value", "Value must be a number, like 21 or 64600.50"),
        ({"value": "1" * 20}, "value", "Value must be less than"),
        ({"value": ""}, "value", "Enter the value"),
        ({"as_at_month": "13"}, "as_at", "As-at date must be a real date"),
        ({"source": "999999"}, "source", "Select evidence from the register"),
        ({"name": "PSUs AVAILABLE"}, "name", "already has a measure called"),
    ],
)
def test_bad_input_is_explained(client, analyst, threat, metric, changes, field, message):
    client.force_login(analyst)
    response = client.post(new_url(threat), form_data(**changes))
    body = response.content.decode()
    assert response.status_code == 200
    assert message in body
    assert f'href="#id_{field}' in body
    assert "<title>Error: Add a measure" in body
    assert CapacityMetric.objects.count() == 1


def test_another_forces_evidence_cannot_be_the_source(client, analyst, outsider, threat):
    theirs = EvidenceItemFactory(force=outsider.force, reference="EV-001")
    client.force_login(analyst)
    body = client.post(new_url(threat), form_data(source=theirs.pk)).content.decode()
    assert "Select evidence from the register" in body


def test_editing_writes_history_and_conflicts_are_caught(analyst, reviewer, metric):
    first, second = Client(), Client()
    first.force_login(analyst)
    second.force_login(reviewer)
    stale = form_data(name="PSUs available", value="22", version="1")
    assert first.post(edit_url(metric), dict(stale, value="23")).status_code == 302
    response = second.post(edit_url(metric), dict(stale, value="24"))
    assert response.status_code == 409
    assert 'value="24"' in response.content.decode()
    metric.refresh_from_db()
    assert (metric.value, metric.version) == (Decimal("23"), 2)
    page = first.get(edit_url(metric)).content.decode()
    assert "Changed by Test Person" in page


@pytest.mark.parametrize("role_user", ["pcc_staff", "board_member"])
def test_roles_without_the_right_to_edit_get_403(client, request, metric, role_user):
    client.force_login(request.getfixturevalue(role_user))
    assert client.get(new_url(metric.threat_assessment)).status_code == 403
    assert client.post(edit_url(metric), form_data()).status_code == 403


def test_another_force_is_not_found(client, outsider, metric):
    client.force_login(outsider)
    assert client.get(edit_url(metric)).status_code == 404
    assert client.post(new_url(metric.threat_assessment), form_data()).status_code == 404
