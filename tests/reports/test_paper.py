"""The paper's structure: numbering, footnotes, marking, direction of travel, annex."""

import pytest

from assessments.models import DimensionAssessment
from evidence.numbering import short_title
from reports.matrix import Direction
from reports.paper import build_paper, five_cs_heading
from reports.selectors import paper_data, period_for_paper
from reports.services import paper_print_html, paper_screen_html
from tests.html_check import elements
from tests.reports.conftest import mark_sensitive

pytestmark = pytest.mark.django_db


def build(period):
    return build_paper(paper_data(period_for_paper(force=period.force, pk=period.pk)))


def all_blocks(paper):
    for section in paper.opening_sections:
        yield from section.blocks
    for threat in paper.threats:
        yield from threat.context
        for cell in threat.cells:
            yield from cell.blocks
            yield from cell.gaps
        for _departure, blocks in threat.departures:
            yield from blocks
    yield from paper.conclusion.blocks


def test_paragraphs_are_numbered_continuously_through_the_paper(paper_period):
    paper = build(paper_period)
    numbers = [block.number for block in all_blocks(paper) if not block.is_heading]
    assert numbers == list(range(1, paper.paragraph_count + 1))
    assert paper.paragraph_count > 20


def test_sub_headings_are_kept_and_not_numbered(paper_period):
    paper = build(paper_period)
    headings = [block for block in paper.threats[0].context if block.is_heading]
    assert [h.heading for h in headings] == ["National picture"]
    assert headings[0].number is None


def test_footnotes_are_numbered_continuously_in_reading_order(paper_period):
    paper = build(paper_period)
    in_order = [note.number for block in all_blocks(paper) for note in block.footnotes]
    assert in_order == list(range(1, len(paper.footnotes) + 1))


def test_a_citation_footnote_names_its_source_and_locator(paper_period):
    paper = build(paper_period)
    first = paper.purpose.blocks[0].footnotes[0]
    assert first.number == 1
    assert first.text == "Home Office, National strategy, 1 June 2018, p1 [EV-001]."
    assert 'class="fn-call" href="#fn-1"' in paper.purpose.blocks[0].html


def test_a_note_is_a_footnote_that_cites_nothing(paper_period):
    paper = build(paper_period)
    notes = [note for note in paper.footnotes if note.evidence is None]
    assert notes
    assert all(note.text == "A note that explains a term." for note in notes)


def test_the_same_document_is_cited_at_several_locators(paper_period):
    paper = build(paper_period)
    locators = {
        note.locator
        for note in paper.footnotes
        if note.evidence and note.evidence.reference == "EV-001"
    }
    assert {"p1", "p3", "p8-10"} <= locators


def notes_citing(paper, reference):
    return [n for n in paper.footnotes if n.evidence and n.evidence.reference == reference]


def test_a_document_cited_again_prints_a_short_note_pointing_back_to_the_first(paper_period):
    paper = build(paper_period)
    first, again, *more = notes_citing(paper, "EV-001")
    assert first.first is None
    assert (
        first.text
        == first.full_text
        == ("Home Office, National strategy, 1 June 2018, p1 [EV-001].")
    )
    assert again.first == first.number == 1
    assert again.text == "National strategy (n 1) p3 [EV-001]."
    assert again.full_text == "Home Office, National strategy, 1 June 2018, p3 [EV-001]."
    assert more and all(note.first == 1 for note in more)
    # A whole document cited again: the short form has no locator.
    whole, whole_again, *_ = notes_citing(paper, "EV-002")
    assert whole.text == "HMICFRS, Inspection report, 1 May 2019 [EV-002]."
    assert whole_again.text == f"Inspection report (n {whole.number}) [EV-002]."


def test_explanatory_notes_and_unknown_references_always_print_in_full(paper_period):
    paper_obj = paper_period.paper
    paper_obj.conclusion = "One [@EV-404, p2]. Two [@EV-404, p3]."
    paper_obj.save()
    paper = build(paper_period)
    explanatory = [n for n in paper.footnotes if n.evidence is None and "EV-404" not in n.text]
    assert len(explanatory) > 1
    assert {n.text for n in explanatory} == {"A note that explains a term."}
    unknown = [n.text for n in paper.conclusion.footnotes]
    assert unknown == ["EV-404: not found in the evidence register."] * 2
    assert all(n.first is None for n in paper.conclusion.footnotes)


