"""Browser tests: Playwright driving Debian's Chromium against a live server.

Each test module gets one live server and one set of data (the demo, or a few factories),
loaded once and removed when the module ends, because loading the demo takes seconds and
most tests only read it. The database is put back as the migrations left it, so tests that
run later in the same worker see the roles and SPR editions they expect.

Screenshots of failing tests are kept in test-results/ (pytest-playwright's
`--screenshot only-on-failure --output test-results`, set below unless given on the
command line).
"""

import os

# Playwright's sync API runs an event loop in the test's thread, so Django would take every
# query from the test for one made in async code. Set before anything touches the database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from pytest_django.live_server_helper import LiveServer  # noqa: E402

from tests.browser import axe  # noqa: E402
from tests.browser.helpers import Site, load_demo  # noqa: E402
from tests.db import migrated_rows, restore_migrated_rows  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_configure(config):
    # Keep a screenshot of every failing browser test (test-results/ is git-ignored).
    if getattr(config.option, "screenshot", "off") == "off":
        config.option.screenshot = "only-on-failure"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # `playwright install` cannot download browsers here: use the system's Chromium.
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def axe_source() -> str:
    return axe.source()


@pytest.fixture(scope="module")
def site_factory(django_db_setup, django_db_blocker, tmp_path_factory):
    """Start a module's live server after `load` has filled the database; undo both after."""

    started = []

    def start(load) -> Site:
        django_db_blocker.unblock()
        baseline = migrated_rows()
        media = tmp_path_factory.mktemp("media")
        overrides = override_settings(MEDIA_ROOT=media)
        overrides.enable()
        started.append((baseline, overrides, None))
        load()
        server = LiveServer("127.0.0.1")
        server._live_server_modified_settings.enable()
        started[-1] = (baseline, overrides, server)
        return Site(server)

    yield start

    for baseline, overrides, server in started:
        if server is not None:
            server._live_server_modified_settings.disable()
            server.stop()
        overrides.disable()
        restore_migrated_rows(baseline)
        django_db_blocker.restore()


@pytest.fixture(scope="module")
def demo_site(site_factory) -> Site:
    """The Midshire demo (two periods, last year's paper issued) behind a live server."""
    return site_factory(load_demo)
