"""Requests for the access tests: the URL walk joined to the table, paths with real objects,
responses in the table's words, and POSTs that are rolled back after being looked at."""

from django.db import transaction
from django.test import Client

from tests import matrix_data as table
from tests.matrix_data import ADMIN_FAMILY, ADMIN_PREFIX, ROWS, Post, Row
from tests.matrix_world import Route, World, differences, snapshot, walk_routes

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


def post_and_undo(client, path: str, data: dict):
    """POST, see which tables changed, then roll the change back so the next case starts from
    the same data."""
    with transaction.atomic():
        before = snapshot()
        response = client.post(path, data)
        changed = differences(before, snapshot())
        transaction.set_rollback(True)
    return response, changed
