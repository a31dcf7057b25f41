"""The year's work end to end, in the browser: evidence, a cited assessment, review, the
dashboard, the paper on screen and in PDF, issuing it, and a board member reading it."""

import datetime
import hashlib

import pytest

from accounts.roles import Role
from assessments.services import period_assessments_start
from reports.models import IssuedPaper
from tests.browser.helpers import sign_in, sign_out
from tests.evidence.samples import PDF
from tests.factories import BoardPaperFactory, ForceFactory, PeriodFactory, UserFactory
from tests.reports.pdfread import pdf_pages, squash
from threats.models import ReportingPeriod

# The data is loaded once for the module (conftest.py); the marker tells pytest-django that
# these tests use the database.
pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-passphrase"
REFERENCE = "EV-201"
TITLE = "Regional public order mobilisation exercise debrief"
PARAGRAPH = (
    "In September 2018 the regional exercise mobilised 33 PSUs and met the requirement at "
    "every stage of mobilisation."
)
OVERRIDE_REASON = "The board meets on 17 March; the other assessments follow in April."


def _load():
    force = ForceFactory(name="Testshire Police", slug="testshire")
    period = PeriodFactory(
        force=force,
        label="2019/20",
        starts_on=datetime.date(2019, 4, 1),
        ends_on=datetime.date(2020, 3, 31),
    )
    BoardPaperFactory(period=period, meeting_date=datetime.date(2020, 3, 17))
    for username, role in [
        ("analyst", Role.ANALYST),
        ("reviewer", Role.REVIEWER),
        ("pccstaff", Role.PCC_STAFF),
        ("board", Role.BOARD_MEMBER),
    ]:
        UserFactory(username=username, force=force, role=role)
    period_assessments_start(period=period, user=None)


@pytest.fixture(scope="module")
def site(site_factory):
    return site_factory(_load)


@pytest.fixture(autouse=True)
def _slow_machine(settings):
    # Two renders of the paper run while other tests share the machine's two cores.
    settings.PAPER_RENDER_TIMEOUT = 300


def _cell(page, threat: str, column: int):
    row = page.locator("table.matrix tbody tr").filter(
        has=page.get_by_role("rowheader", name=threat)
    )
    return row.locator("td").nth(column)


def _readiness(page) -> str:
    return page.locator("#readiness").inner_text()


