"""Nobody sees another force's data: two forces with a full set of objects each, and the people
of the first asking for the second's.

Every object URL comes from walking the URL configuration (through the table in
tests/matrix_data.py), so a new view that takes an id is covered as soon as it has a row.
"""

import csv
import io
import re

import pytest
from openpyxl import load_workbook

from tests import matrix_data as table
from tests.matrix_client import (
    client_for,
    finish,
    form_page,
    objects_of,
    path_for,
    post_and_undo,
    product_routes,
    senders,
)
from tests.matrix_data import Post, Row, make_personas
from tests.matrix_world import Route, World, build_world, snapshot
from tests.reports.pdfread import pdf_pages

pytestmark = pytest.mark.django_db

OURS, THEIRS = "Alphaville", "Bravoton"
# Whom to ask with, in this order: the persona who may read most first.
PREFERRED = (
    table.PCC_STAFF,
    table.ANALYST,
    table.REVIEWER,
    table.BOARD_MEMBER,
    table.ADMINISTRATOR,
)


@pytest.fixture
def ours(force) -> World:
    return build_world(force, OURS)


@pytest.fixture
def theirs(other_force) -> World:
    return build_world(other_force, THEIRS)


@pytest.fixture
def users(force) -> dict:
    return make_personas(force)


@pytest.fixture
def their_users(other_force) -> dict:
    return make_personas(other_force)


def first_of(personas) -> str | None:
    return next((p for p in PREFERRED if p in personas), None)


def object_routes() -> list[tuple[Route, Row]]:
    """Product URLs that name an object of a force (public pages take none)."""
    return [(route, row) for route, row in product_routes() if route.params]


def crossings(route: Route, objects: dict, ours: World, theirs: World) -> list[dict]:
    """Values for the route that name another force's objects: all of them theirs, then each
    parameter theirs alone (the others ours), where the two forces' values differ."""
    mine, other = ours.values(), theirs.values()
    keys = {name: objects.get(name, name) for name in route.params}
    result = [{name: other[key] for name, key in keys.items()}]
    for swapped, key in keys.items():
        if mine[key] != other[key] and len(keys) > 1:
            result.append(
                {name: (other if name == swapped else mine)[k] for name, k in keys.items()}
            )
    return result


# Another force's object is not there: 404 -----------------------------------------------------


def test_every_object_of_another_force_answers_404_to_get_and_post(
    ours, theirs, users, their_users
):
    wrong, tried = [], 0
    for route, row in object_routes():
        reader = first_of(row.get)
        for values in crossings(route, objects_of(row), ours, theirs):
            path = route.path(values)
            response = client_for(users[reader]).get(path)
            finish(response)
            tried += 1
            if response.status_code != 404:
                wrong.append(f"GET {route.name} {path} as {reader}: {response.status_code}")
        wrong += _posts_refused(route, row, ours, theirs, users, their_users)
    assert tried >= 20, "the walk found too few object URLs"
    assert not wrong, "\n".join(wrong)


def _posts_refused(route, row, ours, theirs, users, their_users) -> list[str]:
    """Their own people's POST (built from the page they see), sent by ours: 404, no change."""
    wrong = []
    if row.post is None:
        payloads = {"any data": Post(lambda world, html: {"title": "Changed"})}
    else:
        payloads = row.payloads
    for variant, post in payloads.items():
        if row.post is None:
            sender, data, want = first_of(row.get), post.make(theirs, ""), 405
        else:
            sender = first_of(senders(row, post))
            page = form_page(theirs, their_users, route, row, post)
            data, want = post.make(theirs, page), 404
        for values in crossings(route, objects_of(row, post), ours, theirs):
            path = route.path(values)
            response, changed = post_and_undo(client_for(users[sender]), path, data)
            if response.status_code != want or changed:
                wrong.append(
                    f"POST {route.name} ({variant}) {path} as {sender}: "
                    f"{response.status_code}, changed {changed or 'nothing'}; expected {want}"
                )
    return wrong


def test_the_same_post_from_their_own_people_does_change_their_data(theirs, their_users):
    """The POSTs above would change something if they were let through."""
    wrong = []
    for route, row in object_routes():
        for variant, post in row.payloads.items():
            sender = first_of(senders(row, post))
            page = form_page(theirs, their_users, route, row, post)
            path = path_for(route, row, theirs, post)
            response, changed = post_and_undo(
                client_for(their_users[sender]), path, post.make(theirs, page)
            )
            if response.status_code != 302 or not changed:
                wrong.append(f"POST {route.name} ({variant}) {path}: {response.status_code}")
    assert not wrong, "\n".join(wrong)


# Nothing of theirs shows in our pages, lists, downloads and papers ----------------------------


