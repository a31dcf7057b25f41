"""Each invariant of the evidence register is held by the database."""

import datetime

import pytest

from evidence.models import Action, Citation, Classification, EvidenceItem
from tests.db import refused_by_database
from tests.factories import (
    ActionFactory,
    BoardPaperFactory,
    DepartureFactory,
    DimensionAssessmentFactory,
    EvidenceItemFactory,
    ThreatAssessmentFactory,
)

pytestmark = pytest.mark.django_db


def test_a_reference_is_unique_within_a_force(force, other_force):
    EvidenceItemFactory(force=force, reference="EV-001")
    EvidenceItemFactory(force=other_force, reference="EV-001")
    with refused_by_database():
        EvidenceItemFactory(force=force, reference="EV-001")


def test_evidence_is_reviewed_after_its_own_date(force):
    with refused_by_database():
        EvidenceItemFactory(
            force=force,
            evidence_date=datetime.date(2019, 6, 1),
            review_by=datetime.date(2019, 6, 1),
        )


def test_the_period_covered_runs_forwards(force):
    with refused_by_database():
        EvidenceItemFactory(
            force=force,
            covers_from=datetime.date(2019, 4, 1),
            covers_to=datetime.date(2018, 4, 1),
        )


def test_the_highest_marking_wins():
    assert Classification.highest([]) == Classification.OFFICIAL
    assert Classification.highest(["OFFICIAL", "OFFICIAL-SENSITIVE", "OFFICIAL"]) == (
        Classification.OFFICIAL_SENSITIVE
    )


def test_a_citation_belongs_to_exactly_one_narrative(force):
    item = EvidenceItemFactory(force=force)
    cell = DimensionAssessmentFactory(threat_assessment__period__force=force)
    with refused_by_database():
        Citation.objects.create(evidence=item, paragraph=1, position=1)
    with refused_by_database():
        Citation.objects.create(
            evidence=item,
            paragraph=1,
            position=1,
            threat_assessment=cell.threat_assessment,
            dimension_assessment=cell,
        )


def test_a_citation_has_one_place_in_its_narrative(force):
    item = EvidenceItemFactory(force=force)
    cell = DimensionAssessmentFactory(threat_assessment__period__force=force)
    cited = {"evidence": item, "dimension_assessment": cell}
    Citation.objects.create(**cited, field="narrative", paragraph=1, position=1)
    # Each text of a narrative numbers its own citations.
    Citation.objects.create(**cited, field="gaps", paragraph=1, position=1)
    with refused_by_database():
        Citation.objects.create(**cited, field="narrative", paragraph=2, position=1)
    with refused_by_database():
        Citation.objects.create(**cited, field="narrative", paragraph=0, position=2)
    with refused_by_database():
        Citation.objects.create(**cited, field="", paragraph=1, position=3)


def test_a_narrative_cannot_cite_another_forces_evidence(force, other_force):
    theirs = EvidenceItemFactory(force=other_force)
    cell = DimensionAssessmentFactory(threat_assessment__period__force=force)
    with refused_by_database("own force"):
        Citation.objects.create(
            evidence=theirs, field="narrative", paragraph=1, position=1, dimension_assessment=cell
        )
    context = ThreatAssessmentFactory(period__force=force)
    departure = DepartureFactory(period=context.period)
    paper = BoardPaperFactory(period=context.period)
    targets = {"threat_assessment": context, "departure": departure, "board_paper": paper}
    for link, target in targets.items():
        with refused_by_database("own force"):
            Citation.objects.create(
                evidence=theirs, field="text", paragraph=1, position=1, **{link: target}
            )
        # The same row with the force's own evidence is accepted.
        ours = EvidenceItemFactory(force=force)
        Citation.objects.create(
            evidence=ours, field="text", paragraph=1, position=1, **{link: target}
        )


def test_cited_evidence_cannot_be_deleted(force):
    item = EvidenceItemFactory(force=force)
    cell = DimensionAssessmentFactory(threat_assessment__period__force=force)
    Citation.objects.create(
        evidence=item, field="narrative", paragraph=1, position=1, dimension_assessment=cell
    )
    with refused_by_database():
        EvidenceItem.objects.filter(pk=item.pk).delete()


def test_an_open_action_needs_a_due_date(force):
    with refused_by_database():
        ActionFactory(force=force, status=Action.Status.OPEN, due_on=None)
    ActionFactory(force=force, status=Action.Status.WITHDRAWN, due_on=None)


def test_only_a_completed_action_has_a_completion_date(force):
    with refused_by_database():
        ActionFactory(force=force, status=Action.Status.COMPLETED, completed_on=None)
    with refused_by_database():
        ActionFactory(
            force=force, status=Action.Status.OPEN, completed_on=datetime.date(2020, 1, 1)
        )


def test_overdue_actions_are_open_ones_past_their_due_date(force):
    on = datetime.date(2020, 7, 1)
    overdue = ActionFactory(force=force, due_on=datetime.date(2020, 6, 30))
    ActionFactory(force=force, due_on=datetime.date(2020, 7, 1))
    ActionFactory(
        force=force,
        due_on=datetime.date(2020, 1, 1),
        status=Action.Status.COMPLETED,
        completed_on=datetime.date(2020, 1, 1),
    )
    assert list(Action.objects.for_force(force).overdue(on=on)) == [overdue]
    assert overdue.is_overdue(on)
