"""Signing in and out in the browser, and the demo's sign-ins."""

import io

from django.core.management import call_command

from reports.services import paper_issue
from sprcompliance.accounts.models import User
from threats.models import ReportingPeriod

DEMO_PASSWORD = "midshire-demo-2019"


class Site:
    """A live server over data that lives for one test module."""

    def __init__(self, server):
        self.server = server

    def url(self, path: str) -> str:
        return self.server.url + path


def load_demo() -> None:
    """The demo, with last year's paper issued so that board members have one to read.

    seed_demo refuses to run with DEBUG off (as the test settings have it): --allow-production
    is the documented way past that. The paper is issued here rather than by seed_demo so that
    these tests do not depend on the demo meeting every readiness rule.
    """
    call_command("seed_demo", allow_production=True, no_issue=True, stdout=io.StringIO())
    period = ReportingPeriod.objects.get(label="2018/19")
    paper_issue(
        period=period,
        user=User.objects.get(username="pccstaff"),
        override_reason="Issued to the board as it stood at the March 2019 meeting.",
    )


def sign_in(page, site: Site, username: str, password: str = DEMO_PASSWORD) -> None:
    page.goto(site.url("/accounts/login/"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def sign_out(page) -> None:
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/accounts/login/**")
