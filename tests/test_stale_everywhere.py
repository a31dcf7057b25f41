"""Every place that calls evidence stale gives the same verdict, with the same reason in
words, for the same question (evidence/staleness.py):

- "stale for this period's paper?" is judged at the period's board meeting, or at the end of
  the period when no meeting date is set: the register of the period and its export, the
  dashboard's matrix and readiness, the issue page, the status PDF, the comparison of two
  periods, the paper's annex on screen and in its PDF, and the item's page for each period;
- "stale now?" is judged today: the item's page, the dashboard's freshness chart and the
  register of a force with no reporting period.

The four items are chosen so that the two questions disagree: EV-003 is fresh at the meeting
and stale today, EV-004 stale at the meeting (it covers only the year before) and fresh today.
"""

import csv
import datetime
import html
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.roles import Role
from reports.models import BoardPaper
from tests.factories import BoardPaperFactory, EvidenceItemFactory, PeriodFactory, UserFactory
from tests.reports.conftest import assess
from tests.reports.pdfread import pdf_pages

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
IN_A_YEAR = TODAY + datetime.timedelta(days=365)
TODAY_WORDS = f"{TODAY.day} {TODAY:%B %Y}"
REFERENCES = ["EV-001", "EV-002", "EV-003", "EV-004"]

# "Is it stale for the 2019/20 paper?", asked of its 17 March 2020 meeting.
AT_THE_MEETING = {
    "EV-002": "stale at the 17 March 2020 meeting: review-by date 1 January 2020 passed",
    "EV-004": (
        "stale at the 17 March 2020 meeting: "
        "it covers only up to 31 March 2019, before 2019/20 began"
    ),
}
# The same question with no meeting date set: the period's end.
AT_THE_END = {
    "EV-002": "stale at the end of 2019/20 (31 March 2020): review-by date 1 January 2020 passed",
    "EV-004": (
        "stale at the end of 2019/20 (31 March 2020): "
        "it covers only up to 31 March 2019, before 2019/20 began"
    ),
}
# "Is it stale now?"
TODAY_VERDICTS = {
    "EV-002": f"stale today ({TODAY_WORDS}): review-by date 1 January 2020 passed",
    "EV-003": f"stale today ({TODAY_WORDS}): review-by date 1 January 2021 passed",
}


def items(force):
    make = EvidenceItemFactory
    make(force=force, reference="EV-001", title="Current strategy", review_by=IN_A_YEAR)
    make(
        force=force, reference="EV-002", title="Old inspection", review_by=datetime.date(2020, 1, 1)
    )
    make(force=force, reference="EV-003", title="Later review", review_by=datetime.date(2021, 1, 1))
    make(
        force=force,
        reference="EV-004",
        title="Last year's figures",
        evidence_date=datetime.date(2019, 5, 1),
        covers_from=datetime.date(2018, 4, 1),
        covers_to=datetime.date(2019, 3, 31),
        review_by=IN_A_YEAR,
    )


def cites_all(area, dimension):
    return "All four [@EV-001] [@EV-002] [@EV-003] [@EV-004]."


@pytest.fixture
def year(force):
    """2019/20, meeting on 17 March 2020, after 2018/19 (meeting 19 March 2019); both cite all
    four items, and every item is fresh for 2018/19's paper."""
    items(force)
    previous = PeriodFactory(
        force=force,
        label="2018/19",
        starts_on=datetime.date(2018, 4, 1),
        ends_on=datetime.date(2019, 3, 31),
    )
    period = PeriodFactory(
        force=force,
        label="2019/20",
        starts_on=datetime.date(2019, 4, 1),
        ends_on=datetime.date(2020, 3, 31),
    )
    BoardPaperFactory(period=previous, meeting_date=datetime.date(2019, 3, 19))
    BoardPaperFactory(period=period, meeting_date=datetime.date(2020, 3, 17))
    for each in (previous, period):
        assess(each, "terrorism", ["meets"] * 5, cites_all)
    return period


@pytest.fixture
def no_meeting_date(year):
    BoardPaper.objects.filter(period=year).update(meeting_date=None)
    return year


def text(markup: str) -> str:
    """What a page says, without its markup, white space collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def rows_by_reference(body: str) -> dict[str, str]:
    """The text of each table row of the page's first table body, by its evidence reference."""
    rows = body.split("<tbody", 1)[1].split("</tbody>", 1)[0].split("</tr>")
    found = {}
    for row in rows:
        words = text(row)
        for reference in REFERENCES:
            if reference in words.split():
                found[reference] = words
    return found


