"""The citation picker in a real browser, under the product's CSP: a search box shortens the
register's list, Enter in it never submits the editor, and the chosen item is cited at the
cursor."""

import pytest
from playwright.sync_api import expect

from evidence.models import EvidenceItem
from tests.browser.helpers import sign_in
from threats.models import ReportingPeriod

pytestmark = pytest.mark.django_db


def _cell_path() -> str:
    period = ReportingPeriod.objects.get(label="2019/20")
    return f"/periods/{period.pk}/threats/terrorism/capacity/"


def _listed(page) -> list[str]:
    """The references the evidence list offers now (not the "Choose evidence" prompt)."""
    return page.eval_on_selector_all(
        "select[name='cite-evidence'] option", "options => options.map(o => o.value)"
    )[1:]


def test_the_search_box_shortens_the_list_and_the_choice_is_cited(page, demo_site):
    sign_in(page, demo_site, "analyst")
    page.goto(demo_site.url(_cell_path()))
    in_register = EvidenceItem.objects.count()
    assert len(_listed(page)) == in_register

    search = page.get_by_label("Find evidence")
    search.fill("stone bridge")
    stone_bridge = EvidenceItem.objects.get(title__startswith="Exercise Stone Bridge")
    assert _listed(page) == [stone_bridge.reference]
    # Announced (a polite live region) once typing pauses.
    expect(page.locator("#id_cite-evidence-filter-count")).to_have_text(
        f"1 of {in_register} items match."
    )

    # Enter moves on to the list; it does not submit (and so save) the editor's form.
    posted = []
    page.on(
        "request", lambda request: posted.append(request.url) if request.method == "POST" else None
    )
    search.press("Enter")
    assert page.evaluate("document.activeElement.name") == "cite-evidence"
    page.wait_for_timeout(500)
    assert posted == [] and not page.locator(".govuk-notification-banner").count()

    # Every word must match, in any order; the chosen item stays listed whatever is typed.
    page.locator("select[name='cite-evidence']").select_option(stone_bridge.reference)
    search.fill("bridge debrief")
    assert _listed(page) == [stone_bridge.reference]
    search.fill("no such words")
    assert _listed(page) == [stone_bridge.reference]
    expect(page.locator("#id_cite-evidence-filter-count")).to_have_text(
        "No items match. The item you chose is still listed."
    )
    search.fill("")
    assert len(_listed(page)) == in_register
    assert page.locator("select[name='cite-evidence']").input_value() == stone_bridge.reference

    narrative = page.locator("textarea[name=narrative]")
    narrative.evaluate("t => t.setSelectionRange(t.value.length, t.value.length)")
    page.get_by_label("Page or section").fill("p2")
    page.get_by_role("button", name="Insert citation").click()
    assert narrative.input_value().endswith(f"[@{stone_bridge.reference}, p2]")
