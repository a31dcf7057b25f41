"""Requests for the access tests: the URL walk joined to the table, paths with real objects,
the requests each persona makes (visits), responses in the table's words, and POSTs that are
rolled back after being looked at."""

from collections.abc import Iterator
from dataclasses import dataclass

from django.db import transaction
from django.test import Client
from django.urls import reverse

from tests import matrix_data as table
from tests.matrix_data import (
    ADMIN_ATTEMPTS,
    ADMIN_CHANGELISTS,
    ADMIN_FAMILY,
    ADMIN_PREFIX,
    ADMINISTRATOR,
    CONTENT_TYPES,
    FORBIDDEN,
    HTML,
    NEW,
    OPEN_PERIOD,
    OWN,
    ROWS,
    SUPERUSER,
    THEIR_FORCE,
    THEIR_PERSON,
    AdminAttempt,
    Elsewhere,
    Post,
    Row,
    expected_attempt,
    expected_get,
    expected_post,
)
from tests.matrix_world import Route, World, differences, main_form, snapshot, walk_routes

ROUTES = walk_routes()


def row_for(route: Route) -> Row | None:
    if route.name.startswith(ADMIN_PREFIX):
        return ADMIN_FAMILY
    return ROWS.get(route.name)


def product_routes() -> list[tuple[Route, Row]]:
    return [(r, ROWS[r.name]) for r in ROUTES if r.name in ROWS]


def admin_sample() -> list[Route]:
    """The admin's index and every change list: the family, without every add/change URL."""
    return [
        r
        for r in ROUTES
        if r.name.startswith(ADMIN_PREFIX)
        and (r.name == "admin:index" or r.name.endswith("_changelist"))
    ]


def objects_of(row: Row, post: Post | None = None) -> dict[str, str]:
    return row.objects | (post.objects if post else {})


def path_for(route: Route, row: Row, world: World, post: Post | None = None) -> str:
    values, objects = world.values(), objects_of(row, post)
    return route.path({name: values[objects.get(name, name)] for name in route.params})


def finish(response) -> bytes:
    """The body, read to the end. A streamed file is closed by the test client once read;
    closing a response again would fire request_finished and close the database connection
    mid-test (on PostgreSQL)."""
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def answer(response) -> str:
    """A response in the table's words: a status code, or where a redirect goes."""
    finish(response)
    if response.status_code in (301, 302, 303):
        where = response["Location"]
        if where.startswith("/accounts/login/?next="):
            return table.SIGN_IN
        if where.startswith("/admin/login/?next="):
            return table.ADMIN_SIGN_IN
        return f"redirect {where}"
    return str(response.status_code)


def content_of(response) -> str:
    """What a response holds, in the table's words (HTML, PDF, ...)."""
    kind = response.get("Content-Type", "").split(";")[0].strip()
    return CONTENT_TYPES.get(kind, kind)


def matches(got: str, want: str | frozenset[str]) -> bool:
    return got in want if isinstance(want, frozenset) else got == want


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def senders(row: Row, post: Post) -> frozenset[str]:
    return post.who if post.who is not None else row.post


def form_page(world: World, users: dict, route: Route, row: Row, post: Post) -> str:
    """The page of a changing view as someone allowed to send this POST sees it."""
    response = client_for(users[sorted(senders(row, post))[0]]).get(
        path_for(route, row, world, post)
    )
    assert response.status_code == 200, (route.name, response.status_code)
    return response.content.decode()


# The walk: every request of every persona, with the answer the table expects ------------------


@dataclass(frozen=True)
class Visit:
    """One request of the walk: `want` is an answer in the table's words, or CHANGED."""

    label: str  # "GET evidence:edit /evidence/3/edit/", "POST threats:dimension (approve) ..."
    path: str
    want: str | frozenset[str]
    data: dict | None = None  # what a POST sends
    form: str = ""  # the page whose form a POST fills in, as someone allowed to send it sees it
    content: str = HTML  # what a GET answers with when it answers 200
    says: str = ""  # words the answer's page must hold (a form error)


def get_visits(world: World, persona: str) -> list[Visit]:
    """Every product URL, and the admin's index and change lists."""
    visits = []
    for route, row in product_routes():
        path = path_for(route, row, world)
        want = expected_get(row, persona)
        visits.append(Visit(f"GET {route.name} {path}", path, want, content=row.content))
    for route in admin_sample():
        want = expected_get(ADMIN_FAMILY, persona)
        if persona == ADMINISTRATOR and route.name not in ("admin:index", *ADMIN_CHANGELISTS):
            want = FORBIDDEN
        visits.append(Visit(f"GET {route.name}", route.path({}), want))
    return visits


def post_visits(
    world: World, users: dict, persona: str, forms: dict | None = None
) -> Iterator[Visit]:
    """Every kind of POST each product URL takes; a reading view is sent some data anyway
    (whatever is sent, nothing may change). The form each POST fills in is read as it comes,
    or taken from `forms` (by URL name and variant), which a caller walking several personas
    over the same data passes to read each form once."""
    forms = {} if forms is None else forms
    for route, row in product_routes():
        if row.post_untested:
            continue
        if row.post is None:
            payloads = {"any data": Post(lambda world, html: {"title": "Changed"})}
        else:
            payloads = row.payloads
        for variant, post in payloads.items():
            path = path_for(route, row, world, post)
            page = ""
            if row.post is not None:
                key = (route.name, variant)
                if key not in forms:
                    forms[key] = form_page(world, users, route, row, post)
                page = forms[key]
            yield Visit(
                f"POST {route.name} ({variant}) {path}",
                path,
                expected_post(row, persona, post),
                post.make(world, page),
                form=page,
            )


def attempt_path(attempt: AdminAttempt, world: World, elsewhere: Elsewhere, sender) -> str:
    if attempt.target == NEW:
        return reverse(attempt.url)
    ids = {
        OWN: sender.pk,
        THEIR_PERSON: elsewhere.person.pk,
        THEIR_FORCE: elsewhere.force.pk,
        OPEN_PERIOD: world.period.pk,
    }
    return reverse(attempt.url, args=[ids[attempt.target]])


def attempt_visits(
    world: World, users: dict, elsewhere: Elsewhere, superuser, persona: str
) -> Iterator[Visit]:
    """Every admin attempt of the table, as `persona` (or SUPERUSER) would post it: the form as
    the superuser sees it at the same address, changed. An anonymous visitor's "own record" is
    the administrator's."""
    sender = superuser if persona == SUPERUSER else users[persona] or users[ADMINISTRATOR]
    reader = client_for(superuser)
    for name, attempt in ADMIN_ATTEMPTS.items():
        path = attempt_path(attempt, world, elsewhere, sender)
        response = reader.get(path)
        assert response.status_code == 200, (name, response.status_code)
        want, says = expected_attempt(attempt, persona)
        data = attempt.make(elsewhere, main_form(response.content.decode()))
        yield Visit(f"POST {attempt.url} ({name}) {path}", path, want, data, says=says)


def post_and_undo(client, path: str, data: dict):
    """POST, see which tables changed, then roll the change back so the next case starts from
    the same data."""
    with transaction.atomic():
        before = snapshot()
        response = client.post(path, data)
        changed = differences(before, snapshot())
        transaction.set_rollback(True)
    return response, changed
