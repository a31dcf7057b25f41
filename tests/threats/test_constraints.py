"""Each invariant of the framework and assessment models is held by the database."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from assessments.models import CapacityMetric, Departure, DimensionAssessment, ThreatAssessment
from tests.db import refused_by_database
from tests.factories import (
    PERIOD_HOLDINGS,
    DimensionAssessmentFactory,
    PeriodFactory,
    ThreatAssessmentFactory,
    UserFactory,
    edition,
)
from threats.models import Dimension, RatingLevel, RatingScale, ReportingPeriod, ThreatArea

pytestmark = pytest.mark.django_db


def test_a_threat_area_key_is_unique_within_its_edition():
    with refused_by_database():
        ThreatArea.objects.create(edition=edition(), key="terrorism", label="Again", order=99)


def test_two_threat_areas_cannot_share_a_place_in_the_order():
    with refused_by_database():
        ThreatArea.objects.create(edition=edition(), key="new", label="New", order=1)


def test_a_dimension_key_is_unique_within_its_edition():
    with refused_by_database():
        Dimension.objects.create(edition=edition(), key="capacity", label="Again", order=9)


def test_a_rating_colour_must_be_a_hex_colour():
    scale = RatingScale.objects.create(key="test", name="Test")
    with refused_by_database():
        RatingLevel.objects.create(scale=scale, key="x", label="X", rank=1, colour="red")


def test_a_scale_has_only_one_not_yet_assessed_level():
    scale = RatingScale.objects.get(key="spr-compliance")
    with refused_by_database():
        RatingLevel.objects.create(
            scale=scale,
            key="pending",
            label="Pending",
            rank=9,
            colour="#505a5f",
            is_assessed=False,
        )


def test_a_period_must_end_after_it_starts(force):
    with refused_by_database():
        PeriodFactory(
            force=force, starts_on=datetime.date(2020, 4, 1), ends_on=datetime.date(2020, 3, 31)
        )


def test_a_force_cannot_have_two_periods_with_one_label(period):
    with refused_by_database():
        PeriodFactory(force=period.force, label=period.label)


def test_a_period_can_only_assess_threat_areas_of_its_edition(period):
    threat_2023 = edition("spr-2023").threat_areas.get(key="vawg")
    with pytest.raises(ValidationError, match="another edition"):
        ThreatAssessment(period=period, threat_area=threat_2023).full_clean()
    with refused_by_database("edition"):
        ThreatAssessment.objects.create(period=period, threat_area=threat_2023)


def test_a_threat_area_is_assessed_once_per_period(period):
    area = period.edition.threat_areas.first()
    ThreatAssessment.objects.create(period=period, threat_area=area)
    with refused_by_database():
        ThreatAssessment.objects.create(period=period, threat_area=area)


def test_a_cell_is_assessed_once_per_threat_and_dimension():
    cell = DimensionAssessmentFactory()
    with refused_by_database():
        DimensionAssessment.objects.create(
            threat_assessment=cell.threat_assessment, dimension=cell.dimension, rating=cell.rating
        )


def test_a_cell_can_only_use_a_dimension_of_the_periods_edition():
    threat_assessment = ThreatAssessmentFactory()
    old_heading = edition("spr-2012").dimensions.get(key="capacity-contribution")
    rating = threat_assessment.period.rating_scale.levels.first()
    with pytest.raises(ValidationError, match="another edition"):
        DimensionAssessment(
            threat_assessment=threat_assessment, dimension=old_heading, rating=rating
        ).full_clean()
    with refused_by_database("edition"):
        DimensionAssessment.objects.create(
            threat_assessment=threat_assessment, dimension=old_heading, rating=rating
        )


def test_a_cell_can_only_use_a_rating_of_the_periods_scale():
    cell = DimensionAssessmentFactory()
    peel_good = RatingScale.objects.get(key="peel").levels.get(key="good")
    cell.rating = peel_good
    with pytest.raises(ValidationError, match="rating scale"):
        cell.full_clean()
    with refused_by_database("rating scale"):
        cell.save()


def test_a_period_cannot_change_edition_once_assessed():
    threat_assessment = ThreatAssessmentFactory()
    period = threat_assessment.period
    with refused_by_database("cannot change"):
        ReportingPeriod.objects.filter(pk=period.pk).update(edition=edition("spr-2023"))


def test_an_unassessed_period_may_still_change_edition(period):
    ReportingPeriod.objects.filter(pk=period.pk).update(edition=edition("spr-2023"))
    period.refresh_from_db()
    assert period.edition.key == "spr-2023"


@pytest.mark.parametrize("holding", PERIOD_HOLDINGS)
def test_a_period_cannot_change_force_once_it_holds_data(period, other_force, holding):
    PERIOD_HOLDINGS[holding](period)
    period.force = other_force
    with pytest.raises(ValidationError, match="force cannot change"):
        period.full_clean()
    with refused_by_database("cannot change force"):
        ReportingPeriod.objects.filter(pk=period.pk).update(force=other_force)
    assert ReportingPeriod.objects.get(pk=period.pk).force.slug == "testshire"


def test_a_period_that_holds_nothing_may_still_change_force(period, other_force):
    period.force = other_force
    period.full_clean()
    ReportingPeriod.objects.filter(pk=period.pk).update(force=other_force)
    period.refresh_from_db()
    assert period.force == other_force


def departure(period, **values):
    defaults = {"period": period, "reference": "DEP-001", "title": "T", "justification": "J"}
    return Departure.objects.create(**{**defaults, **values})


def test_an_approved_departure_must_say_who_approved_it_and_when(period):
    approver = UserFactory(force=period.force)
    with refused_by_database():
        departure(period, status="approved", approved_on=datetime.date(2019, 7, 1))
    with refused_by_database():
        departure(period, status="approved", approved_by=approver, approved_on=None)
    with refused_by_database():
        departure(period, status="proposed", approved_by=approver)
    departure(
        period, status="approved", approved_by=approver, approved_on=datetime.date(2019, 7, 1)
    )
    # Approved before approval was an act the system records: the name typed then.
    departure(
        period,
        reference="DEP-002",
        status="approved",
        approver_as_typed="PCC",
        approved_on=datetime.date(2019, 7, 1),
    )


def test_a_departure_review_falls_after_its_approval(period):
    with refused_by_database():
        departure(
            period,
            status="approved",
            approver_as_typed="PCC",
            approved_on=datetime.date(2019, 7, 1),
            review_on=datetime.date(2019, 6, 1),
        )


def test_an_ended_departure_records_when_it_ended(period):
    with refused_by_database():
        departure(
            period, status="ended", approver_as_typed="PCC", approved_on=datetime.date(2019, 7, 1)
        )


def test_a_capacity_metric_cannot_be_negative():
    threat_assessment = ThreatAssessmentFactory()
    with refused_by_database():
        CapacityMetric.objects.create(
            threat_assessment=threat_assessment,
            name="PSUs",
            value=-1,
            unit="PSUs",
            as_at=datetime.date(2019, 9, 30),
        )
    with refused_by_database():
        CapacityMetric.objects.create(
            threat_assessment=threat_assessment,
            name="PSUs",
            value=22,
            unit="PSUs",
            national_commitment=-21,
            as_at=datetime.date(2019, 9, 30),
        )


def test_a_metric_says_whether_it_meets_the_national_commitment():
    threat_assessment = ThreatAssessmentFactory()
    metric = CapacityMetric.objects.create(
        threat_assessment=threat_assessment,
        name="PSUs",
        value=22,
        unit="PSUs",
        national_commitment=21,
        as_at=datetime.date(2019, 9, 30),
    )
    assert metric.meets_commitment is True
    metric.value = 20
    assert metric.meets_commitment is False
