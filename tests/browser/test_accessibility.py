"""Every main page, signed in with realistic (demo) data, has no WCAG 2.2 AA failure axe-core
can find, one h1, a skip link that moves focus to the main content, and visible focus."""

import pytest

from assessments.models import Departure
from evidence.models import EvidenceItem
from reports.models import IssuedPaper
from tests.browser import axe, checks
from tests.browser.helpers import sign_in
from threats.models import ReportingPeriod

# The data is loaded once for the module (conftest.py); the marker tells pytest-django that
# these tests use the database.
pytestmark = pytest.mark.django_db


@pytest.fixture
def browser_context_args(browser_context_args):
    # axe is injected as an inline script, which the product's CSP (rightly) refuses without a
    # nonce. Only these tests' browser ignores the CSP; the product's policy is unchanged.
    return {**browser_context_args, "bypass_csp": True}


def _period(label: str = "2019/20") -> ReportingPeriod:
    return ReportingPeriod.objects.select_related("edition").get(label=label)


def _cell_path() -> str:
    period = _period()
    threat = period.edition.threat_areas.order_by("order").first()
    dimension = period.edition.dimensions.order_by("order").first()
    return f"/periods/{period.pk}/threats/{threat.key}/{dimension.key}/"


def _threat_path() -> str:
    period = _period()
    threat = period.edition.threat_areas.order_by("order").first()
    return f"/periods/{period.pk}/threats/{threat.key}/"


def _register_path() -> str:
    period = _period()
    threat = period.edition.threat_areas.order_by("order").first()
    return f"/evidence/?period={period.pk}&threat_area={threat.key}&freshness=fresh&sort=-date"


def _evidence_path() -> str:
    item = EvidenceItem.objects.filter(citations__isnull=False).order_by("reference").first()
    return f"/evidence/{item.pk}/"


def _departure_path(reference: str) -> str:
    departure = Departure.objects.get(period=_period(), reference=reference)
    return f"/periods/{departure.period_id}/departures/{departure.pk}/edit/"


def _issued_path() -> str:
    return f"/papers/{IssuedPaper.objects.order_by('pk').first().pk}/"


# name: (who signs in, the page's path, what to do on the page before checking it)
PAGES = {
    "home": ("analyst", lambda: "/", None),
    "evidence register, filtered": ("analyst", _register_path, None),
    "evidence item": ("analyst", _evidence_path, None),
    "evidence item's history": ("analyst", lambda: _evidence_path() + "#history", None),
    "evidence form, submitted empty": ("analyst", lambda: "/evidence/new/", "submit"),
    "assessments": ("analyst", lambda: f"/periods/{_period().pk}/threats/", None),
    "assessment editor, threat level": ("analyst", _threat_path, None),
    "assessment editor, one C": ("analyst", _cell_path, None),
    "actions": ("analyst", lambda: "/actions/", None),
    "departures": ("analyst", lambda: f"/periods/{_period().pk}/departures/", None),
    "departure to approve": ("pccstaff", lambda: _departure_path("DEP-002"), None),
    "approved departure": ("pccstaff", lambda: _departure_path("DEP-001"), None),
    "dashboard": ("pccstaff", lambda: f"/periods/{_period().pk}/dashboard/", None),
    "dashboard, issued period": (
        "board",
        lambda: f"/periods/{_period('2018/19').pk}/dashboard/",
        None,
    ),
    "compare": (
        "pccstaff",
        lambda: f"/periods/{_period().pk}/compare/{_period('2018/19').pk}/",
        None,
    ),
    "paper preview": ("pccstaff", lambda: f"/periods/{_period().pk}/paper/", None),
    "issued papers": ("board", lambda: f"/periods/{_period('2018/19').pk}/papers/", None),
    "issued paper": ("board", _issued_path, None),
    "change password": ("analyst", lambda: "/accounts/password/", None),
    "change password, submitted empty": (
        "analyst",
        lambda: "/accounts/password/",
        "submit-password",
    ),
    "accessibility statement": (None, lambda: "/accessibility/", None),
    "sign in": (None, lambda: "/accounts/login/", None),
    "sign in, wrong password": (None, lambda: "/accounts/login/", "wrong-password"),
    "page not found": ("analyst", lambda: "/evidence/999999/", None),
    "forbidden": ("board", lambda: "/evidence/new/", None),
}


def _open(page, site, name: str):
    username, path, then = PAGES[name]
    if username:
        sign_in(page, site, username)
    response = page.goto(site.url(path()))
    if then == "submit":
        page.get_by_role("button", name="Add to the register").click()
        page.wait_for_load_state()
    elif then == "submit-password":
        page.get_by_role("button", name="Change password").click()
        page.wait_for_load_state()
    elif then == "wrong-password":
        page.get_by_label("Username").fill("analyst")
        page.get_by_label("Password").fill("not-the-password")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
    return response


@pytest.mark.parametrize("name", PAGES)
def test_the_page_passes_axe_and_the_checks_axe_cannot_make(page, demo_site, axe_source, name):
    _open(page, demo_site, name)
    where = f"{name} ({page.url})"

    result = axe.check(page, axe_source)
    assert result["version"] == "4.14.1"
    assert not result["violations"], f"{where}:\n" + axe.describe(result["violations"])

    assert page.locator("h1").count() == 1, f"{where} has not exactly one h1"
    assert not checks.small_targets(page), f"{where}: targets under 24px, crowded"

    # On a page just loaded (not one a form moved focus on, or one scrolled to a section) the
    # first Tab reaches the skip link.
    if PAGES[name][2] is None and "#" not in page.url and not page.locator("[autofocus]").count():
        reached = checks.tab_through(page)
        assert reached[0]["label"].startswith('a.govuk-skip-link "Skip to main content"'), where
        hidden = [r["label"] for r in reached if not r["visible"]]
        assert not hidden, f"{where}: focus cannot be seen on {hidden}"

    page.locator(".govuk-skip-link").focus()
    assert page.locator(".govuk-skip-link").bounding_box()["height"] > 10, "shown when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content", where
    assert page.evaluate("document.activeElement.tagName") == "MAIN"