def test_the_short_note_prints_in_the_paragraph_and_links_back_on_screen(paper_period):
    paper = build(paper_period)
    again = notes_citing(paper, "EV-001")[1]
    print_html = paper_print_html(paper)
    assert f'data-n="{again.number}">National strategy (n 1) p3 [EV-001].</span>' in print_html
    screen = paper_screen_html(paper)
    assert (
        f'<li id="fn-{again.number}" value="{again.number}">National strategy '
        '(<a class="govuk-link" href="#fn-1">n 1</a>) p3 [EV-001]. <a' in screen
    )


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("PEEL 2018/19: an inspection of Midshire Police", "PEEL 2018/19"),
        ("Force management statement 2019", "Force management statement 2019"),
        ("Cyber: Keep the light on", "Cyber: Keep the light on"),
        ("Mutual aid feedback form: October 2019 protests", "Mutual aid feedback form"),
    ],
)
def test_a_short_title_leaves_out_the_subtitle(title, short):
    assert short_title(title) == short


def test_a_list_with_no_lead_in_under_a_sub_heading_takes_the_heading_as_its_lead_in(
    paper_period,
):
    cell = DimensionAssessment.objects.filter(threat_assessment__period=paper_period).first()
    cell.gaps = "- Training is behind.\n- Funding ends in 2021."
    cell.save()
    context = cell.threat_assessment
    context.context = "### National picture\n\n- high threat\n\n### Locally\n\nModerate."
    context.save()
    paper = build(paper_period)
    threat = next(t for t in paper.threats if t.key == context.threat_area.key)
    gaps = next(c for c in threat.cells if c.dimension_key == cell.dimension.key).gaps
    assert [(b.heading, b.lead, b.number is not None) for b in gaps] == [("", "Gaps", True)]
    assert [(b.heading, b.lead) for b in threat.context] == [
        ("", "National picture"),
        ("Locally", ""),
        ("", ""),
    ]
    html = paper_print_html(paper)
    assert (
        f'<span class="para-number">{gaps[0].number}.</span><div class="para-body">'
        '<h5 class="paper-subheading para-lead">Gaps</h5><ul>' in html
    )


def test_gaps_that_open_with_prose_stay_under_their_heading(paper_period):
    gaps = build(paper_period).threats[0].cells[0].gaps
    assert [(b.heading, b.lead) for b in gaps] == [("Gaps", ""), ("", "")]


def test_the_heading_of_the_five_cs_comes_from_the_edition(paper_period):
    paper = build(paper_period)
    assert paper.five_cs_heading == "Capacity, Contribution, Capability, Consistency & Connectivity"
    assert five_cs_heading(["A"]) == "A"


def test_threat_areas_follow_the_editions_order_and_unassessed_cells_say_so(paper_period):
    paper = build(paper_period)
    assert [t.key for t in paper.threats] == [
        "terrorism",
        "public-order",
        "serious-organised-crime",
        "cyber",
        "civil-emergencies",
        "child-sexual-abuse",
    ]
    cyber = paper.threats[3]
    assert [cell.rating for cell in cyber.cells] == ["Not yet assessed"] * 5
    assert {cell.direction for cell in cyber.cells} == {Direction.NEW}


def test_direction_of_travel_compares_with_the_previous_period(paper_period):
    paper = build(paper_period)
    terrorism, public_order = paper.threats[:2]
    assert terrorism.cells[0].direction == Direction.DECLINED
    assert terrorism.cells[0].previous_rating == "Meets"
    assert terrorism.cells[1].direction == Direction.SAME
    assert public_order.cells[0].direction == Direction.IMPROVED


def test_the_marking_is_official_unless_a_cited_item_is_sensitive(paper_period):
    assert build(paper_period).classification == "OFFICIAL"
    mark_sensitive(paper_period.force, "EV-002")
    assert build(paper_period).classification == "OFFICIAL-SENSITIVE"


