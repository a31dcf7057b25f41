"""Start-up with production settings refuses unsafe configuration with a clear message.

Each case starts a fresh Python process with the real settings module and a controlled
environment, as a deployment would.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = "k" * 20 + "-production-like-secret-key-" + "z" * 20


def start(*command, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key not in ("DATABASE_URL", "BACKUP_SIGNING_KEY")
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="sprcompliance.settings")
    return subprocess.run(
        [sys.executable, "manage.py", *(command or ["check"])],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_debug_off_refuses_a_missing_secret_key():
    result = start(DJANGO_ALLOWED_HOSTS="spr.example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off" in result.stderr


def test_debug_is_off_unless_set():
    result = start()
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_debug_off_refuses_missing_allowed_hosts():
    result = start(DJANGO_SECRET_KEY=GOOD_KEY)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr


@pytest.mark.parametrize(
    "key", ["short-key", "local-demo-only-insecure-key-never-use-in-production-9f2c41d07b"]
)
def test_debug_off_refuses_a_weak_or_demo_secret_key(key):
    result = start(DJANGO_SECRET_KEY=key, DJANGO_ALLOWED_HOSTS="spr.example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is unsafe for production" in result.stderr


@pytest.mark.parametrize("backup_key", ["short-backup-key", GOOD_KEY])
def test_debug_off_refuses_a_weak_backup_signing_key_or_the_secret_key(backup_key):
    result = start(
        DJANGO_SECRET_KEY=GOOD_KEY,
        DJANGO_ALLOWED_HOSTS="spr.example.org",
        BACKUP_SIGNING_KEY=backup_key,
    )
    assert result.returncode != 0
    assert "BACKUP_SIGNING_KEY is unsafe for production" in result.stderr


def test_the_demo_derives_a_backup_signing_key_from_its_secret_key():
    result = start(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.BACKUP_SIGNING_KEY)",
        DJANGO_DEBUG="1",
    )
    assert result.returncode == 0, result.stderr
    key = result.stdout.splitlines()[-1]
    assert len(key) == 64 and "demo" not in key


def test_debug_off_starts_with_a_proper_key_and_hosts():
    result = start(DJANGO_SECRET_KEY=GOOD_KEY, DJANGO_ALLOWED_HOSTS="spr.example.org")
    assert result.returncode == 0, result.stderr


def test_the_local_demo_starts_with_no_configuration():
    result = start(DJANGO_DEBUG="1")
    assert result.returncode == 0, result.stderr


def test_a_misspelt_boolean_is_refused_rather_than_guessed():
    result = start(DJANGO_DEBUG="ture")
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be one of" in result.stderr


def test_an_unreadable_database_url_is_refused():
    result = start(DJANGO_DEBUG="1", DATABASE_URL="nosuchdb://x")
    assert result.returncode != 0
    assert "DATABASE_URL could not be read" in result.stderr


# The production environment the deployment check is run with (README, "Security").
PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "spr.example.police.uk",
    "DJANGO_SECURE_SSL_REDIRECT": "1",
}


def deploy_check(**env):
    return start("check", "--deploy", "--fail-level", "WARNING", **{**PRODUCTION, **env})


def test_the_deployment_check_passes_in_production():
    result = deploy_check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("env", "warning"),
    [
        ({"DJANGO_SECURE_SSL_REDIRECT": "0"}, "security.W008"),
        ({"DJANGO_HSTS_SECONDS": "0"}, "security.W004"),
        ({"DJANGO_SECURE_COOKIES": "0"}, "security.W012"),
        ({"DJANGO_HSTS_PRELOAD": "0"}, "security.W021"),
    ],
)
def test_the_deployment_check_fails_on_an_unsafe_setting(env, warning):
    result = deploy_check(**env)
    assert result.returncode != 0
    assert warning in result.stderr


def test_the_local_demo_runs_over_plain_http():
    result = start(
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS)",
        DJANGO_DEBUG="1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["False", "False", "0"]


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DJANGO_LOGIN_FAILURE_LIMIT": "0"}, "DJANGO_LOGIN_FAILURE_LIMIT must be at least 1"),
        ({"DJANGO_LOGIN_COOLOFF_MINUTES": "soon"}, "DJANGO_LOGIN_COOLOFF_MINUTES must be a whole"),
        ({"DJANGO_TRUSTED_PROXY_COUNT": "-1"}, "DJANGO_TRUSTED_PROXY_COUNT must be at least 0"),
        ({"DJANGO_SESSION_IDLE_MINUTES": "0"}, "DJANGO_SESSION_IDLE_MINUTES must be at least 1"),
        (
            {"DJANGO_SESSION_IDLE_MINUTES": "700", "DJANGO_SESSION_MAX_HOURS": "10"},
            "must not be longer than DJANGO_SESSION_MAX_HOURS",
        ),
    ],
)
def test_unusable_sign_in_and_session_limits_are_refused(env, message):
    result = start(DJANGO_DEBUG="1", **env)
    assert result.returncode != 0
    assert message in result.stderr
