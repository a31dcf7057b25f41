"""An analyst signs in and adds an evidence item with the keyboard alone, and the focus moves
through the pages in a sensible order."""

import pytest

from accounts.roles import Role
from evidence.models import EvidenceItem
from tests.evidence.samples import PDF
from tests.factories import ForceFactory, UserFactory

# The data is loaded once for the module (conftest.py); the marker tells pytest-django that
# these tests use the database.
pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-passphrase"
# The evidence form's fields in reading order, by name: what Tab must visit, one after another.
FORM_ORDER = [
    "reference",
    "title",
    "summary",
    "kind",
    "source",
    "source_reference",
    "url",
    *(
        f"{date}_{part}"
        for date in ("evidence_date", "covers_from", "covers_to", "review_by", "dependency_ends_on")
        for part in ("day", "month", "year")
    ),
    "owner",
    "classification",
    "files",
]


def _load():
    force = ForceFactory(name="Testshire Police", slug="testshire")
    UserFactory(username="analyst", force=force, role=Role.ANALYST)


@pytest.fixture(scope="module")
def site(site_factory):
    return site_factory(_load)


def focused(page) -> dict:
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          return {tag: el.tagName.toLowerCase(), name: el.name || "", id: el.id || "",
                  type: el.type || "", text: (el.innerText || el.value || "").trim()};
        }"""
    )


def tab_to(page, text: str, *, limit: int = 30) -> list[str]:
    """Press Tab until a link or button whose text starts with `text` has focus; what was
    passed on the way (to check the order)."""
    passed = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if now["tag"] in ("a", "button", "input") and now["text"].startswith(text):
            return passed
        passed.append(now["text"] or now["name"] or now["id"])
    raise AssertionError(f"Tab never reached {text!r}; it passed {passed}")


def test_an_analyst_adds_evidence_with_the_keyboard_alone(page, site):
    page.goto(site.url("/accounts/login/"))
    # Nothing takes focus on load: the first Tab reaches the skip link, and the fields follow
    # in order (username, password, then the button).
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Skip to main content"
    for _ in range(10):
        page.keyboard.press("Tab")
        if focused(page)["name"] == "username":
            break
    assert focused(page)["name"] == "username"
    page.keyboard.type("analyst")
    page.keyboard.press("Tab")
    assert focused(page)["name"] == "password"
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Sign in"
    page.keyboard.press("Enter")
    page.wait_for_url(site.url("/"))

    # Skip link, the service's name, then the menu: the evidence register is in the menu.
    passed = tab_to(page, "Evidence")
    assert passed[:3] == ["Skip to main content", "SPR compliance tracker", "Reporting periods"]
    page.keyboard.press("Enter")
    page.wait_for_url("**/evidence/")
    tab_to(page, "Add evidence")
    page.keyboard.press("Enter")
    page.wait_for_url("**/evidence/new/")

    # From the top: the menu, the back link, then the form's fields in reading order.
    passed = tab_to(page, "Evidence register", limit=15)
    assert passed[0] == "Skip to main content"
    visited = []
    values = {
        "reference": "EV-101",
        "title": "Regional public order mobilisation exercise debrief",
        "summary": "33 PSUs mobilised; the force met every mobilisation stage.",
        "source": "Regional public order lead",
        "source_reference": "Debrief PO/EX/18",
        "url": "https://www.example.org/debrief",
        "evidence_date_day": "28",
        "evidence_date_month": "9",
        "evidence_date_year": "2018",
        "review_by_day": "31",
        "review_by_month": "3",
        "review_by_year": "2021",
    }
    for _ in FORM_ORDER:
        page.keyboard.press("Tab")
        name = focused(page)["name"]
        visited.append(name)
        if name in values:
            page.keyboard.type(values[name])
        elif name == "kind":
            # A closed select takes typed letters; the debrief is an "Exercise debrief".
            page.keyboard.type("Exercise")
        elif name == "classification":
            # Tab reaches the radio group's chosen (or first) option; Space chooses it.
            page.keyboard.press("Space")
        elif name == "files":
            # The file chooser is the operating system's: the focused input is given the file.
            page.locator("input[name=files]:focus").set_input_files(
                {"name": "debrief.pdf", "mimeType": "application/pdf", "buffer": PDF}
            )
    assert visited == FORM_ORDER

    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Add to the register"
    page.keyboard.press("Enter")
    page.wait_for_load_state()

    banner = page.locator(".govuk-notification-banner--success")
    assert "EV-101 is in the register" in banner.inner_text()
    assert page.locator("h1").inner_text().endswith(values["title"])
    item = EvidenceItem.objects.get(reference="EV-101")
    assert item.kind == EvidenceItem.Kind.EXERCISE_DEBRIEF
    assert str(item.evidence_date) == "2018-09-28"
    assert str(item.review_by) == "2021-03-31"
    assert [f.original_name for f in item.files.all()] == ["debrief.pdf"]
