"""A period's assessments: threat areas by Cs, each cell linking to its editor."""

import pytest

from tests.threats.helpers import threat_with_cells

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
    # 6 their cells with C, rating and owner, 7 the edition's Cs, 8 the rating levels
    with django_assert_num_queries(8):
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