def assert_rows(rows: dict[str, str], expected: dict[str, str]):
    for reference in REFERENCES:
        row = rows[reference].lower()
        if reference in expected:
            assert expected[reference].lower() in row, (reference, row)
        else:
            assert "stale" not in row, (reference, row)


def get(client, user, url, **params):
    client.force_login(user)
    response = client.get(url, params)
    assert response.status_code == 200
    return response


# "Is it stale for this period's paper?"


def test_the_register_of_the_period_gives_each_stale_row_its_reason(client, analyst, year):
    body = get(client, analyst, reverse("evidence:register")).content.decode()
    assert_rows(rows_by_reference(body), AT_THE_MEETING)
    assert (
        "“Stale” means stale for the 2019/20 paper at the 17 March 2020 meeting: the review-by "
        "date is before 17 March 2020, or the evidence covers only a time that ended before "
        "2019/20 began." in text(body)
    )


def test_the_registers_stale_filter_finds_the_same_items(client, analyst, year):
    stale = get(client, analyst, reverse("evidence:register"), freshness="stale")
    fresh = get(client, analyst, reverse("evidence:register"), freshness="fresh")
    assert sorted(rows_by_reference(stale.content.decode())) == sorted(AT_THE_MEETING)
    assert sorted(rows_by_reference(fresh.content.decode())) == ["EV-001", "EV-003"]


def test_the_register_export_gives_the_same_verdicts(client, analyst, year):
    response = get(client, analyst, reverse("evidence:export_csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8")[1:])))
    assert "“stale” is judged at the 17 March 2020 meeting" in rows[1][0]
    header, body = rows[2], rows[3:-1]
    found = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    for reference in REFERENCES:
        expected = AT_THE_MEETING.get(reference)
        assert found[reference]["Stale"] == ("Stale" if expected else "Fresh")
        assert found[reference]["Why stale"] == (expected[len("stale ") :] if expected else "")


def test_the_dashboard_names_each_stale_item_with_its_reason(client, pcc_staff, year):
    body = text(
        get(client, pcc_staff, reverse("reports:dashboard", args=[year.pk])).content.decode()
    )
    assert "“Stale” means stale for the 2019/20 paper at the 17 March 2020 meeting" in body
    for reference, title in [("EV-002", "Old inspection"), ("EV-004", "Last year's figures")]:
        assert f"{reference} {title} is cited but {AT_THE_MEETING[reference]}." in body
    assert "EV-001 Current strategy is cited but" not in body
    assert "EV-003 Later review is cited but" not in body
    # Each of terrorism's cells cites the four items, two of them stale for this paper.
    assert body.count("4 evidence items, 2 stale") == 5


def test_the_issue_page_names_each_stale_item_with_its_reason(client, pcc_staff, year):
    url = reverse("reports:paper_issue", args=[year.pk])
    body = text(get(client, pcc_staff, url).content.decode())
    assert f"EV-002 Old inspection is cited but {AT_THE_MEETING['EV-002']}." in body
    assert f"EV-004 Last year's figures is cited but {AT_THE_MEETING['EV-004']}." in body
    assert "EV-003 Later review is cited but" not in body


def test_the_status_pdf_names_each_stale_item_with_its_reason(client, pcc_staff, year):
    response = get(client, pcc_staff, reverse("reports:dashboard_pdf", args=[year.pk]))
    page = pdf_pages(response.content, layout=False)[0]
    assert "evidence judged at the 17 March 2020 meeting" in page
    # The summary shows the first case of each rule.
    assert f"EV-002 Old inspection is cited but {AT_THE_MEETING['EV-002']}." in page


def test_the_paper_annex_gives_each_stale_row_its_reason(client, analyst, year):
    body = get(client, analyst, reverse("reports:paper", args=[year.pk])).content.decode()
    annex = body.split('id="annex"', 1)[1]
    assert_rows(rows_by_reference(annex), AT_THE_MEETING)
    assert "“Stale” means stale for the 2019/20 paper at the 17 March 2020 meeting" in text(annex)


