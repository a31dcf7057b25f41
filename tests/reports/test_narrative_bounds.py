"""Narrative text that would make Markdown's work grow with the square of its length (brackets
nested deep or left open, a paragraph of very many links) or break a link (a citation inside
its address): refused on every form that takes a narrative, and printed as typed when it got
into the database another way (a restore, an import), so that every page stays quick."""

import pytest
from django.forms.models import model_to_dict, modelform_factory
from django.urls import reverse

from assessments.models import Departure, DimensionAssessment, ThreatAssessment
from evidence.citations import citations_in, heading_text, markers_in_link_addresses
from evidence.models import Citation
from evidence.services import citations_sync
from reports.admin import BoardPaperForm
from reports.models import BoardPaper
from reports.narratives import TEXTS
from sprcompliance.richtext import markdown_problem, markdown_to_safe_html
from tests.assessments.helpers import cell_form

pytestmark = pytest.mark.django_db

# Within the 20,000-character cap; before the bounds each page drawing it took minutes.
STALLING = "[" * 19_990 + "]("
LINK_WITH_MARKER = "See [the plan](http://a.example/[@EV-001]) for more."


def cell_url(cell) -> str:
    threat = cell.threat_assessment
    return f"/periods/{threat.period_id}/threats/{threat.threat_area.key}/{cell.dimension.key}/"


@pytest.fixture
def cell(paper_period):
    return DimensionAssessment.objects.filter(threat_assessment__period=paper_period).first()


def test_markdown_refuses_brackets_nested_deep_or_left_open_and_too_many_links():
    assert "nested more than 8 deep" in markdown_problem(STALLING)
    assert "nested more than 8 deep" in markdown_problem("[a " * 9)
    assert "more than 100 links" in markdown_problem("[a](b) " * 101)
    assert "more than 500 lines" in markdown_problem("- a\n" * 501)
    ordinary = "See [the plan [v2]](https://a.example/plan) and [x](y).\n- one\n- two"
    assert markdown_problem(ordinary) == ""
    assert markdown_problem("\\[" * 50) == "", "escaped brackets open nothing"


def test_a_paragraph_beyond_the_bounds_prints_as_typed():
    html = str(markdown_to_safe_html("[" * 9 + " **not bold** <b>x</b>"))
    assert html == "<p>[[[[[[[[[ **not bold** &lt;b&gt;x&lt;/b&gt;</p>"
    assert str(markdown_to_safe_html("**bold**")) == "<p><strong>bold</strong></p>"


def test_raw_html_is_read_as_text_so_it_cannot_stall_a_page():
    # 19,800 characters: through Python's HTML parser this took 23 s; read as text, it is one
    # linear pass (make bench times it).
    html = str(markdown_to_safe_html("<a " * 6600))
    assert html.startswith("<p>&lt;a &lt;a ")
    assert str(markdown_to_safe_html("Typed <b>as</b> <http://a.example/x> **is**")) == (
        '<p>Typed &lt;b&gt;as&lt;/b&gt; <a href="http://a.example/x" rel="noopener noreferrer">'
        "http://a.example/x</a> <strong>is</strong></p>"
    )


def test_lists_nested_too_deep_for_markdown_print_as_typed():
    # Longer than a form takes; a restore could bring it.
    nested = "".join("    " * depth + "- a\n" for depth in range(300))
    assert str(markdown_to_safe_html(nested)).startswith("<p>- a\n    - a")


def test_a_heading_is_read_in_one_pass_with_its_closing_hashes_left_out():
    assert heading_text("### Threat level ###") == "Threat level"
    assert heading_text("# C#") == "C"
    assert heading_text("# ##") == "#"
    assert heading_text("#nospace") == ""
    assert heading_text("# a" + " " * 19_990 + "b") == "a" + " " * 19_990 + "b"


def test_stored_stalling_text_leaves_the_paper_and_editor_pages_quick(
    client, analyst, pcc_staff, paper_period, cell
):
    # As a restore or an import would store it: straight into the table, no form.
    DimensionAssessment.objects.filter(pk=cell.pk).update(narrative=STALLING, gaps=STALLING)
    ThreatAssessment.objects.filter(period=paper_period).update(context=STALLING)
    Departure.objects.filter(period=paper_period).update(justification=STALLING)
    BoardPaper.objects.filter(period=paper_period).update(background=STALLING)
    printed = f"<p>{STALLING}</p>"
    client.force_login(pcc_staff)
    paper = client.get(reverse("reports:paper", args=[paper_period.pk]))
    assert paper.status_code == 200
    assert paper.content.decode().count(printed) >= 5, "context, C, gaps, departure, paper"
    client.force_login(analyst)
    editor = client.get(cell_url(cell))
    assert editor.status_code == 200
    assert printed in editor.content.decode(), "the saved text's preview"
    preview = client.post(cell_url(cell), cell_form(cell, narrative=STALLING, action="preview"))
    assert preview.status_code == 200
    assert "nested more than 8 deep" in preview.content.decode()


