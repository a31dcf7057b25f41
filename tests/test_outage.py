"""With the database unreachable or read-only: the health check says so (503, no cookie), pages
answer 503 "try again shortly" with what was typed, and any other failure a plain 500 page.

Each outage is real: a process whose database is an unreachable PostgreSQL address, or an
SQLite file opened read-only, asked through Django's test client with debug off.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError
from django.test import RequestFactory
from django.urls import get_resolver

from sprcompliance.outage import server_error
from tests.html_check import html_errors

ROOT = Path(__file__).resolve().parent.parent
UNREACHABLE_POSTGRES = "postgres://postgres@127.0.0.1:9/nothing_listens_here"
PASSWORD = "a-typed-password-never-shown"

# Run in a child process with its own database settings: asks each (method, path, data) with a
# session cookie, as a signed-in person would, and prints what came back.
CLIENT = """
import json, sys
from django.conf import settings
if sys.argv[1]:
    settings.DATABASES["default"]["NAME"] = sys.argv[1]
import django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
client.cookies["sessionid"] = "a" * 32
answers = []
for method, path, data in json.loads(sys.argv[2]):
    response = getattr(client, method)(path, data or {})
    answers.append({
        "status": response.status_code,
        "headers": dict(response.items()),
        "cookies": {name: morsel.value for name, morsel in response.cookies.items()},
        "body": response.content.decode(),
    })
print(json.dumps(answers))
"""

REQUESTS = [
    ("get", "/healthz", None),
    ("get", "/", None),
    ("post", "/accounts/login/", {"username": "analyst", "password": PASSWORD}),
]


def ask(database_url: str, database_name: str = "") -> list[dict]:
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url,
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-c", CLIENT, database_name, json.dumps(REQUESTS)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


@pytest.fixture(scope="module")
def read_only_sqlite(tmp_path_factory) -> tuple[str, str]:
    """A migrated SQLite file, and the name that opens it read-only."""
    path = tmp_path_factory.mktemp("readonly") / "db.sqlite3"
    url = f"sqlite:///{path}"
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "DATABASE_URL": url}
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"],
        cwd=ROOT,
        env=environment,
        check=True,
        timeout=300,
    )
    return url, f"file:{path}?mode=ro"


def assert_health_check_fails(healthz: dict) -> None:
    assert healthz["status"] == 503
    assert healthz["body"] == "database unavailable or read-only\n"
    assert healthz["cookies"] == {}, "no session or CSRF cookie"


def assert_try_again_page(answer: dict) -> None:
    assert answer["status"] == 503
    assert answer["headers"]["Retry-After"] == "30"
    assert "no-store" in answer["headers"]["Cache-Control"]
    assert not answer["cookies"].get("sessionid"), "no session is given out"
    assert "Sorry, the service is unavailable" in answer["body"]
    assert "Traceback" not in answer["body"] and "Error" not in answer["body"]


def assert_what_was_typed_is_shown(posted: dict) -> None:
    # To be copied to safety; the password never comes back.
    assert "readonly>analyst</textarea>" in posted["body"]
    assert PASSWORD not in posted["body"]


def test_an_unreachable_postgresql_gives_503s_and_a_failing_health_check():
    healthz, page, posted = ask(UNREACHABLE_POSTGRES)
    assert_health_check_fails(healthz)
    assert_try_again_page(page)
    assert_try_again_page(posted)
    assert_what_was_typed_is_shown(posted)


def test_a_read_only_sqlite_file_gives_503s_and_a_failing_health_check(read_only_sqlite):
    url, read_only = read_only_sqlite
    healthz, page, posted = ask(url, read_only)
    assert_health_check_fails(healthz)
    # Reading still works (the unknown session is dropped, so to the sign-in page): only
    # saving fails, here signing in.
    assert page["status"] == 302
    assert_try_again_page(posted)
    assert_what_was_typed_is_shown(posted)


def test_the_same_file_writable_is_healthy(read_only_sqlite):
    url, _ = read_only_sqlite
    healthz, page, posted = ask(url)
    assert (healthz["status"], healthz["body"]) == (200, "ok\n")
    assert posted["status"] == 200 and "The username or password is not right" in posted["body"]


def test_any_other_failure_gets_a_plain_500_page_that_names_nothing_of_it():
    assert get_resolver().resolve_error_handler(500) is server_error
    request = RequestFactory().post("/evidence/new/", {"title": "Exercise Unity", "token": "s3"})
    try:
        raise ValueError("secret detail of the failure")
    except ValueError:
        response = server_error(request)
    body = response.content.decode()
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in body
    assert "secret detail" not in body and "ValueError" not in body
    assert "readonly>Exercise Unity</textarea>" in body and "s3" not in body
    assert "Retry-After" not in response


def test_the_500_and_503_pages_are_valid_html():
    request = RequestFactory().post("/", {"narrative": "A paragraph being written."})
    try:
        raise ValueError
    except ValueError:
        pages = {"500": server_error(request).content}
    try:
        raise OperationalError
    except OperationalError:
        pages["503"] = server_error(request).content
    assert html_errors(pages) == {}
