"""Start-up with production settings refuses unsafe configuration with a clear message.

Each case starts a fresh Python process with the real settings module and a controlled
environment, as a deployment would.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = "k" * 20 + "-production-like-secret-key-" + "z" * 20


def start(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key != "DATABASE_URL"
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="sprcompliance.settings")
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
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
