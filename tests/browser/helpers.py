"""Signing in and out in the browser, and the demo's sign-ins."""

from demo.loader import load_demo as _load_demo
from demo.management.commands.seed_demo import DEFAULT_DEMO_PASSWORD as DEMO_PASSWORD


class Site:
    """A live server over data that lives for one test module."""

    def __init__(self, server):
        self.server = server

    def url(self, path: str) -> str:
        return self.server.url + path


def load_demo() -> None:
    """The demo as seed_demo loads it (last year's paper issued, so board members have one to
    read), with the default password whatever DEMO_PASSWORD says."""
    _load_demo(password=DEMO_PASSWORD)


def sign_in(page, site: Site, username: str, password: str = DEMO_PASSWORD) -> None:
    page.goto(site.url("/accounts/login/"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def sign_out(page) -> None:
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/accounts/login/**")
