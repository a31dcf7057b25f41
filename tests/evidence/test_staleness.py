"""What "stale" means (evidence/staleness.py): the two questions, their dates, the reasons in
words, and the database's answer agreeing with the one given for an item in hand."""

import datetime

import pytest

from evidence.models import EvidenceItem
from evidence.staleness import StaleCheck
from tests.factories import EvidenceItemFactory, PeriodFactory

pytestmark = pytest.mark.django_db

MEETING = datetime.date(2020, 3, 17)


@pytest.fixture
def year(force):
    return PeriodFactory(
        force=force,
        label="2019/20",
        starts_on=datetime.date(2019, 4, 1),
        ends_on=datetime.date(2020, 3, 31),
    )


def test_stale_now_is_what_has_passed_its_review_by_date(force):
    today = datetime.date(2020, 3, 31)
    fresh = EvidenceItemFactory(force=force, review_by=today)
    stale = EvidenceItemFactory(force=force, review_by=today - datetime.timedelta(days=1))
    check = StaleCheck.now(today=today)
    assert list(EvidenceItem.objects.for_force(force).stale(check)) == [stale]
    assert list(EvidenceItem.objects.for_force(force).fresh(check)) == [fresh]
    assert check.verdict(stale).sentence == (
        "stale today (31 March 2020): review-by date 30 March 2020 passed"
    )
    assert check.verdict(fresh).sentence == "fresh today (31 March 2020)"
    assert not check.verdict(fresh).is_stale and check.verdict(fresh).why == ""


def test_stale_now_ignores_the_time_the_evidence_covers(force):
    old = EvidenceItemFactory(
        force=force,
        evidence_date=datetime.date(2017, 6, 1),
        covers_to=datetime.date(2017, 3, 31),
        review_by=datetime.date(2030, 1, 1),
    )
    assert not StaleCheck.now(today=datetime.date(2020, 1, 1)).verdict(old).is_stale


def test_the_papers_question_is_judged_at_its_meeting(year, force):
    check = StaleCheck.for_paper(year, meeting_date=MEETING)
    assert check.on == MEETING
    on_the_day = EvidenceItemFactory(force=force, review_by=MEETING)
    day_before = EvidenceItemFactory(force=force, review_by=MEETING - datetime.timedelta(days=1))
    assert not check.verdict(on_the_day).is_stale, "good until the day itself"
    assert check.verdict(day_before).why == (
        "at the 17 March 2020 meeting: review-by date 16 March 2020 passed"
    )
    assert check.meaning == (
        "“Stale” means stale for the 2019/20 paper at the 17 March 2020 meeting: the review-by "
        "date is before 17 March 2020, or the evidence covers only a time that ended before "
        "2019/20 began."
    )


def test_with_no_meeting_date_the_paper_is_judged_at_the_periods_end(year):
    check = StaleCheck.for_paper(year, meeting_date=None)
    assert check.on == datetime.date(2020, 3, 31)
    assert check.when == "at the end of 2019/20 (31 March 2020)"
    assert "at the end of 2019/20 (31 March 2020), as no meeting date is set:" in check.meaning


def test_evidence_of_an_earlier_time_is_stale_for_the_paper_with_both_reasons(year, force):
    check = StaleCheck.for_paper(year, meeting_date=MEETING)
    first_day = EvidenceItemFactory(
        force=force, covers_to=year.starts_on, review_by=datetime.date(2021, 1, 1)
    )
    both = EvidenceItemFactory(
        force=force,
        evidence_date=datetime.date(2018, 6, 1),
        covers_to=datetime.date(2019, 3, 31),
        review_by=datetime.date(2019, 12, 31),
    )
    assert not check.verdict(first_day).is_stale, "covering up to the first day still counts"
    assert check.verdict(both).reason == (
        "review-by date 31 December 2019 passed and it covers only up to 31 March 2019, "
        "before 2019/20 began"
    )


def test_the_database_and_the_verdict_agree_on_every_item(year, force):
    # Review-by and covered dates around each boundary, with and without a covered time.
    days = [
        MEETING - datetime.timedelta(days=1),
        MEETING,
        year.ends_on,
        year.ends_on + datetime.timedelta(days=1),
    ]
    ends = [None, year.starts_on - datetime.timedelta(days=1), year.starts_on]
    for review_by in days:
        for covers_to in ends:
            EvidenceItemFactory(
                force=force,
                evidence_date=datetime.date(2018, 1, 1),
                covers_to=covers_to,
                review_by=review_by,
            )
    checks = [
        StaleCheck.for_paper(year, meeting_date=MEETING),
        StaleCheck.for_paper(year, meeting_date=None),
        StaleCheck.now(today=year.ends_on),
    ]
    items = list(EvidenceItem.objects.for_force(force))
    for check in checks:
        in_database = set(EvidenceItem.objects.for_force(force).stale(check))
        in_hand = {item for item in items if check.verdict(item).is_stale}
        assert in_database == in_hand, check.when
        assert 0 < len(in_hand) < len(items), "the cases fall on both sides"
