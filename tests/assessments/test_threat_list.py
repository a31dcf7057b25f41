"""A period's assessments: threat areas by Cs, each cell linking to its editor."""

import pytest

from assessments.models import DimensionAssessment
from assessments.services import period_assessments_start
from tests.assessments.helpers import threat_with_cells
from tests.factories import UserFactory
from threats.models import Edition, RatingScale

pytestmark = pytest.mark.django_db


def url(period) -> str:
    return f"/periods/{period.pk}/threats/"


@pytest.mark.parametrize("areas", [["public-order"], ["public-order", "terrorism", "cyber"]])
def test_the_grid_links_every_cell_in_a_fixed_number_of_queries(
    client, pcc_staff, period, areas, django_assert_num_queries
):
    for key in areas:
        threat_with_cells(period, key)
    client.force_login(pcc_staff)
    # 1 session, 2 user with their force, 3 roles, 4 the period, 5 its threat assessments,
    # 6 their cells with C, rating and owner, 7 the edition's Cs, 8 how many threat areas
    # the edition has, 9 the rating levels
    with django_assert_num_queries(9):
        response = client.get(url(period))
    body = response.content.decode()
    assert response.status_code == 200
    assert f"/periods/{period.pk}/threats/public-order/capability/" in body
    assert "Not yet assessed" in body


def test_board_members_get_403_and_another_force_404(client, board_member, outsider, period):
    client.force_login(board_member)
    assert client.get(url(period)).status_code == 403
    client.force_login(outsider)
    assert client.get(url(period)).status_code == 404


def test_an_analyst_starts_a_new_periods_assessments_and_a_second_start_changes_nothing(
    client, analyst, period
):
    client.force_login(analyst)
    assert "36 assessments of 2019/20" in client.get(url(period)).content.decode()
    response = client.post(url(period), follow=True)
    assert "36 assessments started" in response.content.decode()
    assert period.threat_assessments.count() == 6
    cells = DimensionAssessment.objects.filter(threat_assessment__period=period)
    assert cells.count() == 30
    assert {cell.rating.is_assessed for cell in cells} == {False}
    assert {cell.state for cell in cells} == {"draft"}
    assert cells.first().history.first().history_user == analyst
    assert f"/periods/{period.pk}/threats/cyber/capacity/" in response.content.decode()
    assert "not been started" not in response.content.decode()

    cell = cells.get(threat_assessment__threat_area__key="cyber", dimension__key="capacity")
    cell.narrative = "Written before the second start."
    cell.save()
    assert period_assessments_start(period=period, user=analyst) == 0
    cell.refresh_from_db()
    assert cell.narrative == "Written before the second start."


def test_only_editors_start_assessments(client, pcc_staff, board_member, outsider, period):
    for user, status in ((pcc_staff, 403), (board_member, 403), (outsider, 404)):
        client.force_login(user)
        assert client.post(url(period)).status_code == status
    assert not period.threat_assessments.exists()


def test_a_period_added_in_the_admin_starts_its_assessments(client, force):
    admin = UserFactory(username="root", force=force, is_staff=True, is_superuser=True)
    client.force_login(admin)
    edition = Edition.objects.get(key="spr-2023")
    response = client.post(
        "/admin/threats/reportingperiod/add/",
        {
            "force": force.pk,
            "edition": edition.pk,
            "rating_scale": RatingScale.objects.get(key="spr-compliance").pk,
            "label": "2023/24",
            "starts_on": "2023-04-01",
            "ends_on": "2024-03-31",
            "status": "open",
        },
    )
    assert response.status_code == 302
    period = force.periods.get(label="2023/24")
    assert period.threat_assessments.count() == 7
    assert DimensionAssessment.objects.filter(threat_assessment__period=period).count() == 35
