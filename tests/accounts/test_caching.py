"""Every answer to a signed-in person is marked no-store; what anyone may read while signed
out keeps its caching."""

import pytest

from tests.matrix_client import client_for, finish, get_visits
from tests.matrix_data import ANONYMOUS, PERSONAS, make_personas
from tests.matrix_world import build_world

pytestmark = pytest.mark.django_db


def not_stored(response) -> bool:
    directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


@pytest.mark.parametrize("persona", sorted(set(PERSONAS) - {ANONYMOUS}))
def test_every_answer_to_a_signed_in_person_is_not_stored(force, persona):
    # Pages, files, refusals and redirects: every URL of the permission matrix, every role.
    world = build_world(force, "Alphaville")
    client = client_for(make_personas(force)[persona])
    stored = []
    for visit in get_visits(world, persona):
        response = client.get(visit.path)
        finish(response)
        if not not_stored(response):
            stored.append(f"{visit.label}: {response.get('Cache-Control')!r}")
    assert not stored, "\n".join(stored)


def test_a_page_not_found_for_a_signed_in_person_is_not_stored(client, analyst):
    client.force_login(analyst)
    assert not_stored(client.get("/no-such-page/"))


def test_public_pages_and_static_files_keep_their_caching(client):
    accessibility = client.get("/accessibility/")
    assert accessibility.status_code == 200
    assert "Cache-Control" not in accessibility
    stylesheet = client.get("/static/css/app.css")
    assert stylesheet.status_code == 200
    assert "no-store" not in stylesheet.get("Cache-Control", "")


def test_static_files_keep_their_caching_for_a_signed_in_person(client, analyst):
    client.force_login(analyst)
    stylesheet = client.get("/static/css/app.css")
    assert stylesheet.status_code == 200
    assert "no-store" not in stylesheet.get("Cache-Control", "")
