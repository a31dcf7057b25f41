"""Sign-in throttling: a username is locked out from one client address after repeated
failures, for a cool-off, without locking out anyone else."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import authenticate
from django.db.models import F

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/accounts/login/"
PASSWORD = "a-long-test-passphrase"
OFFICE = "198.51.100.10"
ELSEWHERE = "198.51.100.20"


def sign_in(client, username, password, ip=OFFICE, **headers):
    return client.post(URL, {"username": username, "password": password}, REMOTE_ADDR=ip, **headers)


def fail(client, username, times, ip=OFFICE, **headers):
    return [sign_in(client, username, "not-the-password", ip, **headers) for _ in range(times)]


def signed_in(response) -> bool:
    return response.status_code == 302 and response["Location"] == "/"


def test_failures_below_the_limit_only_say_the_password_is_wrong(client, analyst, settings):
    responses = fail(client, "analyst", settings.AXES_FAILURE_LIMIT - 1)
    assert [r.status_code for r in responses] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    assert "The username or password is not right" in responses[-1].content.decode()
    assert signed_in(sign_in(client, "analyst", PASSWORD))


def test_the_limit_locks_the_username_from_that_address_even_with_the_right_password(
    client, analyst, settings
):
    responses = fail(client, "analyst", settings.AXES_FAILURE_LIMIT)
    assert responses[-1].status_code == 429, "the failure that reaches the limit locks"
    response = sign_in(client, "analyst", PASSWORD)
    assert response.status_code == 429
    assert not response.wsgi_request.user.is_authenticated
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_is_the_sign_in_page_with_a_clear_message(client, analyst, settings):
    response = fail(client, "analyst", settings.AXES_FAILURE_LIMIT)[-1]
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/html")
    assert "<title>Error: Sign in" in body
    assert "govuk-error-summary" in body
    assert "Sign-in is paused for this username" in body
    assert f"Wait {settings.LOGIN_COOLOFF_MINUTES} minutes, then try again" in body
    assert 'name="username"' in body and 'name="password"' in body
    assert "Traceback" not in body and "AxesBackend" not in body
    assert "nonce-" in response["Content-Security-Policy"]


def test_an_unknown_username_gets_the_same_lockout_so_it_reveals_nothing(client, analyst, settings):
    known = fail(client, "analyst", settings.AXES_FAILURE_LIMIT)[-1]
    unknown = fail(client, "nobody-by-this-name", settings.AXES_FAILURE_LIMIT)[-1]
    assert known.status_code == unknown.status_code == 429

    def summary(response):
        body = response.content.decode()
        return body[body.index('class="govuk-error-summary"') : body.index("<h1")]

    assert "Sign-in is paused" in summary(known)
    assert summary(known) == summary(unknown)


def test_another_address_can_still_sign_in_as_that_user(client, analyst, settings):
    fail(client, "analyst", settings.AXES_FAILURE_LIMIT)
    assert sign_in(client, "analyst", PASSWORD, ip=OFFICE).status_code == 429
    assert signed_in(sign_in(client, "analyst", PASSWORD, ip=ELSEWHERE))


def test_another_username_can_still_sign_in_from_that_address(client, analyst, settings):
    UserFactory(username="colleague", force=analyst.force)
    fail(client, "analyst", settings.AXES_FAILURE_LIMIT)
    assert signed_in(sign_in(client, "colleague", PASSWORD, ip=OFFICE))


def test_failures_across_usernames_do_not_add_up(client, analyst, settings):
    # The lockout is per username and address together, not per address alone.
    for n in range(settings.AXES_FAILURE_LIMIT + 2):
        sign_in(client, f"guess{n}", "not-the-password")
    assert signed_in(sign_in(client, "analyst", PASSWORD))


def test_the_lockout_ends_after_the_cool_off(client, analyst, settings):
    fail(client, "analyst", settings.AXES_FAILURE_LIMIT)
    assert sign_in(client, "analyst", PASSWORD).status_code == 429
    # Move the recorded failures back to just before the cool-off began.
    AccessAttempt.objects.update(
        attempt_time=F("attempt_time")
        - datetime.timedelta(minutes=settings.LOGIN_COOLOFF_MINUTES, seconds=1)
    )
    assert signed_in(sign_in(client, "analyst", PASSWORD))


def test_attempts_during_the_lockout_do_not_extend_it(client, analyst, settings):
    fail(client, "analyst", settings.AXES_FAILURE_LIMIT)
    locked_at = AccessAttempt.objects.get().attempt_time
    fail(client, "analyst", 3)
    sign_in(client, "analyst", PASSWORD)
    attempt = AccessAttempt.objects.get()
    assert attempt.attempt_time == locked_at
    assert attempt.failures_since_start == settings.AXES_FAILURE_LIMIT


def test_a_successful_sign_in_clears_earlier_failures(client, analyst, settings):
    fail(client, "analyst", settings.AXES_FAILURE_LIMIT - 1)
    assert signed_in(sign_in(client, "analyst", PASSWORD))
    assert not AccessAttempt.objects.exists()


def test_the_limit_comes_from_settings(client, analyst, settings):
    settings.AXES_FAILURE_LIMIT = 2
    assert fail(client, "analyst", 2)[-1].status_code == 429


def test_failed_attempts_store_no_password(client, analyst):
    fail(client, "analyst", 1)
    attempt = AccessAttempt.objects.get()
    assert "not-the-password" not in attempt.post_data
    assert (attempt.username, attempt.ip_address) == ("analyst", OFFICE)


def test_sign_ins_without_a_request_are_not_throttled(client, analyst, settings):
    # The test client's login(), the shell and management commands pass no request: there is
    # no client address to throttle, and django-axes's own backend would raise instead.
    fail(client, "analyst", settings.AXES_FAILURE_LIMIT)
    assert authenticate(username="analyst", password=PASSWORD) == analyst
    assert client.login(username="analyst", password=PASSWORD)


class TestBehindAProxy:
    PROXY = "10.0.0.2"

    def test_the_forwarded_header_is_ignored_unless_a_proxy_is_configured(
        self, client, analyst, settings
    ):
        settings.TRUSTED_PROXY_COUNT = 0
        for n in range(settings.AXES_FAILURE_LIMIT):
            # A client cannot escape the lockout by inventing a new address each time.
            sign_in(client, "analyst", "wrong", ip=OFFICE, HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
        response = sign_in(client, "analyst", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.99")
        assert response.status_code == 429
        assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {OFFICE}

    def test_with_a_proxy_the_client_address_it_forwarded_is_used(self, client, analyst, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        fail(
            client,
            "analyst",
            settings.AXES_FAILURE_LIMIT,
            ip=self.PROXY,
            HTTP_X_FORWARDED_FOR=OFFICE,
        )
        assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {OFFICE}
        locked = sign_in(client, "analyst", PASSWORD, ip=self.PROXY, HTTP_X_FORWARDED_FOR=OFFICE)
        assert locked.status_code == 429
        # Everyone comes through the same proxy, but someone elsewhere is not locked out.
        other = sign_in(client, "analyst", PASSWORD, ip=self.PROXY, HTTP_X_FORWARDED_FOR=ELSEWHERE)
        assert signed_in(other)

    def test_with_a_proxy_a_forged_leftmost_entry_does_not_escape_the_lockout(
        self, client, analyst, settings
    ):
        settings.TRUSTED_PROXY_COUNT = 1
        fail(
            client,
            "analyst",
            settings.AXES_FAILURE_LIMIT,
            ip=self.PROXY,
            HTTP_X_FORWARDED_FOR=OFFICE,
        )
        # The client sent "X-Forwarded-For: 192.0.2.1"; the proxy appended the real address.
        forged = sign_in(
            client, "analyst", PASSWORD, ip=self.PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.1, {OFFICE}"
        )
        assert forged.status_code == 429
