"""People with a password change their own: the current one first, the new one under the
password rules; this session stays signed in, their others end, and the security log says so."""

import logging

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

URL = "/accounts/password/"
CURRENT = "a-long-test-passphrase"  # tests/factories.py
NEW = "quiet harbour lantern meadow"


def change(client, current=CURRENT, new=NEW, again=None):
    data = {"old_password": current, "new_password1": new, "new_password2": again or new}
    return client.post(URL, data)


@pytest.fixture
def security_log(caplog):
    caplog.set_level(logging.INFO, logger="sprcompliance.security")
    return caplog


def test_the_page_is_linked_from_the_header(client, board_member):
    client.force_login(board_member)
    assert f'href="{URL}"' in client.get("/").content.decode()
    page = client.get(URL).content.decode()
    assert '<h1 class="govuk-heading-l">Change your password</h1>' in page
    assert 'aria-current="page">Change password</a>' in page
    assert 'autocomplete="current-password"' in page
    assert page.count('autocomplete="new-password"') == 2


def test_a_person_changes_their_password_and_stays_signed_in(client, analyst, security_log):
    client.force_login(analyst)
    response = change(client)
    assert (response.status_code, response["Location"]) == (302, "/")
    analyst.refresh_from_db()
    assert analyst.check_password(NEW)
    home = client.get("/")
    assert home.status_code == 200, "this session is still signed in"
    assert "Your password has been changed." in home.content.decode()
    assert "password_changed user=analyst ip=127.0.0.1" in security_log.messages


def test_the_new_password_signs_in_and_the_old_one_does_not(client, analyst):
    client.force_login(analyst)
    change(client)
    other = Client()
    assert not other.login(username="analyst", password=CURRENT)
    assert other.login(username="analyst", password=NEW)


def test_their_other_sessions_are_sent_to_sign_in(client, analyst, reviewer):
    laptop, colleague = Client(), Client()
    laptop.force_login(analyst)
    colleague.force_login(reviewer)
    client.force_login(analyst)
    change(client)
    response = laptop.get("/evidence/")
    assert (response.status_code, response["Location"]) == (
        302,
        "/accounts/login/?next=/evidence/",
    )
    assert colleague.get("/evidence/").status_code == 200


def test_a_wrong_current_password_changes_nothing_and_is_logged(client, analyst, security_log):
    client.force_login(analyst)
    response = change(client, current="not-my-password")
    assert response.status_code == 200
    page = response.content.decode()
    assert "<title>Error: Change your password" in page
    assert "Your current password is not right. It is case-sensitive." in page
    analyst.refresh_from_db()
    assert analyst.check_password(CURRENT)
    assert (
        "password_change_refused user=analyst reason='current password not right' ip=127.0.0.1"
        in security_log.messages
    )


@pytest.mark.parametrize(
    ("new", "again", "message"),
    [
        (
            "short words",
            None,
            "This password is too short. It must contain at least 12 characters.",
        ),
        ("Password123!", None, "a common password with numbers or symbols added"),
        ("Testshire2019!", None, "made from a name, a username or the name of a force"),
        (NEW, "quiet harbour lantern", "The new passwords do not match."),
        ("", "", "Enter a new password"),
    ],
)
def test_the_password_rules_messages_are_shown_on_the_new_password(
    client, analyst, new, again, message
):
    client.force_login(analyst)
    response = change(client, new=new, again=again)
    assert response.status_code == 200
    assert message in response.content.decode()
    form = response.context["form"]
    field = "new_password2" if "do not match" in message else "new_password1"
    assert any(message in error for error in form.errors[field]), form.errors
    analyst.refresh_from_db()
    assert analyst.check_password(CURRENT)


def test_the_page_lists_the_password_rules(client, analyst):
    client.force_login(analyst)
    page = client.get(URL).content.decode()
    assert "at least 12 characters" in page


def test_an_account_without_a_password_has_no_page_and_no_link(client, analyst):
    analyst.set_unusable_password()
    analyst.save()
    client.force_login(analyst)
    assert URL not in client.get("/").content.decode()
    assert client.get(URL).status_code == 404
    assert change(client).status_code == 404


def test_someone_not_signed_in_is_sent_to_sign_in(client):
    response = client.get(URL)
    assert (response.status_code, response["Location"]) == (
        302,
        f"/accounts/login/?next={URL}",
    )
