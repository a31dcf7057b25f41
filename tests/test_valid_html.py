"""Every page is valid HTML: each distinct page the permission matrix's walk opens (every
persona's GETs and POSTs, tests/matrix_client.py), each form it fills in sent back empty and
re-displayed with its errors, the sign-in form with errors and a page not found, checked in one
run of the Nu HTML Checker (tests/html_check.py). Redirects, empty answers, files, CSV, XLSX
and PDFs are not HTML pages and are left out.
"""

import re

import pytest
from django.db import transaction

from tests.html_check import describe, html_errors, same_page
from tests.matrix_client import (
    client_for,
    content_of,
    finish,
    form_page,
    get_visits,
    path_for,
    post_visits,
    product_routes,
    senders,
)
from tests.matrix_data import ANALYST, ANONYMOUS, CHANGED, HTML, OK, PERSONAS, make_personas
from tests.matrix_world import build_world

pytestmark = pytest.mark.django_db

ERROR_SUMMARY = b'class="govuk-error-summary"'
PASSWORD = "/accounts/password/"
# A wrong current password, and a new one the password rules refuse, typed differently twice.
WEAK = {"old_password": "wrong", "new_password1": "Password123!", "new_password2": "Password12"}


class Pages:
    """The distinct HTML pages of a walk, each named by the first request that opened it."""

    def __init__(self):
        self.pages: dict[str, bytes] = {}
        self.statuses: set[int] = set()
        self._seen: set[bytes] = set()

    def add(self, label: str, response) -> None:
        body = finish(response)
        if response.status_code in (301, 302, 303) or content_of(response) != HTML:
            return
        self.add_page(label, response.status_code, body)

    def add_page(self, label: str, status: int, body: bytes) -> None:
        if body and (key := same_page(body)) not in self._seen:
            self._seen.add(key)
            self.pages[f"{label} ({status})"] = body
            self.statuses.add(status)

    def with_errors(self) -> list[str]:
        """The pages that show a form's error summary."""
        return [label for label, body in self.pages.items() if ERROR_SUMMARY in body]


def post_undone(client, path: str, data: dict):
    """POST, read the answer, and roll back whatever it changed."""
    with transaction.atomic():
        response = client.post(path, data)
        finish(response)
        transaction.set_rollback(True)
    return response


def walk(world, users) -> Pages:
    pages, forms = Pages(), {}  # each form is read once (every POST here is rolled back)
    for persona in PERSONAS:
        client = client_for(users[persona])
        for visit in get_visits(world, persona):
            if visit.want == OK and visit.content != HTML:
                continue  # a file to download (the matrix checks that it is one)
            pages.add(f"{persona}: {visit.label}", client.get(visit.path))
        for visit in post_visits(world, users, persona, forms):
            if visit.form:  # the form, as a persona allowed to send it sees it
                pages.add_page(f"GET the form of {visit.label}", 200, visit.form.encode())
            if visit.want != CHANGED:  # a POST that works redirects: no page to check
                pages.add(f"{persona}: {visit.label}", post_undone(client, visit.path, visit.data))
    # Each form the walk fills in, sent back empty (but for the button pressed), re-displayed
    # with its errors to someone who may send it.
    for route, row in product_routes():
        if row.post is None or row.post_untested:
            continue
        for variant, post in row.payloads.items():
            persona = sorted(senders(row, post))[0]
            path = path_for(route, row, world, post)
            data = post.make(world, forms[route.name, variant])
            empty = {name: value if name == "action" else "" for name, value in data.items()}
            label = f"{persona}: POST {route.name} ({variant}, empty) {path}"
            pages.add(label, post_undone(client_for(users[persona]), path, empty))
    anonymous, analyst = client_for(users[ANONYMOUS]), client_for(users[ANALYST])
    pages.add("anonymous: POST login (empty)", post_undone(anonymous, "/accounts/login/", {}))
    # The password change form, which the walk does not send (see its row), with its errors.
    pages.add("analyst: POST password_change (empty)", post_undone(analyst, PASSWORD, {}))
    pages.add("analyst: POST password_change (weak)", post_undone(analyst, PASSWORD, WEAK))
    pages.add("analyst: GET a page that does not exist", analyst.get("/no-such-page/"))
    return pages


def test_every_page_the_walk_opens_is_valid_html(force):
    pages = walk(build_world(force, "Alphaville"), make_personas(force))
    # The walk reached pages, refusals, a page not found and forms with errors.
    assert {200, 403, 404} <= pages.statuses, pages.statuses
    assert len(pages.with_errors()) >= 10, pages.with_errors()
    errors = html_errors(pages.pages)
    assert not errors, (
        f"{len(errors)} of {len(pages.pages)} pages are not valid HTML:\n{describe(errors)}"
    )


# Each form posts one CSRF token -----------------------------------------------------------------

POST_FORM = re.compile(r"<form\b[^>]*\bmethod=\"post\"[^>]*>.*?</form>", re.DOTALL | re.IGNORECASE)


def tokens_per_form(html: str) -> list[int]:
    return [form.count('name="csrfmiddlewaretoken"') for form in POST_FORM.findall(html)]


def test_each_form_of_the_walk_posts_one_csrf_token(client, force):
    # The form helper drew a token of its own next to the template's.
    world, users = build_world(force, "Alphaville"), make_personas(force)
    pages = {"login": client.get("/accounts/login/").content.decode()}
    client.force_login(users[ANALYST])
    pages["password_change"] = client.get(PASSWORD).content.decode()
    for route, row in product_routes():
        for variant, post in row.payloads.items():
            pages[f"{route.name} ({variant})"] = form_page(world, users, route, row, post)
    wrong = {name: tokens_per_form(page) for name, page in pages.items()}
    wrong = {name: tokens for name, tokens in wrong.items() if set(tokens) != {1}}
    assert not wrong, f"Forms that post no token or more than one: {wrong}"


# The check finds what it is for ----------------------------------------------------------------

BREAKAGES = {
    # A parse error: the form helper drawing its own <form> inside the template's.
    "a form inside a form": (
        '<form method="post"><form method="post"><button>Go</button></form></form>',
        "Nested forms are not allowed",
    ),
    # Content models, which a parser alone accepts.
    "a block inside a phrase": ("<span><div>Text</div></span>", "not allowed as child"),
    "two elements with one id": ('<p id="twice">One</p><p id="twice">Two</p>', "Duplicate ID"),
    "a bad attribute value": (
        '<time datetime="2019-12-04T10:11:12.123456+00:00">4 December</time>',
        "Bad value",
    ),
}


def test_the_check_finds_errors_put_into_a_real_page(client):
    # Through the same steps as the walk's pages: a response kept by Pages, then the checker.
    pages = Pages()
    pages.add("as served", client.get("/accessibility/"))
    for breakage, (snippet, _) in BREAKAGES.items():
        response = client.get("/accessibility/")
        response.content = response.content.replace(b"</main>", snippet.encode() + b"</main>")
        pages.add(breakage, response)
    assert len(pages.pages) == 1 + len(BREAKAGES)
    errors = html_errors(pages.pages)  # one run of the checker for all of them
    assert sorted(errors) == sorted(f"{breakage} (200)" for breakage in BREAKAGES), describe(errors)
    for breakage, (_, message) in BREAKAGES.items():
        found = errors[f"{breakage} (200)"]
        assert any(message in error for error in found), describe(errors)
