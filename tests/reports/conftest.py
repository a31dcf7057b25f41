"""A small but complete period for paper tests: two threat areas fully assessed with
citations and notes, the others left unassessed, a previous period for direction of travel,
metrics, actions and a departure."""

import datetime

import pytest

from assessments.models import CapacityMetric, Departure, DimensionAssessment, ThreatAssessment
from evidence.models import Classification
from evidence.services import citations_sync
from reports.models import BoardPaper
from tests.factories import ActionFactory, EvidenceItemFactory, PeriodFactory


def assess(period, threat_key, ratings, narrative_for):
    area = period.edition.threat_areas.get(key=threat_key)
    levels = {level.key: level for level in period.rating_scale.levels.all()}
    threat = ThreatAssessment.objects.create(
        period=period,
        threat_area=area,
        context=(
            f"### National picture\n\nThe threat of {area.label.lower()} is high [@EV-001, p3]."
        ),
    )
    citations_sync(target=threat)
    for dimension, rating in zip(period.edition.dimensions.order_by("order"), ratings, strict=True):
        cell = DimensionAssessment.objects.create(
            threat_assessment=threat,
            dimension=dimension,
            rating=levels[rating],
            narrative=narrative_for(area, dimension),
            gaps="" if rating == "meets" else f"A gap in {dimension.label.lower()}.",
            state=DimensionAssessment.State.APPROVED,
        )
        citations_sync(target=cell)
    return threat


@pytest.fixture
def paper_period(force):
    """2019/20 with a 2018/19 before it."""
    EvidenceItemFactory(
        force=force,
        reference="EV-001",
        title="National strategy",
        source="Home Office",
        evidence_date=datetime.date(2018, 6, 1),
        review_by=datetime.date(2021, 6, 1),
    )
    EvidenceItemFactory(
        force=force,
        reference="EV-002",
        title="Inspection report",
        source="HMICFRS",
        evidence_date=datetime.date(2019, 5, 1),
        review_by=datetime.date(2020, 1, 1),
    )
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

    def narrative(area, dimension):
        return (
            f"{dimension.label} for {area.label.lower()} is described here [@EV-001, p8-10].\n\n"
            f"A second paragraph cites the inspection [@EV-002] and explains a term"
            f"[^A note that explains a term.]."
        )

    assess(previous, "terrorism", ["meets"] * 5, narrative)
    assess(previous, "public-order", ["partially-meets"] * 5, narrative)
    terrorism = assess(
        period, "terrorism", ["partially-meets", "meets", "meets", "meets", "meets"], narrative
    )
    assess(period, "public-order", ["meets"] * 5, narrative)
    BoardPaper.objects.create(
        period=period,
        title="SPR compliance report 2019/20",
        meeting="Policing Board",
        meeting_date=datetime.date(2020, 3, 17),
        presented_by="Chief Constable",
        author="Strategic Planning",
        purpose="To assure the board [@EV-001, p1].",
        background="The SPR sets national threats.\n\nForces have regard to it.",
        recommendation="The board is asked to note the report.",
        conclusion="The force can mobilise.",
        sign_off_name="Chief Executive",
    )
    CapacityMetric.objects.create(
        threat_assessment=terrorism,
        name="Firearms officers",
        value=97,
        unit="%",
        national_commitment=100,
        as_at=datetime.date(2019, 12, 4),
    )
    ActionFactory(
        force=force,
        reference="ACT-001",
        title="Finish the uplift",
        threat_area=terrorism.threat_area,
        due_on=datetime.date(2020, 1, 31),
    )
    Departure.objects.create(
        period=period,
        reference="DEP-001",
        threat_area=terrorism.threat_area,
        title="Timing of the uplift",
        justification="Recruits need training [@EV-002, p4].",
        status=Departure.Status.APPROVED,
        approver_as_typed="PCC",
        approved_on=datetime.date(2019, 7, 15),
        review_on=datetime.date(2020, 7, 15),
    )
    return period


def mark_sensitive(force, reference="EV-002"):
    item = force.evidence.get(reference=reference)
    item.classification = Classification.OFFICIAL_SENSITIVE
    item.save()


@pytest.fixture
def production_static_storage(settings, tmp_path):
    """Static files as production serves them (hashed names, from collectstatic), with nothing
    collected: what pages name then exists only after collectstatic, which PDFs must not need."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.STATIC_ROOT = tmp_path
