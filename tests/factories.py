"""factory_boy factories that keep related objects consistent: a period's assessments use its
edition's threat areas and dimensions and its rating scale; evidence belongs to the force."""

import datetime
import hashlib

import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts.models import Force, User
from accounts.roles import GROUP_NAMES
from assessments.models import Departure, DimensionAssessment, ThreatAssessment
from evidence.models import Action, EvidenceItem
from reports.models import BoardPaper, IssuedPaper
from threats.models import Edition, RatingScale, ReportingPeriod


def edition(key="spr-2015") -> Edition:
    return Edition.objects.get(key=key)


def default_scale() -> RatingScale:
    return RatingScale.objects.get(key="spr-compliance")


class ForceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Force
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Force {n} Police")
    slug = factory.Sequence(lambda n: f"force-{n}")
    pcc_title = factory.LazyAttribute(lambda o: f"Police and Crime Commissioner for {o.name}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Person {n}")
    force = factory.SubFactory(ForceFactory)
    password = factory.django.Password("a-long-test-passphrase")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=GROUP_NAMES[extracted]))


class PeriodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportingPeriod

    force = factory.SubFactory(ForceFactory)
    edition = factory.LazyFunction(edition)
    rating_scale = factory.LazyFunction(default_scale)
    label = factory.Sequence(lambda n: f"{2000 + n}/{(n + 1) % 100:02d}")
    starts_on = factory.Sequence(lambda n: datetime.date(2000 + n, 4, 1))
    ends_on = factory.LazyAttribute(
        lambda o: o.starts_on.replace(year=o.starts_on.year + 1) - datetime.timedelta(days=1)
    )


class ThreatAssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ThreatAssessment

    period = factory.SubFactory(PeriodFactory)
    threat_area = factory.LazyAttribute(lambda o: o.period.edition.threat_areas.first())
    context = ""


class DimensionAssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DimensionAssessment

    threat_assessment = factory.SubFactory(ThreatAssessmentFactory)
    dimension = factory.LazyAttribute(
        lambda o: o.threat_assessment.period.edition.dimensions.first()
    )
    rating = factory.LazyAttribute(
        lambda o: o.threat_assessment.period.rating_scale.levels.get(is_assessed=False)
    )
    narrative = ""


class EvidenceItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EvidenceItem

    force = factory.SubFactory(ForceFactory)
    reference = factory.Sequence(lambda n: f"EV-{n:03d}")
    title = factory.Sequence(lambda n: f"Evidence item {n}")
    kind = EvidenceItem.Kind.INSPECTION_REPORT
    source = "HMICFRS"
    evidence_date = datetime.date(2019, 6, 1)
    review_by = datetime.date(2020, 6, 1)


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    force = factory.SubFactory(ForceFactory)
    reference = factory.Sequence(lambda n: f"ACT-{n:03d}")
    title = factory.Sequence(lambda n: f"Action {n}")
    source_kind = Action.SourceKind.HMICFRS_RECOMMENDATION
    owner = "Head of Public Order"
    due_on = datetime.date(2020, 6, 30)


class BoardPaperFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BoardPaper

    period = factory.SubFactory(PeriodFactory)
    title = "Strategic Policing Requirement: annual compliance report"


class DepartureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Departure

    period = factory.SubFactory(PeriodFactory)
    reference = factory.Sequence(lambda n: f"DEP-{n:03d}")
    title = factory.Sequence(lambda n: f"Departure {n}")
    justification = "There is good reason not to follow this part of the SPR."


def issued_paper(period, user) -> IssuedPaper:
    """A version of the period's paper as issued, with stand-in PDF bytes."""
    pdf = b"%PDF-1.7 stand-in bytes"
    return IssuedPaper.objects.create(
        period=period,
        version=1,
        issued_at=timezone.now(),
        issued_by=user,
        title="Paper",
        classification="OFFICIAL",
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        size=len(pdf),
        html="<p>Paper</p>",
        source_sha256="0" * 64,
        paragraph_count=1,
        footnote_count=0,
    )


# Each kind of its force's data a period can hold (its texts' citations hang on these).
PERIOD_HOLDINGS = {
    "an assessment": lambda period: ThreatAssessmentFactory(period=period),
    "a departure": lambda period: DepartureFactory(period=period),
    "a paper": lambda period: BoardPaperFactory(period=period),
    "an issued paper": lambda period: issued_paper(period, UserFactory(force=period.force)),
    "an action raised in it": lambda period: ActionFactory(force=period.force, raised_in=period),
}
