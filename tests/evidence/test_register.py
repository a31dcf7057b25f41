"""The evidence register list: the force's items, filtered, searched, sorted and paged."""

import datetime
import re

import pytest

from evidence.models import Classification, EvidenceItem
from evidence.services import citations_sync
from tests.factories import (
    BoardPaperFactory,
    DimensionAssessmentFactory,
    EvidenceItemFactory,
    PeriodFactory,
    ThreatAssessmentFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

URL = "/evidence/"


@pytest.fixture
def year(force):
    return PeriodFactory(
        force=force,
        label="2019/20",
        starts_on=datetime.date(2019, 4, 1),
        ends_on=datetime.date(2020, 3, 31),
    )


@pytest.fixture
def last_year(force):
    return PeriodFactory(
        force=force,
        label="2018/19",
        starts_on=datetime.date(2018, 4, 1),
        ends_on=datetime.date(2019, 3, 31),
    )


def references(response) -> list[str]:
    return re.findall(
        r'scope="row" class="govuk-table__header app-nowrap"><a[^>]*>([^<]+)<',
        (response.content.decode()),
    )


def get(client, user, **params):
    client.force_login(user)
    return client.get(URL, params)


def test_it_lists_only_the_users_forces_items(client, analyst, year, other_force):
    EvidenceItemFactory(force=analyst.force, reference="EV-001", title="Our inspection")
    EvidenceItemFactory(force=other_force, reference="EV-002", title="Their secret")
    response = get(client, analyst)
    assert response.status_code == 200
    assert references(response) == ["EV-001"]
    assert "Their secret" not in response.content.decode()


def test_pcc_staff_and_reviewers_read_it_but_board_members_do_not(
    client, pcc_staff, reviewer, board_member, year
):
    assert get(client, pcc_staff).status_code == 200
    assert get(client, reviewer).status_code == 200
    assert get(client, board_member).status_code == 403


def test_a_user_without_a_force_is_refused(client):
    assert get(client, UserFactory(username="floating", force=None)).status_code == 403


def test_each_row_shows_the_items_details_and_citation_count(client, analyst, year):
    item = EvidenceItemFactory(
        force=analyst.force,
        reference="EV-007",
        title="Public order strategic threat and risk assessment",
        kind=EvidenceItem.Kind.RISK_REGISTER,
        evidence_date=datetime.date(2019, 5, 2),
        review_by=datetime.date(2020, 5, 31),
        classification=Classification.OFFICIAL_SENSITIVE,
    )
    cell = DimensionAssessmentFactory(
        threat_assessment__period=year, narrative="One [@EV-007].\n\nTwo [@EV-007, p3]."
    )
    citations_sync(target=cell)
    body = get(client, analyst).content.decode()
    row = body.split("EV-007</a>")[1].split("</tr>")[0]
    assert "Public order strategic threat and risk assessment" in row
    assert "Risk register or threat assessment" in row
    assert "2 May 2019" in row and "31 May 2020" in row
    assert "OFFICIAL-SENSITIVE" in row
    assert re.search(r"numeric\">2</td>", row), "two citations"
    assert "Stale" not in row
    assert f'href="/evidence/{item.pk}/"' in body


def test_stale_is_said_in_words_for_the_chosen_period(client, analyst, year, last_year):
    EvidenceItemFactory(
        force=analyst.force, reference="EV-001", review_by=datetime.date(2020, 2, 1)
    )
    EvidenceItemFactory(
        force=analyst.force,
        reference="EV-002",
        evidence_date=datetime.date(2017, 6, 1),
        covers_to=datetime.date(2019, 3, 31),
        review_by=datetime.date(2021, 1, 1),
    )
    EvidenceItemFactory(
        force=analyst.force, reference="EV-003", review_by=datetime.date(2021, 1, 1)
    )

    def stale_rows(response):
        rows = response.content.decode().split("<tbody")[1].split("</tr>")
        return [
            ref
            for ref in ("EV-001", "EV-002", "EV-003")
            for r in rows
            if ref in r and ">Stale<" in r
        ]

    # 2019/20 ends on 31 March 2020: EV-001's review date falls before it, and EV-002 is about
    # the year before.
    assert stale_rows(get(client, analyst)) == ["EV-001", "EV-002"]
    assert stale_rows(get(client, analyst, period=last_year.pk)) == []
    # A board meeting before the review date makes the board paper's date the test.
    BoardPaperFactory(period=year, meeting_date=datetime.date(2020, 1, 15))
    response = get(client, analyst)
    assert stale_rows(response) == ["EV-002"]
    assert (
        "“Stale” means stale for the 2019/20 paper at the 15 January 2020 meeting"
        in response.content.decode()
    )


def test_the_period_defaults_to_the_forces_latest(client, analyst, year, last_year):
    body = get(client, analyst).content.decode()
    assert f'<option value="{year.pk}" selected>2019/20</option>' in body


def test_it_filters_by_kind_owner_and_classification(client, analyst, reviewer, year):
    EvidenceItemFactory(force=analyst.force, reference="EV-001", kind="letter", owner=analyst)
    EvidenceItemFactory(
        force=analyst.force,
        reference="EV-002",
        kind="letter",
        owner=reviewer,
        classification=Classification.OFFICIAL_SENSITIVE,
    )
    EvidenceItemFactory(force=analyst.force, reference="EV-003", kind="minutes", owner=reviewer)
    assert references(get(client, analyst, kind="letter")) == ["EV-001", "EV-002"]
    assert references(get(client, analyst, owner=reviewer.pk)) == ["EV-002", "EV-003"]
    assert references(get(client, analyst, classification="OFFICIAL-SENSITIVE")) == ["EV-002"]
    assert references(get(client, analyst, kind="letter", owner=analyst.pk)) == ["EV-001"]


def test_it_filters_fresh_or_stale_for_the_period(client, analyst, year):
    EvidenceItemFactory(
        force=analyst.force, reference="EV-001", review_by=datetime.date(2020, 1, 1)
    )
    EvidenceItemFactory(
        force=analyst.force, reference="EV-002", review_by=datetime.date(2020, 9, 1)
    )
    assert references(get(client, analyst, freshness="stale")) == ["EV-001"]
    assert references(get(client, analyst, freshness="fresh")) == ["EV-002"]


def test_it_filters_by_threat_area_and_c_through_citations_in_the_period(
    client, analyst, year, last_year
):
    areas = list(year.edition.threat_areas.all())
    capacity, _, capability, *_ = year.edition.dimensions.all()
    for n in range(1, 6):
        EvidenceItemFactory(force=analyst.force, reference=f"EV-00{n}")
    terrorism = ThreatAssessmentFactory(period=year, threat_area=areas[0], context="[@EV-004]")
    citations_sync(target=terrorism)
    cells = [
        (terrorism, capacity, "[@EV-001]"),
        (ThreatAssessmentFactory(period=year, threat_area=areas[1]), capability, "[@EV-002, p4]"),
        (ThreatAssessmentFactory(period=last_year, threat_area=areas[0]), capacity, "[@EV-003]"),
    ]
    for threat, dimension, text in cells:
        cell = DimensionAssessmentFactory(
            threat_assessment=threat, dimension=dimension, narrative=text
        )
        citations_sync(target=cell)

    assert references(get(client, analyst, threat_area=areas[0].key)) == ["EV-001", "EV-004"]
    assert references(get(client, analyst, dimension=capability.key)) == ["EV-002"]
    both = get(client, analyst, threat_area=areas[0].key, dimension=capability.key)
    assert references(both) == []
    assert "No evidence matches these filters" in both.content.decode()
    last = get(client, analyst, period=last_year.pk, threat_area=areas[0].key)
    assert references(last) == ["EV-003"]


def test_it_finds_evidence_not_cited_anywhere(client, analyst, year, last_year):
    EvidenceItemFactory(force=analyst.force, reference="EV-001")
    EvidenceItemFactory(force=analyst.force, reference="EV-002")
    cell = DimensionAssessmentFactory(threat_assessment__period=last_year, narrative="[@EV-001]")
    citations_sync(target=cell)
    assert references(get(client, analyst, uncited="on")) == ["EV-002"]
    assert references(get(client, analyst)) == ["EV-001", "EV-002"]


def test_search_looks_in_reference_title_summary_source_and_source_reference(client, analyst, year):
    make = EvidenceItemFactory
    make(force=analyst.force, reference="EV-001", title="Firearms uplift letter")
    make(force=analyst.force, reference="EV-002", summary="About the FIREARMS hub")
    make(force=analyst.force, reference="EV-003", source="Regional firearms unit")
    make(force=analyst.force, reference="EV-004", source_reference="Firearms/2019/4")
    make(force=analyst.force, reference="FA-FIREARMS")
    make(force=analyst.force, reference="EV-006", title="Cyber")
    assert references(get(client, analyst, q="firearms")) == [
        "EV-001",
        "EV-002",
        "EV-003",
        "EV-004",
        "FA-FIREARMS",
    ]
    assert references(get(client, analyst, q="firearms uplift")) == ["EV-001"]


def test_headings_sort_and_say_how_with_aria_sort(client, analyst, year):
    EvidenceItemFactory(force=analyst.force, reference="EV-001", title="Bravo")
    EvidenceItemFactory(force=analyst.force, reference="EV-002", title="Alpha")
    EvidenceItemFactory(force=analyst.force, reference="EV-003", title="Charlie")
    response = get(client, analyst, sort="title")
    assert references(response) == ["EV-002", "EV-001", "EV-003"]
    body = response.content.decode()
    assert re.search(r'aria-sort="ascending">\s*<a[^>]*href="\?sort=-title"', body)
    assert re.search(r'aria-sort="none">\s*<a[^>]*href="\?sort=reference"', body)
    assert references(get(client, analyst, sort="-title")) == ["EV-003", "EV-001", "EV-002"]
    assert references(get(client, analyst, sort="-reference")) == ["EV-003", "EV-002", "EV-001"]


def test_it_pages_fifty_items_at_a_time(client, analyst, year):
    for n in range(1, 121):
        EvidenceItemFactory(force=analyst.force, reference=f"EV-{n:03d}")
    first = get(client, analyst)
    assert len(references(first)) == 50
    assert references(first)[0] == "EV-001"
    body = first.content.decode()
    assert 'class="govuk-pagination"' in body
    assert 'aria-current="page">1<' in body
    assert 'href="?page=2" rel="next"' in body
    third = get(client, analyst, page=3)
    assert references(third) == [f"EV-{n:03d}" for n in range(101, 121)]
    assert "Items 101 to 120 of 120" in third.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "99999"},
        {"page": "-1"},
        {"sort": "bogus"},
        {"kind": "bogus"},
        {"owner": "not-a-number"},
        {"period": "99999999999999999999"},
        {"threat_area": "<script>"},
        {"freshness": "mouldy"},
        {"q": "x" * 500},
        {"uncited": "maybe"},
    ],
)
def test_bad_query_parameters_never_break_the_page(client, analyst, year, params):
    EvidenceItemFactory(force=analyst.force, reference="EV-001")
    response = get(client, analyst, **params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main")[1]


def test_filters_it_did_not_understand_are_named_and_ignored(client, analyst, year):
    EvidenceItemFactory(force=analyst.force, reference="EV-001")
    response = get(client, analyst, kind="bogus", sort="bogus", period="123456")
    body = response.content.decode()
    assert references(response) == ["EV-001"]
    assert "not understood, so they are not applied: Reporting period, Kind, Sort order" in body


def test_a_force_with_no_periods_still_sees_its_register(client, analyst):
    EvidenceItemFactory(force=analyst.force, reference="EV-001")
    response = get(client, analyst, freshness="stale")
    assert response.status_code == 200
    assert references(response) == ["EV-001"]


@pytest.mark.parametrize("count", [10, 500])
def test_the_list_runs_in_a_fixed_number_of_queries(
    client, analyst, reviewer, year, count, django_assert_num_queries
):
    EvidenceItem.objects.bulk_create(
        EvidenceItem(
            force=analyst.force,
            reference=f"EV-{n:03d}",
            title=f"Item {n}",
            kind="letter",
            source="HMICFRS",
            evidence_date=datetime.date(2019, 6, 1),
            review_by=datetime.date(2020, 6, 1),
            owner=reviewer if n % 2 else analyst,
        )
        for n in range(count)
    )
    cell = DimensionAssessmentFactory(threat_assessment__period=year, narrative="[@EV-001]")
    citations_sync(target=cell)
    client.force_login(analyst)
    # 1 session, 2 user with their force, 3 user's roles, 4 periods with their board papers,
    # 5 threat areas and 6 Cs of the period's edition, 7 the force's people (owner filter),
    # 8 count of matching items, 9 the page of items with owners and citation counts
    with django_assert_num_queries(9):
        response = client.get(URL, {"sort": "-title", "threat_area": "", "freshness": "fresh"})
    assert len(references(response)) == min(count, 50)