def test_the_editor_refuses_stalling_text_and_saves_nothing(client, analyst, cell):
    client.force_login(analyst)
    before = (cell.version, cell.gaps)
    response = client.post(cell_url(cell), cell_form(cell, gaps=STALLING))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Paragraph 1: Square brackets are nested more than 8 deep or left open" in body
    assert 'id="id_gaps_1_error"' in body
    cell.refresh_from_db()
    assert (cell.version, cell.gaps) == before


def test_a_citation_inside_a_link_address_is_refused_on_the_editor(client, analyst, cell):
    client.force_login(analyst)
    before = (cell.version, cell.narrative)
    response = client.post(cell_url(cell), cell_form(cell, narrative=LINK_WITH_MARKER))
    body = response.content.decode()
    assert "Paragraph 1 has [@EV-001] inside a link’s address" in body
    assert 'id="id_narrative_1_error"' in body
    cell.refresh_from_db()
    assert (cell.version, cell.narrative) == before


def test_a_citation_inside_a_link_address_is_refused_on_the_threat_context(client, analyst, cell):
    threat = cell.threat_assessment
    client.force_login(analyst)
    url = f"/periods/{threat.period_id}/threats/{threat.threat_area.key}/"
    data = {"context": LINK_WITH_MARKER, "owner": "", "version": str(threat.version)}
    body = client.post(url, data | {"action": "save"}).content.decode()
    assert 'id="id_context_1_error"' in body
    assert "inside a link’s address" in body
    threat.refresh_from_db()
    assert threat.context != LINK_WITH_MARKER


def test_a_citation_inside_a_link_address_is_refused_on_a_departure(client, analyst, paper_period):
    departure = Departure.objects.get(period=paper_period)
    client.force_login(analyst)
    url = f"/periods/{paper_period.pk}/departures/{departure.pk}/edit/"
    data = {
        "reference": departure.reference,
        "title": departure.title,
        "justification": "Autolinks too: <http://a.example/[@EV-002]>",
        "threat_area": departure.threat_area_id or "",
        "dimension": "",
        "version": str(departure.version),
        "review_on_day": "",
        "review_on_month": "",
        "review_on_year": "",
    }
    body = client.post(url, data).content.decode()
    assert 'id="id_justification_1_error"' in body
    assert "[@EV-002] inside a link’s address" in body
    departure.refresh_from_db()
    assert departure.justification == "Recruits need training [@EV-002, p4]."


def test_a_citation_inside_a_link_address_is_refused_on_the_paper_texts(paper_period):
    paper = BoardPaper.objects.get(period=paper_period)
    form_class = modelform_factory(BoardPaper, form=BoardPaperForm, fields=["period", *TEXTS])
    data = model_to_dict(paper, fields=["period", *TEXTS])
    form = form_class(data=data | {"purpose": LINK_WITH_MARKER}, instance=paper)
    assert not form.is_valid()
    assert "inside a link’s address" in form.errors["purpose"][0]
    assert form_class(data=data, instance=paper).is_valid(), "the texts as they are"
    paper.refresh_from_db()
    assert paper.purpose == "To assure the board [@EV-001, p1]."


def test_a_stored_citation_inside_a_link_address_makes_no_row_and_no_broken_link(
    client, pcc_staff, paper_period, cell
):
    text = LINK_WITH_MARKER + " Cited here [@EV-002]."
    assert markers_in_link_addresses(text) == ["[@EV-001]"]
    assert [marker.reference for _, marker in citations_in(text)] == ["EV-002"]
    DimensionAssessment.objects.filter(pk=cell.pk).update(narrative=text)
    cell.refresh_from_db()
    citations_sync(target=cell)
    cited = Citation.objects.filter(dimension_assessment=cell, field="narrative")
    assert [c.evidence.reference for c in cited] == ["EV-002"]
    client.force_login(pcc_staff)
    body = client.get(reverse("reports:paper", args=[paper_period.pk])).content.decode()
    assert 'href="http://a.example/[@EV-001]"' in body, "the address as typed"
    assert 'href="http://a.example/<' not in body