def readable(response) -> str:
    """What a person could read in a response: its text, a PDF's text, a spreadsheet's cells,
    and the file name it downloads as."""
    body = finish(response)
    kind = response.get("Content-Type", "")
    name = response.get("Content-Disposition", "")
    if kind.startswith("application/pdf") and body.startswith(b"%PDF"):
        text = "\n".join(pdf_pages(body))
    elif "spreadsheetml" in kind:
        workbook = load_workbook(io.BytesIO(body), read_only=True)
        text = "\n".join(
            " ".join(str(v) for v in row if v is not None)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    else:
        text = body.decode("utf-8", errors="replace")
    return f"{name}\n{text}"


def their_paths(ours: World, theirs: World) -> set[str]:
    """Links to any of their objects."""
    paths = set()
    for route, row in object_routes():
        for post in [None, *row.payloads.values()]:
            for values in crossings(route, objects_of(row, post), ours, theirs):
                paths.add(route.path(values))
    return paths


# Pages that show no texts of the force's own records (so no marker is expected on them).
NO_OWN_TEXT = {
    "accessibility",
    "healthz",
    "home",
    "login",
    "logout",
    "password_change",
    "assessments:threat_list",
    "evidence:action_create",
    "assessments:departure_create",
    "reports:issued_list",
    "reports:period_reopen",
}


def test_no_page_or_download_shows_anything_of_another_force(ours, theirs, users):
    links = their_paths(ours, theirs)
    wrong, shows_ours = [], set()
    for route, row in product_routes():
        # Home is asked by everyone signed in (it lists the periods); the rest by one reader.
        if route.name == "home":
            askers = sorted(row.get - {table.ANONYMOUS})
        else:
            askers = [first_of(row.get) or table.ANONYMOUS]
        for persona in askers:
            response = client_for(users[persona]).get(path_for(route, row, ours))
            if response.status_code != 200:
                continue  # who may open what is the permission matrix's business
            text = readable(response)
            if THEIRS in text:
                wrong.append(f"{route.name} as {persona} shows {THEIRS}")
            leaked = sorted(p for p in links if re.search(rf'href="{re.escape(p)}["?#]', text))
            if leaked:
                wrong.append(f"{route.name} as {persona} links to their {leaked}")
            if OURS in text:
                shows_ours.add(route.name)
    assert not wrong, "\n".join(wrong)
    expected = {route.name for route, row in product_routes() if row.get} - NO_OWN_TEXT
    assert expected - shows_ours == set(), "pages that should show our own data and did not"


def test_the_register_search_and_its_exports_find_only_our_items(ours, theirs, users):
    client = client_for(users[table.ANALYST])
    found = client.get("/evidence/", {"q": OURS}).content.decode()
    assert f"{OURS} inspection report" in found
    for words in (THEIRS, f"{THEIRS} inspection report", "inspection"):
        page = client.get("/evidence/", {"q": words}).content.decode()
        # The search box shows the words searched for; the results must not.
        assert THEIRS not in re.sub(r'<input[^>]*name="q"[^>]*>', "", page), words
        rows = _csv_rows(client.get("/evidence/export.csv", {"q": words}))
        assert all(THEIRS not in cell for row in rows for cell in row), words
        sheet = readable(client.get("/evidence/export.xlsx", {"q": words}))
        assert THEIRS not in sheet, words
    # The unfiltered exports hold exactly our one item.
    body = _csv_rows(client.get("/evidence/export.csv"))
    assert [row[0] for row in body[3:-1]] == ["EV-001"]
    assert body[3][1] == f"{OURS} inspection report"


def _csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_action_list_filters_find_only_our_actions(ours, theirs, users):
    client = client_for(users[table.PCC_STAFF])
    for params in ({}, {"status": "open"}, {"threat": "terrorism"}, {"overdue": "1"}):
        page = client.get("/actions/", params).content.decode()
        assert THEIRS not in page, params
    assert f"{OURS} uplift to finish" in client.get("/actions/").content.decode()


# Their ids typed into our forms: (page, what the form sends, the field, which of theirs).
FOREIGN_CHOICES = {
    "a metric's source": (
        "/periods/{period}/threats/terrorism/measures/new/",
        table._metric_new,
        "source",
        lambda theirs: theirs.item.pk,
    ),
    "an evidence item's owner": (
        "/evidence/new/",
        table._evidence_new,
        "owner",
        lambda theirs: theirs.item.owner_id,
    ),
    "an assessment's owner": (
        "/periods/{period}/threats/terrorism/",
        table._changed("context", action="save"),
        "owner",
        lambda theirs: theirs.threat.owner_id,
    ),
}


@pytest.mark.parametrize("case", FOREIGN_CHOICES)
def test_a_form_refuses_another_forces_object_with_a_message(ours, theirs, users, case):
    url, make, field, their_choice = FOREIGN_CHOICES[case]
    client = client_for(users[table.ANALYST])
    url = url.format(period=ours.period.pk)
    data = make(ours, client.get(url).content.decode()) | {field: str(their_choice(theirs))}
    before = snapshot()
    response = client.post(url, data)
    assert response.status_code == 200
    assert 'class="govuk-error-summary' in response.content.decode()
    assert snapshot() == before