def test_an_assessment_goes_from_evidence_to_the_issued_paper(page, site):
    period = ReportingPeriod.objects.select_related("edition").get(label="2019/20")
    threat = period.edition.threat_areas.order_by("order").first()
    dimension = period.edition.dimensions.order_by("order").first()
    cell_path = f"/periods/{period.pk}/threats/{threat.key}/{dimension.key}/"
    dashboard_path = f"/periods/{period.pk}/dashboard/"

    # PCC office staff look at the dashboard before the work.
    sign_in(page, site, "pccstaff", PASSWORD)
    page.goto(site.url(dashboard_path))
    before_cell = _cell(page, threat.label, 0).inner_text()
    before_readiness = _readiness(page)
    assert "Not yet assessed" in before_cell
    sign_out(page)

    # An analyst adds the evidence, with its file.
    sign_in(page, site, "analyst", PASSWORD)
    page.goto(site.url("/evidence/new/"))
    fields = {
        "reference": REFERENCE,
        "title": TITLE,
        "summary": "33 PSUs mobilised against the national requirement.",
        "source": "Regional public order lead",
        "evidence_date_day": "28",
        "evidence_date_month": "9",
        "evidence_date_year": "2018",
        "review_by_day": "31",
        "review_by_month": "3",
        "review_by_year": "2021",
    }
    for name, value in fields.items():
        page.locator(f"main [name={name}]").fill(value)
    page.locator("select[name=kind]").select_option(label="Exercise debrief")
    page.locator("input[name=files]").set_input_files(
        {"name": "debrief.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_role("button", name="Add to the register").click()
    assert (
        f"{REFERENCE} is in the register" in page.locator(".govuk-notification-banner").inner_text()
    )

    # ...cites it at page 4 in the capacity narrative, and submits it for review.
    page.goto(site.url(cell_path))
    page.get_by_label("Meets", exact=True).check()
    page.locator("textarea[name=narrative]").fill(f"{PARAGRAPH} [@{REFERENCE}, p4]")
    page.get_by_role("button", name=f"Save {dimension.label.lower()}").click()
    assert "Your changes are saved" in page.locator(".govuk-notification-banner").inner_text()
    page.get_by_role("button", name="Submit the saved version for review").click()
    assert "submitted for review" in page.locator(".govuk-notification-banner").inner_text()
    sign_out(page)

    # A reviewer approves it.
    sign_in(page, site, "reviewer", PASSWORD)
    page.goto(site.url(cell_path))
    page.get_by_role("button", name="Approve").click()
    assert "is approved" in page.locator(".govuk-notification-banner").inner_text()
    assert page.locator(".govuk-tag", has_text="Approved").count() == 1
    sign_out(page)

    # PCC office staff see the cell and the readiness list change.
    sign_in(page, site, "pccstaff", PASSWORD)
    page.goto(site.url(dashboard_path))
    after_cell = _cell(page, threat.label, 0).inner_text()
    assert "Meets" in after_cell and "1 evidence item" in after_cell, after_cell
    assert after_cell != before_cell
    assert _readiness(page) != before_readiness

    # The draft paper, on screen and in PDF, has the paragraph and its footnote with the locator.
    page.goto(site.url(f"/periods/{period.pk}/paper/"))
    paper = page.locator("article.paper")
    assert PARAGRAPH in paper.inner_text()
    note = page.locator(".screen-notes li", has_text=REFERENCE)
    assert note.count() == 1
    assert "p4" in note.inner_text() and TITLE in note.inner_text()
    with page.expect_download(timeout=300_000) as download:
        page.get_by_role("link", name="Download draft PDF").click()
    text = squash(" ".join(pdf_pages(download.value.path().read_bytes())))
    assert squash(PARAGRAPH) in text
    assert squash(f"{TITLE}, 28 September 2018, p4 [{REFERENCE}].") in text

    # They issue it; not every cell is assessed, so they override the readiness rules.
    page.get_by_role("link", name="Issue this paper").click()
    page.locator("input[name=confirm]").check()
    page.locator("input[name=override]").check()
    page.locator("textarea[name=override_reason]").fill(OVERRIDE_REASON)
    page.get_by_role("button", name="Issue version").click()
    page.wait_for_url(lambda url: "/issue/" not in url, timeout=300_000)
    issued = IssuedPaper.objects.get(period=period)
    page.goto(site.url(f"/periods/{period.pk}/papers/"))
    assert page.get_by_role("link", name="Version 1", exact=True).count() == 1
    sign_out(page)

    # A board member downloads the issued PDF, exactly as issued, and can change nothing.
    sign_in(page, site, "board", PASSWORD)
    page.goto(site.url(f"/periods/{period.pk}/papers/"))
    page.get_by_role("link", name="Version 1", exact=True).click()
    shown = page.locator(".app-checksum").inner_text().strip()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the issued PDF").click()
    pdf = download.value.path().read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == shown == issued.sha256
    assert PARAGRAPH in page.locator("article.paper").inner_text()
    for path in [
        f"/papers/{issued.pk}/",
        f"/periods/{period.pk}/papers/",
        dashboard_path,
    ]:
        page.goto(site.url(path))
        edits = page.locator(
            "main a[href*='/edit/'], main a[href*='/new/'], main a[href$='/issue/']"
        )
        assert edits.count() == 0, f"{path} offers the board a change"
        assert page.locator("main form[method=post]").count() == 0, path
    item_pk = issued.period.force.evidence.get(reference=REFERENCE).pk
    for path in [
        "/evidence/new/",
        f"/evidence/{item_pk}/edit/",
        cell_path,
        f"/periods/{period.pk}/paper/issue/",
        f"/periods/{period.pk}/departures/new/",
        "/actions/new/",
    ]:
        response = page.goto(site.url(path))
        assert response.status == 403, f"{path} answered {response.status}"
        assert page.locator("h1").inner_text() == "You cannot do this"
