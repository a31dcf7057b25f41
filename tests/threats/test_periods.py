"""Reporting periods know their predecessor, for the direction of travel."""

import datetime

import pytest

from tests.factories import PeriodFactory

pytestmark = pytest.mark.django_db


def test_the_previous_period_is_the_latest_that_ended_before_this_one(force, other_force):
    older = PeriodFactory(
        force=force,
        label="2017/18",
        starts_on=datetime.date(2017, 4, 1),
        ends_on=datetime.date(2018, 3, 31),
    )
    last = PeriodFactory(
        force=force,
        label="2018/19",
        starts_on=datetime.date(2018, 4, 1),
        ends_on=datetime.date(2019, 3, 31),
    )
    PeriodFactory(
        force=other_force,
        label="2018/19",
        starts_on=datetime.date(2018, 4, 2),
        ends_on=datetime.date(2019, 3, 31),
    )
    current = PeriodFactory(
        force=force,
        label="2019/20",
        starts_on=datetime.date(2019, 4, 1),
        ends_on=datetime.date(2020, 3, 31),
    )
    assert current.previous() == last
    assert last.previous() == older
    assert older.previous() is None