def test_uncited_sensitive_evidence_does_not_raise_the_marking(paper_period):
    from tests.factories import EvidenceItemFactory

    EvidenceItemFactory(
        force=paper_period.force, reference="EV-999", classification="OFFICIAL-SENSITIVE"
    )
    assert build(paper_period).classification == "OFFICIAL"


def test_the_annex_lists_each_cited_item_once_with_its_paragraphs(paper_period):
    paper = build(paper_period)
    assert [entry.evidence.reference for entry in paper.annex] == ["EV-001", "EV-002"]
    ev1 = paper.annex[0]
    citing = [
        b.number
        for b in all_blocks(paper)
        if any(n.evidence and n.evidence.reference == "EV-001" for n in b.footnotes)
    ]
    assert ev1.paragraphs == citing
    assert paper.annex[1].staleness.is_stale, "EV-002 was due for review before the meeting"
    assert not paper.annex[0].staleness.is_stale


def test_metrics_actions_and_departures_sit_with_their_threat(paper_period):
    terrorism = build(paper_period).threats[0]
    assert [m.name for m in terrorism.metrics] == ["Firearms officers"]
    assert [a.reference for a in terrorism.actions] == ["ACT-001"]
    ((departure, blocks),) = terrorism.departures
    assert departure.reference == "DEP-001"
    assert blocks[0].footnotes[0].locator == "p4"


def test_a_reference_missing_from_the_register_is_reported_not_hidden(paper_period):
    paper_obj = paper_period.paper
    paper_obj.conclusion = "We rely on this [@EV-404, p2]."
    paper_obj.save()
    paper = build(paper_period)
    assert paper.unknown_references == ["EV-404"]
    assert paper.conclusion.blocks[0].footnotes[0].text == (
        "EV-404: not found in the evidence register."
    )


def test_hostile_markup_in_a_narrative_is_neutralised(paper_period):
    paper_obj = paper_period.paper
    paper_obj.purpose = (
        'Text <script>alert(1)</script><img src="file:///etc/passwd">'
        '<a rel="attachment" href="file:///etc/passwd">x</a> [link](javascript:alert(1))'
    )
    paper_obj.save()
    html = build(paper_period).purpose.blocks[0].html
    # Raw HTML prints as typed (escaped); no element, address or script of it survives.
    found = elements(html)
    assert [tag for tag, _ in found] == ["p", "a"]
    assert found[1][1] == {"rel": "noopener noreferrer"}  # the javascript: address is gone
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_gathering_the_paper_takes_a_fixed_number_of_queries(
    paper_period, django_assert_num_queries
):
    period = period_for_paper(force=paper_period.force, pk=paper_period.pk)
    # 1 paper texts, 2 threat assessments, 3 cells with ratings, 4 previous period,
    # 5 threat areas, 6 dimensions, 7 rating levels, 8 metrics, 9 open actions,
    # 10 departures, 11 previous ratings, 12 cited evidence
    with django_assert_num_queries(12):
        build_paper(paper_data(period))


def test_evidence_cited_only_in_a_departure_is_found_and_raises_the_marking(paper_period):
    """The paper's narratives include departures' justifications: an item they alone cite
    prints as a full note and counts towards the paper's marking."""
    from tests.factories import EvidenceItemFactory

    EvidenceItemFactory(
        force=paper_period.force,
        reference="EV-050",
        title="Recruitment plan",
        classification="OFFICIAL-SENSITIVE",
    )
    departure = paper_period.departures.get(reference="DEP-001")
    departure.justification = "Recruits need training [@EV-050, p2]."
    departure.save()
    paper = build(paper_period)
    ((_departure, blocks),) = paper.threats[0].departures
    (note,) = blocks[0].footnotes
    assert note.evidence is not None and note.evidence.reference == "EV-050"
    assert "Recruitment plan" in note.text and "not found" not in note.text
    assert "EV-050" not in paper.unknown_references
    assert paper.classification == "OFFICIAL-SENSITIVE"
    assert "EV-050" in [entry.evidence.reference for entry in paper.annex]
