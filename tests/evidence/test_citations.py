"""Narratives carry their citations as markers; saving rewrites the citation rows."""

import pytest
from django.core.exceptions import ValidationError

from evidence.citations import (
    Marker,
    citations_in,
    format_citation,
    normalise,
    split_blocks,
)
from evidence.models import Citation
from evidence.services import citations_sync
from tests.factories import DimensionAssessmentFactory, EvidenceItemFactory

NARRATIVE = """\
### Pursue

The regional unit leads investigations [@EV-001, p8-10]. Cases rose [@EV-002].

- first point [@EV-001, p3]
- second point[^The unit is funded jointly by four forces.]

Closing words with no sources.
"""


def test_blocks_are_numbered_and_headings_are_not():
    blocks = split_blocks(NARRATIVE)
    assert [(b.is_heading, b.paragraph) for b in blocks] == [
        (True, None),
        (False, 1),
        (False, 2),
    ]
    assert blocks[0].text == "Pursue"
    assert blocks[2].text == "Closing words with no sources."


def test_a_list_belongs_to_the_paragraph_that_introduces_it():
    lead_in = split_blocks(NARRATIVE)[1]
    assert lead_in.text.startswith("The regional unit leads investigations")
    assert lead_in.text.endswith("- second point[^The unit is funded jointly by four forces.]")
    assert not lead_in.opens_with_list


def test_a_list_with_no_lead_in_is_a_paragraph_of_its_own():
    text = "- opens the text\n- second item\n\n### Heading\n\n- under a heading\n\nProse."
    blocks = split_blocks(text)
    assert [(b.paragraph, b.opens_with_list, b.text) for b in blocks if not b.is_heading] == [
        (1, True, "- opens the text\n- second item"),
        (2, True, "- under a heading"),
        (3, False, "Prose."),
    ]


def test_lists_and_list_items_apart_after_a_lead_in_all_belong_to_it():
    text = "The threats are:\n\n- terrorism\n\n- public disorder\n\n1. first\n2. second\n\nNext."
    blocks = split_blocks(text)
    assert [b.paragraph for b in blocks] == [1, 2]
    assert blocks[0].text == text.removesuffix("\n\nNext.")


@pytest.mark.parametrize(
    "start", ["**Bold** start.", "-5 degrees at night.", "2.5 million calls.", "    - code"]
)
def test_a_paragraph_that_only_looks_like_a_list_stands_alone(start):
    assert [b.paragraph for b in split_blocks(f"Lead-in:\n\n{start}")] == [1, 2]


def test_each_paragraph_says_where_it_ends_in_the_text():
    text = "\r\nOne [@A1].\r\n\r\n- item\r\n\r\n## Two\r\nThree  "
    normalised = normalise(text)
    paragraphs = [b for b in split_blocks(text) if not b.is_heading]
    assert [normalised[b.start : b.end] for b in paragraphs] == [b.text for b in paragraphs]
    assert [b.text for b in paragraphs] == ["One [@A1].\n\n- item", "Three"]


def test_markers_keep_their_order_locator_and_notes():
    blocks = split_blocks(NARRATIVE)
    assert blocks[1].markers == [
        Marker("EV-001", "p8-10"),
        Marker("EV-002", ""),
        Marker("EV-001", "p3"),
        Marker(note="The unit is funded jointly by four forces."),
    ]
    assert blocks[2].markers == []


def test_citations_in_gives_each_citation_its_paragraph():
    assert citations_in(NARRATIVE + "\nAnd more [@EV-003].") == [
        (1, Marker("EV-001", "p8-10")),
        (1, Marker("EV-002", "")),
        (1, Marker("EV-001", "p3")),
        (3, Marker("EV-003", "")),
    ]


def test_windows_line_endings_and_extra_blank_lines_do_not_change_numbering():
    text = "One [@A1].\r\n\r\n\r\n   \r\nTwo [@B2, para 4.2]."
    assert citations_in(text) == [(1, Marker("A1", "")), (2, Marker("B2", "para 4.2"))]


def test_text_that_only_looks_like_a_marker_is_not_one():
    assert citations_in("Email [@] and [@ EV-1] and [@EV-1, ] and [link](http://x) [x]") == [
        (1, Marker("EV-1", ""))
    ]


def test_an_empty_narrative_has_no_blocks():
    assert split_blocks("") == []
    assert split_blocks(None) == []


def test_format_citation_is_what_the_parser_reads_back():
    assert format_citation("EV-012", " p8-10 ") == "[@EV-012, p8-10]"
    assert format_citation("EV-012") == "[@EV-012]"
    assert citations_in(format_citation("EV-012", "annex B")) == [(1, Marker("EV-012", "annex B"))]


@pytest.mark.django_db
def test_saving_a_narrative_rewrites_its_citation_rows(force):
    first = EvidenceItemFactory(force=force, reference="EV-001")
    second = EvidenceItemFactory(force=force, reference="EV-002")
    cell = DimensionAssessmentFactory(threat_assessment__period__force=force, narrative=NARRATIVE)

    assert citations_sync(target=cell) is True
    rows = list(
        cell.citations.values_list("evidence__reference", "paragraph", "position", "locator")
    )
    assert rows == [("EV-001", 1, 1, "p8-10"), ("EV-002", 1, 2, ""), ("EV-001", 1, 3, "p3")]

    assert citations_sync(target=cell) is False, "an unchanged narrative rewrites nothing"

    cell.narrative = "Only the second now [@EV-002, p1]."
    assert citations_sync(target=cell) is True
    assert list(cell.citations.values_list("evidence", "locator")) == [(second.pk, "p1")]
    assert not first.citations.exists()


@pytest.mark.django_db
def test_citing_evidence_the_register_lacks_changes_nothing(force, other_force):
    EvidenceItemFactory(force=force, reference="EV-001")
    EvidenceItemFactory(force=other_force, reference="EV-777")
    cell = DimensionAssessmentFactory(
        threat_assessment__period__force=force, narrative="Fine [@EV-001]."
    )
    citations_sync(target=cell)

    cell.narrative = "Fine [@EV-001]. Not ours [@EV-777]. Missing [@EV-999]."
    with pytest.raises(ValidationError, match="EV-777, EV-999, which are not in the evidence"):
        citations_sync(target=cell)
    assert list(Citation.objects.values_list("evidence__reference", flat=True)) == ["EV-001"]
