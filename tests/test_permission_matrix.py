"""Who may do what, for every URL of the product: the table in tests/matrix_data.py, checked
against real objects of one force for every role, a signed-in user with no force and an
anonymous visitor.

The URLs come from walking the URL configuration, so a new view without a row fails here until
someone decides who may use it.
"""

import pytest

from tests import matrix_data as table
from tests.matrix_client import (
    ROUTES,
    admin_sample,
    answer,
    client_for,
    form_page,
    matches,
    objects_of,
    path_for,
    post_and_undo,
    product_routes,
    row_for,
)
from tests.matrix_data import (
    ADMIN_CHANGELISTS,
    ADMIN_FAMILY,
    ADMINISTRATOR,
    ANONYMOUS,
    FORBIDDEN,
    PERSONAS,
    ROWS,
    Post,
    expected_get,
    expected_post,
    make_personas,
)
from tests.matrix_world import (
    VALUE_NAMES,
    World,
    build_world,
    differences,
    snapshot,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(force) -> World:
    return build_world(force, "Alphaville")


@pytest.fixture
def users(force) -> dict:
    return make_personas(force)


# The table covers the URL configuration, no more and no less -----------------------------------


def test_every_url_of_the_configuration_has_a_row():
    missing = sorted({r.name for r in ROUTES if row_for(r) is None})
    assert not missing, (
        f"No row in the permission matrix for {missing}: add one to ROWS in "
        "tests/matrix_data.py saying which roles may GET it and, if it changes things, POST"
    )


def test_every_row_names_a_url_that_still_exists():
    names = {r.name for r in ROUTES}
    gone = sorted(set(ROWS) - names)
    assert not gone, f"ROWS in tests/matrix_data.py names URLs that no longer exist: {gone}"


def test_every_changing_view_says_what_a_post_sends():
    silent = [name for name, row in ROWS.items() if row.post is not None and not row.payloads]
    assert not silent, f"Rows that allow POST but send nothing: {silent}"


def test_the_admin_sample_is_not_empty():
    names = {r.name for r in admin_sample()}
    assert "admin:index" in names
    assert "admin:evidence_evidenceitem_changelist" in names


def test_every_parameter_names_an_object_of_the_world():
    unknown = []
    for route, row in product_routes():
        for post in [None, *row.payloads.values()]:
            objects = objects_of(row, post)
            for name in route.params:
                if objects.get(name, name) not in VALUE_NAMES:
                    unknown.append(f"{route.name}: <{name}>")
    assert not unknown, (
        f"No real value for {unknown}: say in the row's objects which object it names"
    )


# Every URL, every persona ---------------------------------------------------------------------


def get_mismatches(client, world: World, persona: str) -> list[str]:
    wrong = []
    for route, row in product_routes():
        path = path_for(route, row, world)
        got, want = answer(client.get(path)), expected_get(row, persona)
        if not matches(got, want):
            wrong.append(f"GET {route.name} {path}: answered {got}, the table says {want}")
    for route in admin_sample():
        want = expected_get(ADMIN_FAMILY, persona)
        if persona == ADMINISTRATOR and route.name not in ("admin:index", *ADMIN_CHANGELISTS):
            want = FORBIDDEN
        got = answer(client.get(route.path({})))
        if not matches(got, want):
            wrong.append(f"GET {route.name}: answered {got}, the table says {want}")
    return wrong


def post_mismatches(client, world: World, users: dict, persona: str) -> list[str]:
    wrong = []
    for route, row in product_routes():
        if row.post_untested:
            continue
        if row.post is None:  # a reading view: whatever is sent, nothing may change
            payloads = {"any data": Post(lambda world, html: {"title": "Changed"})}
        else:
            payloads = row.payloads
        for variant, post in payloads.items():
            path = path_for(route, row, world, post)
            want = expected_post(row, persona, post)
            page = form_page(world, users, route, row, post) if row.post is not None else ""
            response, changed = post_and_undo(client, path, post.make(world, page))
            got = answer(response)
            if want == "changed":
                if response.status_code != 302 or not changed:
                    wrong.append(
                        f"POST {route.name} ({variant}) {path}: answered {got} and changed "
                        f"{changed or 'nothing'}; the table says it works"
                    )
            elif got != want or changed:
                wrong.append(
                    f"POST {route.name} ({variant}) {path}: answered {got} and changed "
                    f"{changed or 'nothing'}; the table says {want} and no change"
                )
    return wrong


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_url_answers_each_persona_as_the_table_says(world, users, persona):
    client = client_for(users[persona])
    wrong = get_mismatches(client, world, persona)
    wrong += post_mismatches(client, world, users, persona)
    assert not wrong, f"{persona}:\n" + "\n".join(wrong)


def test_an_anonymous_post_is_sent_to_sign_in_and_changes_nothing(world, users):
    # Covered for every URL above; this pins one case in plain words.
    client = client_for(users[ANONYMOUS])
    before = snapshot()
    response = client.post(f"/evidence/{world.item.pk}/edit/", {"title": "Anonymous"})
    assert answer(response) == table.SIGN_IN
    assert differences(before, snapshot()) == []


# Recording a departure as approved belongs to PCC office staff --------------------------------


@pytest.mark.parametrize("persona", sorted(table.EDITORS))
def test_analysts_and_reviewers_cannot_record_a_departure_as_approved(world, users, persona):
    url = f"/periods/{world.period.pk}/departures/new/"
    client = client_for(users[persona])
    data = table._departure_new(world, client.get(url).content.decode()) | table.APPROVAL
    before = snapshot()
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Only PCC office staff can approve or end a departure" in response.content.decode()
    assert differences(before, snapshot()) == []
