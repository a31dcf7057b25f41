"""evidence 0005 renumbers stored citations now that lists join the paragraph before them."""

import importlib
import random

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from evidence.citations import citations_in
from evidence.models import Citation
from evidence.services import citations_sync
from tests.factories import BoardPaperFactory, DimensionAssessmentFactory, EvidenceItemFactory

MIGRATION = "0008_renumber_citations_lists_join_lead_in"
migration = importlib.import_module(f"evidence.migrations.{MIGRATION}")

LISTED = "Lead-in [@EV-001]:\n\n- first [@EV-002, p4]\n- second\n\nAfter the list [@EV-001, p9]."
# The numbers the rows had before: the list was paragraph 2, the sentence after it 3.
BEFORE = [1, 2, 3]
AFTER = [1, 1, 2]


def run(direction):
    """The migration's own function, with the models as they stand at that migration."""
    apps = MigrationLoader(connection).project_state(("evidence", MIGRATION)).apps
    direction(apps, connection.schema_editor())


def paragraphs(rows) -> list[int]:
    return list(rows.order_by("position").values_list("paragraph", flat=True))


def written_before(rows, numbers):
    """The rows as citations_sync wrote them before lists joined their paragraph."""
    for citation, number in zip(rows.order_by("position"), numbers, strict=True):
        Citation.objects.filter(pk=citation.pk).update(paragraph=number)


def narrative_rows(cell):
    return cell.citations.filter(field="narrative")


@pytest.fixture
def listed(force):
    EvidenceItemFactory(force=force, reference="EV-001")
    EvidenceItemFactory(force=force, reference="EV-002")
    cell = DimensionAssessmentFactory(threat_assessment__period__force=force, narrative=LISTED)
    citations_sync(target=cell)
    written_before(narrative_rows(cell), BEFORE)
    return cell


@pytest.mark.django_db
def test_it_gives_stored_citations_the_paragraph_numbers_the_paper_prints(listed):
    run(migration.lists_join_their_paragraph)
    assert paragraphs(narrative_rows(listed)) == AFTER
    assert [number for number, _marker in citations_in(listed.narrative)] == AFTER
    assert citations_sync(target=listed) is False, "the rows now agree with the text"


@pytest.mark.django_db
def test_its_reverse_gives_back_the_numbers_of_before(listed):
    run(migration.lists_join_their_paragraph)
    run(migration.lists_stand_alone)
    assert paragraphs(narrative_rows(listed)) == BEFORE


@pytest.mark.django_db
def test_it_numbers_every_text_that_cites(force):
    EvidenceItemFactory(force=force, reference="EV-001")
    EvidenceItemFactory(force=force, reference="EV-002")
    cell = DimensionAssessmentFactory(threat_assessment__period__force=force, gaps=LISTED)
    context = cell.threat_assessment
    context.context = f"### National picture\n\n{LISTED}"
    context.save()
    paper = BoardPaperFactory(period=context.period, background=LISTED, conclusion=LISTED)
    texts = [
        cell.citations.filter(field="gaps"),
        context.context_citations.filter(field="context"),
        paper.citations.filter(field="background"),
        paper.citations.filter(field="conclusion"),
    ]
    for target in (cell, context, paper):
        citations_sync(target=target)
    for rows in texts:
        written_before(rows, BEFORE)
    run(migration.lists_join_their_paragraph)
    assert [paragraphs(rows) for rows in texts] == [AFTER] * len(texts)


@pytest.mark.django_db
def test_rows_out_of_step_with_their_text_are_left_to_its_next_save(listed):
    # Edited without a sync (a raw update, say): the rows no longer follow the markers.
    type(listed).objects.filter(pk=listed.pk).update(narrative="Now cites only [@EV-002].")
    run(migration.lists_join_their_paragraph)
    assert paragraphs(narrative_rows(listed)) == BEFORE


# Texts with lists in every place a list can stand, and things that only look like lists.
PIECES = [
    "Prose [@A1].",
    "More prose [@B2, p3] and a note[^Aside.].",
    "- item [@C3]\n- item two",
    "1. numbered [@A1, s.4]",
    "* starred [@B2]",
    "   + indented [@C3]",
    "    - code, not a list [@A1]",
    "-5 degrees [@B2]",
    "**Bold** start [@C3]",
    "### Heading [@A1]",
    "## Heading\n- list under it [@B2]",
    "#NotAHeading [@C3]",
    " ",
]


def test_the_migrations_copy_of_the_rule_numbers_as_the_app_does():
    chooser = random.Random(5)
    for _ in range(3000):
        pieces = [chooser.choice(PIECES) for _ in range(chooser.randint(0, 8))]
        separator = chooser.choice(["\n\n", "\r\n\r\n", "\n \n\n"])
        text = separator.join(pieces)
        app = [(number, marker.reference) for number, marker in citations_in(text)]
        assert migration.cited(text, lists_join=True) == app, text
