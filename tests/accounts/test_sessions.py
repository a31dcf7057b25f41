"""Sessions end after inactivity, after an absolute lifetime, and when the user is
deactivated; the server decides, from times stored in the session."""

import datetime
import logging
import time

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from accounts.sessions import LAST_ACTIVITY, SIGNED_IN_AT, user_sessions_end
from tests.accounts.helpers import past_idle_limit, shift
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MINUTE = 60
HOUR = 60 * MINUTE


def test_signing_in_records_when(client, analyst):
    before = time.time()
    client.post("/accounts/login/", {"username": "analyst", "password": "a-long-test-passphrase"})
    session = client.session
    assert before <= session[SIGNED_IN_AT] <= time.time()
    assert session[LAST_ACTIVITY] == session[SIGNED_IN_AT]


def test_a_recently_active_session_carries_on(client, analyst, settings):
    client.force_login(analyst)
    shift(client, last_activity=settings.SESSION_IDLE_TIMEOUT.total_seconds() - MINUTE)
    assert client.get("/").status_code == 200
    assert time.time() - client.session[LAST_ACTIVITY] < 5, "the request counts as activity"


def test_requests_within_a_minute_do_not_rewrite_the_session(client, analyst):
    client.force_login(analyst)
    shift(client, last_activity=10)
    stored = client.session[LAST_ACTIVITY]
    assert client.get("/").status_code == 200
    assert client.session[LAST_ACTIVITY] == stored


def test_an_idle_session_ends_with_a_message(client, analyst, settings):
    client.force_login(analyst)
    session_key = client.session.session_key
    shift(client, last_activity=past_idle_limit(settings))
    response = client.get("/evidence/?q=radio")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/evidence/%3Fq%3Dradio"
    assert not Session.objects.filter(session_key=session_key).exists()
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "you had not used the service for 30 minutes" in page.content.decode()
    assert not page.wsgi_request.user.is_authenticated


def test_a_session_ends_after_its_absolute_lifetime_even_when_active(client, analyst, settings):
    client.force_login(analyst)
    shift(client, signed_in=settings.SESSION_MAX_AGE.total_seconds() + 1, last_activity=5)
    response = client.get("/", follow=True)
    assert response.redirect_chain[0] == ("/accounts/login/?next=/", 302)
    assert "you signed in more than 10 hours ago" in response.content.decode()
    assert client.get("/").status_code == 302, "still signed out"


def test_an_expired_session_posting_a_form_goes_to_sign_in_without_a_next(
    client, analyst, settings
):
    client.force_login(analyst)
    shift(client, last_activity=past_idle_limit(settings))
    response = client.post("/accounts/logout/")
    assert (response.status_code, response["Location"]) == (302, "/accounts/login/")


def test_an_active_user_is_never_signed_out_before_the_timeout_since_their_last_request(
    client, analyst, settings
):
    client.force_login(analyst)
    # A request 59 seconds after the stored time, which it leaves as it is...
    shift(client, last_activity=MINUTE - 1)
    stored = client.session[LAST_ACTIVITY]
    assert client.get("/").status_code == 200
    assert client.session[LAST_ACTIVITY] == stored
    # ...then the clock moves on to a second before the timeout since that request.
    idle = settings.SESSION_IDLE_TIMEOUT.total_seconds() - 1
    shift(client, last_activity=time.time() - stored + idle)
    assert client.get("/").status_code == 200, "signed out before the timeout had passed"


def test_the_limits_come_from_settings(client, analyst, settings):
    settings.SESSION_IDLE_TIMEOUT = datetime.timedelta(minutes=5)
    client.force_login(analyst)
    shift(client, last_activity=past_idle_limit(settings))
    response = client.get("/", follow=True)
    assert "you had not used the service for 5 minutes" in response.content.decode()


def test_a_session_without_the_times_starts_counting_now(client, analyst):
    client.force_login(analyst)
    session = client.session
    del session[SIGNED_IN_AT], session[LAST_ACTIVITY]
    session.save()
    assert client.get("/").status_code == 200
    assert time.time() - client.session[SIGNED_IN_AT] < 5


def test_a_session_from_before_a_password_change_is_sent_to_sign_in(client, analyst, caplog):
    caplog.set_level(logging.INFO, logger="sprcompliance.security")
    client.force_login(analyst)
    analyst.set_password("another long test passphrase")
    analyst.save()
    response = client.get("/evidence/")
    assert (response.status_code, response["Location"]) == (
        302,
        "/accounts/login/?next=/evidence/",
    )
    assert f"session_refused user_id={analyst.pk} ip=127.0.0.1" in caplog.messages


class TestDeactivation:
    def test_deactivating_a_user_ends_all_their_sessions_at_once(self, analyst, reviewer):
        laptop, phone, colleague = Client(), Client(), Client()
        laptop.force_login(analyst)
        phone.force_login(analyst)
        colleague.force_login(reviewer)
        assert Session.objects.count() == 3

        analyst.is_active = False
        analyst.save()

        assert Session.objects.count() == 1
        assert laptop.get("/").status_code == 302
        assert phone.get("/").status_code == 302
        assert colleague.get("/").status_code == 200

    def test_deactivating_in_the_admin_ends_their_sessions(self, client, analyst, force):
        admin = UserFactory(username="root", force=force, is_staff=True, is_superuser=True)
        victim = Client()
        victim.force_login(analyst)
        client.force_login(admin)
        url = f"/admin/accounts/user/{analyst.pk}/change/"
        data = admin_form_data(client.get(url))
        data.pop("is_active")
        response = client.post(url, data)
        assert response.status_code == 302, response.context["adminform"].form.errors
        analyst.refresh_from_db()
        assert not analyst.is_active
        assert victim.get("/").status_code == 302
        assert client.get("/").status_code == 200, "the administrator's own session stays"

    def test_an_inactive_users_old_session_is_refused_even_if_not_deleted(self, client, analyst):
        client.force_login(analyst)
        session_key = client.session.session_key
        # update() sends no signal, so nothing deleted the session.
        type(analyst).objects.filter(pk=analyst.pk).update(is_active=False)
        assert Session.objects.filter(session_key=session_key).exists()
        response = client.get("/")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
        assert not Session.objects.filter(session_key=session_key).exists()

    def test_saving_an_active_user_leaves_sessions_alone(self, client, analyst):
        client.force_login(analyst)
        analyst.job_title = "Senior analyst"
        analyst.save()
        assert client.get("/").status_code == 200

    def test_ending_sessions_counts_only_that_users(self, analyst, reviewer):
        Client().force_login(analyst)
        Client().force_login(reviewer)
        assert user_sessions_end(user=analyst) == 1
        assert Session.objects.count() == 1


def admin_form_data(response) -> dict:
    """The admin change form's current values, as the browser would post them."""
    data = {}
    for field in response.context["adminform"].form:
        value = field.value()
        widget = field.field.widget
        if hasattr(widget, "widgets"):  # split date and time
            values = widget.decompress(value)
            for index, (sub, part) in enumerate(zip(widget.widgets, values, strict=True)):
                data[f"{field.html_name}_{index}"] = sub.format_value(part) or ""
        elif isinstance(value, list | tuple):
            data[field.html_name] = [str(v) for v in value]
        elif isinstance(value, bool):
            if value:
                data[field.html_name] = "on"
        elif value is not None:
            data[field.html_name] = value
    return data