def test_the_paper_pdf_annex_gives_each_stale_row_its_reason(client, analyst, year):
    response = get(client, analyst, reverse("reports:paper_pdf", args=[year.pk]))
    pages = pdf_pages(response.content, layout=False)
    annex = " ".join(pages).split("Annex: evidence cited")[-1]
    assert "“Stale” means stale for the 2019/20 paper at the 17 March 2020 meeting" in annex
    # Each row runs from its reference to the next one.
    starts = [annex.index(f"{reference} ") for reference in REFERENCES]
    rows = {
        reference: annex[start:end]
        for reference, start, end in zip(REFERENCES, starts, [*starts[1:], None], strict=True)
    }
    assert_rows(rows, AT_THE_MEETING)


def test_the_comparison_gives_the_reason_each_item_went_stale(client, pcc_staff, year):
    previous = year.previous()
    url = reverse("reports:compare", args=[year.pk, previous.pk])
    body = text(get(client, pcc_staff, url).content.decode())
    gone = body.split("Gone stale", 1)[1].split("No longer cited", 1)[0]
    assert f"EV-002 Old inspection ({AT_THE_MEETING['EV-002']})" in gone
    assert f"EV-004 Last year's figures ({AT_THE_MEETING['EV-004']})" in gone
    assert "EV-003" not in gone and "EV-001" not in gone


def test_the_items_page_gives_the_verdict_for_each_period_that_cites_it(client, analyst, year):
    pages = {
        item.reference: text(get(client, analyst, f"/evidence/{item.pk}/").content.decode())
        for item in year.force.evidence.all()
    }
    for reference, page in pages.items():
        verdict = AT_THE_MEETING.get(reference, "fresh at the 17 March 2020 meeting")
        assert f"For the 2019/20 paper: {verdict}" in page, reference
        assert "For the 2018/19 paper: fresh at the 19 March 2019 meeting" in page, reference


def test_with_no_meeting_date_every_place_judges_at_the_periods_end(
    client, pcc_staff, no_meeting_date
):
    # EV-003's review-by date (1 January 2021) falls after the period's end and before today:
    # fresh for the paper everywhere, though stale now.
    year = no_meeting_date
    register = get(client, pcc_staff, reverse("evidence:register")).content.decode()
    assert_rows(rows_by_reference(register), AT_THE_END)
    assert "at the end of 2019/20 (31 March 2020), as no meeting date is set" in text(register)
    dashboard = text(
        get(client, pcc_staff, reverse("reports:dashboard", args=[year.pk])).content.decode()
    )
    assert f"EV-002 Old inspection is cited but {AT_THE_END['EV-002']}." in dashboard
    assert "EV-003 Later review is cited but" not in dashboard
    assert "as no meeting date is set" in dashboard
    paper = get(client, pcc_staff, reverse("reports:paper", args=[year.pk])).content.decode()
    assert_rows(rows_by_reference(paper.split('id="annex"', 1)[1]), AT_THE_END)


# "Is it stale now?"


def test_the_items_page_says_whether_it_is_stale_today_and_why(client, analyst, year):
    for item in year.force.evidence.all():
        page = text(get(client, analyst, f"/evidence/{item.pk}/").content.decode())
        review_row = page.split("Review by", 1)[1].split("Owner", 1)[0].lower()
        if item.reference in TODAY_VERDICTS:
            assert TODAY_VERDICTS[item.reference].lower() in review_row, item.reference
        else:
            assert "stale" not in review_row, item.reference


def test_the_dashboards_freshness_chart_counts_the_items_stale_today(client, pcc_staff, year):
    body = get(client, pcc_staff, reverse("reports:dashboard", args=[year.pk])).content.decode()
    chart = body.split('id="chart-freshness-caption"', 1)[1].split("</figure>", 1)[0]
    assert f"Evidence freshness today ({TODAY_WORDS})" in text(chart)
    counts = dict(
        re.findall(
            r'scope="row" class="govuk-table__header">([^<]+)</th>\s*'
            r"<td[^>]*>(\d+)</td>",
            chart,
        )
    )
    stale = [label for label in counts if label.startswith("Stale")]
    assert [counts[label] for label in stale] == [str(len(TODAY_VERDICTS))]


def test_the_register_of_a_force_with_no_period_judges_today(client, other_force):
    items(other_force)
    lone = UserFactory(username="lone", force=other_force, role=Role.ANALYST)
    body = get(client, lone, reverse("evidence:register")).content.decode()
    assert_rows(rows_by_reference(body), TODAY_VERDICTS)
    assert f"“Stale” means stale today ({TODAY_WORDS})" in text(body)
    stale = get(client, lone, reverse("evidence:register"), freshness="stale")
    assert sorted(rows_by_reference(stale.content.decode())) == sorted(TODAY_VERDICTS)
