"""Security events go to the "sprcompliance.security" logger: failed sign-ins (never the
password), lockouts, ended sessions and refused requests."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.accounts.helpers import past_idle_limit, shift

pytestmark = pytest.mark.django_db

LOGGER = "sprcompliance.security"
URL = "/accounts/login/"
SECRET = "Guess-this-secret-7"


@pytest.fixture
def security_log(caplog):
    caplog.set_level(logging.INFO, logger=LOGGER)
    return caplog


def records(caplog, event):
    return [
        r for r in caplog.records if r.name == LOGGER and r.getMessage().startswith(event + " ")
    ]


def test_a_failed_sign_in_logs_the_username_and_address_but_not_the_password(
    client, analyst, security_log
):
    client.post(URL, {"username": "analyst", "password": SECRET}, REMOTE_ADDR="203.0.113.9")
    [record] = records(security_log, "sign_in_failed")
    assert record.levelno == logging.WARNING
    assert record.getMessage() == "sign_in_failed username=analyst ip=203.0.113.9"
    assert SECRET not in security_log.text


def test_a_failed_sign_in_for_an_unknown_username_is_logged_the_same_way(client, security_log):
    client.post(URL, {"username": "ghost", "password": SECRET}, REMOTE_ADDR="203.0.113.9")
    [record] = records(security_log, "sign_in_failed")
    assert record.getMessage() == "sign_in_failed username=ghost ip=203.0.113.9"


def test_a_username_cannot_forge_log_lines(client, security_log):
    client.post(URL, {"username": "x\nsigned_in user=admin", "password": SECRET})
    [record] = records(security_log, "sign_in_failed")
    assert "\n" not in record.getMessage()
    assert "username='x?signed_in user=admin'" in record.getMessage()


def test_a_lockout_is_logged_once_then_each_refusal(client, analyst, settings, security_log):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(URL, {"username": "analyst", "password": SECRET}, REMOTE_ADDR="203.0.113.9")
    [locked] = records(security_log, "locked_out")
    assert locked.levelno == logging.WARNING
    assert locked.getMessage() == (
        f"locked_out username=analyst ip=203.0.113.9 failures={settings.AXES_FAILURE_LIMIT}"
    )
    client.post(
        URL,
        {"username": "analyst", "password": "a-long-test-passphrase"},
        REMOTE_ADDR="203.0.113.9",
    )
    [refused] = records(security_log, "sign_in_refused_locked_out")
    assert refused.getMessage() == "sign_in_refused_locked_out username=analyst ip=203.0.113.9"


def test_a_sign_in_is_logged(client, analyst, security_log):
    client.post(
        URL,
        {"username": "analyst", "password": "a-long-test-passphrase"},
        REMOTE_ADDR="203.0.113.9",
    )
    [record] = records(security_log, "signed_in")
    assert record.getMessage() == "signed_in user=analyst ip=203.0.113.9"
    assert record.levelno == logging.INFO


def test_a_permission_denial_logs_user_path_and_method(client, board_member, security_log):
    client.force_login(board_member)
    response = client.get("/evidence/?q=secret", REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 403
    [record] = records(security_log, "permission_denied")
    assert record.levelno == logging.WARNING
    assert record.getMessage() == (
        "permission_denied user=board method=GET path=/evidence/ ip=203.0.113.9"
    )


def test_a_refused_post_is_logged_with_its_method(client, board_member, security_log):
    client.force_login(board_member)
    assert client.post("/evidence/new/", {}).status_code == 403
    [record] = records(security_log, "permission_denied")
    assert "method=POST path=/evidence/new/" in record.getMessage()


def test_the_403_page_is_styled_and_says_what_to_do(client, board_member):
    client.force_login(board_member)
    body = client.get("/evidence/").content.decode()
    assert "govuk-heading-l" in body
    assert "You cannot do this" in body


def test_pages_that_are_allowed_log_no_denial(client, analyst, security_log):
    client.force_login(analyst)
    assert client.get("/evidence/").status_code == 200
    assert not records(security_log, "permission_denied")


def test_an_expired_session_is_logged(client, analyst, settings, security_log):
    client.force_login(analyst)
    shift(client, last_activity=past_idle_limit(settings))
    client.get("/")
    [record] = records(security_log, "session_expired")
    assert "user=analyst reason=inactivity" in record.getMessage()


def test_deactivation_logs_the_sessions_it_ended(client, analyst, security_log):
    client.force_login(analyst)
    analyst.is_active = False
    analyst.save()
    [record] = records(security_log, "sessions_ended")
    assert record.getMessage() == "sessions_ended user=analyst sessions=1"


def test_the_security_log_reaches_stderr_with_the_real_configuration():
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(DJANGO_SETTINGS_MODULE="sprcompliance.settings", DJANGO_DEBUG="1")
    probe = (
        "import django, logging; django.setup(); "
        "logging.getLogger('sprcompliance.security').info('probe_event user=x')"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=Path(__file__).resolve().parents[2],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "INFO sprcompliance.security: probe_event user=x" in result.stderr
    assert result.stdout == ""
