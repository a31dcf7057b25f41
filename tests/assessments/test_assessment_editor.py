"""The assessment editor: one page per C, and the threat's page with its context."""

import pytest
from django.test import Client

from assessments.models import DimensionAssessment
from assessments.services import BACK_TO_DRAFT, dimension_assessment_update
from evidence.models import Citation
from tests.assessments.helpers import cell_form, level, threat_with_cells
from tests.factories import EvidenceItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def threat(period):
    return threat_with_cells(period)


@pytest.fixture
def cell(threat):
    return threat.dimension_assessments.get(dimension__key="capability")


@pytest.fixture
def ev012(force):
    return EvidenceItemFactory(
        force=force, reference="EV-012", title="Regional mobilisation exercise debrief"
    )


def url(cell) -> str:
    threat = cell.threat_assessment
    return f"/periods/{threat.period_id}/threats/{threat.threat_area.key}/{cell.dimension.key}/"


def threat_url(threat) -> str:
    return f"/periods/{threat.period_id}/threats/{threat.threat_area.key}/"


def test_the_page_shows_the_rating_scale_in_words_with_swatches(client, analyst, cell, ev012):
    client.force_login(analyst)
    response = client.get(url(cell))
    body = response.content.decode()
    assert response.status_code == 200
    assert "<title>Capability: Public order, 2019/20" in body
    for label in ("Meets", "Partially meets", "Does not meet", "Not yet assessed"):
        assert label in body
    assert 'class="app-swatch rating-' in body
    assert "EV-012 Regional mobilisation exercise debrief" in body, "the citation picker"
    assert 'name="version" value="1"' in body
    assert "js/editor.js" in body


def test_saving_writes_the_cell_its_history_and_its_citations(client, analyst, cell, ev012):
    client.force_login(analyst)
    data = cell_form(
        cell,
        rating=level(cell.threat_assessment.period, "meets").pk,
        narrative="33 PSUs mobilised. [@EV-012, p8-10]\n\nA second paragraph.",
        owner=analyst.pk,
    )
    response = client.post(url(cell), data)
    assert response.status_code == 302
    cell.refresh_from_db()
    assert cell.version == 2
    assert cell.rating.key == "meets"
    assert cell.owner == analyst
    latest = cell.history.first()
    assert (latest.history_type, latest.history_user) == ("~", analyst)
    (citation,) = Citation.objects.filter(dimension_assessment=cell)
    assert (citation.evidence, citation.paragraph, citation.locator) == (ev012, 1, "p8-10")
    page = client.get(url(cell)).content.decode()
    assert "Your changes are saved" in page
    assert "Changed by Test Person" in page


def test_an_unknown_reference_is_refused_and_nothing_is_saved(client, analyst, cell):
    client.force_login(analyst)
    response = client.post(url(cell), cell_form(cell, narrative="See [@EV-999, p3]."))
    body = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: " in body
    assert "The text cites EV-999, which is not in the evidence register." in body
    assert "See [@EV-999, p3].</textarea>" in body, "the text is kept"
    cell.refresh_from_db()
    assert (cell.narrative, cell.version, cell.history.count()) == ("", 1, 1)


def test_insert_citation_without_javascript_appends_to_the_chosen_paragraph(
    client, analyst, cell, ev012
):
    client.force_login(analyst)
    data = cell_form(cell, narrative="First.\n\nSecond paragraph.\n\nThird.")
    data |= {"action": "cite", "cite-evidence": "EV-012", "cite-locator": "p8-10"}
    data["cite-paragraph"] = "2"
    body = client.post(url(cell), data).content.decode()
    assert "First.\n\nSecond paragraph. [@EV-012, p8-10]\n\nThird.</textarea>" in body
    assert "[@EV-012, p8-10] is added at the end of paragraph 2. Save to keep it." in body
    cell.refresh_from_db()
    assert cell.narrative == "", "citing alone saves nothing"


def test_insert_citation_without_a_paragraph_goes_at_the_end(client, analyst, cell, ev012):
    client.force_login(analyst)
    data = cell_form(cell, narrative="Only text.") | {"action": "cite", "cite-evidence": "EV-012"}
    body = client.post(url(cell), data).content.decode()
    assert "Only text. [@EV-012]</textarea>" in body


@pytest.mark.parametrize(
    ("cite", "message"),
    [
        ({"cite-evidence": ""}, "Select the evidence to cite"),
        ({"cite-evidence": "EV-999"}, "Select evidence from the register"),
        ({"cite-evidence": "EV-012", "cite-paragraph": "7"}, "The text has 1 paragraph"),
        ({"cite-evidence": "EV-012", "cite-paragraph": "two"}, "must be a whole number"),
        ({"cite-evidence": "EV-012", "cite-locator": "p[3]"}, "cannot contain square brackets"),
    ],
)
def test_a_bad_citation_is_explained(client, analyst, cell, ev012, cite, message):
    client.force_login(analyst)
    data = cell_form(cell, narrative="Text.") | {"action": "cite"} | cite
    body = client.post(url(cell), data).content.decode()
    assert message in body
    assert "<title>Error: " in body
    assert "Text.</textarea>" in body


def test_preview_numbers_paragraphs_and_turns_citations_into_notes(client, analyst, cell, ev012):
    client.force_login(analyst)
    data = cell_form(cell, narrative="One. [@EV-012, p3]\n\nTwo. [^An aside.]") | {
        "action": "preview"
    }
    body = client.post(url(cell), data).content.decode()
    assert '<div class="para" id="para-2"><span class="para-number">2.</span>' in body
    assert "Regional mobilisation exercise debrief" in body
    assert "p3 [EV-012]." in body
    assert "An aside." in body
    cell.refresh_from_db()
    assert cell.narrative == "", "preview saves nothing"


def test_a_list_is_previewed_and_cited_as_part_of_the_paragraph_introducing_it(
    client, analyst, cell, ev012
):
    client.force_login(analyst)
    narrative = "Two gaps remain:\n\n- training\n- funding\n\nClosing words."
    body = client.post(url(cell), cell_form(cell, narrative=narrative, action="preview"))
    body = body.content.decode()
    assert '<span class="para-number">2.</span><div class="para-body"><p>Closing' in body
    assert 'id="para-3"' not in body
    data = cell_form(cell, narrative=narrative) | {"action": "cite", "cite-evidence": "EV-012"}
    body = client.post(url(cell), data | {"cite-paragraph": "2"}).content.decode()
    assert "Closing words. [@EV-012]</textarea>" in body


def test_a_script_in_the_narrative_is_stored_and_shown_harmless(client, analyst, cell):
    client.force_login(analyst)
    script = "Hello <script>alert('x')</script> world"
    assert client.post(url(cell), cell_form(cell, narrative=script)).status_code == 302
    cell.refresh_from_db()
    assert cell.narrative == script
    body = client.post(url(cell), cell_form(cell, action="preview")).content.decode()
    assert "<script>alert" not in body
    assert "&lt;script&gt;alert" in body, "escaped in the textarea"


def test_pcc_staff_read_the_section_as_it_prints(client, pcc_staff, cell):
    cell.narrative = "Read me <script>alert(1)</script>"
    cell.save()
    client.force_login(pcc_staff)
    body = client.get(url(cell)).content.decode()
    assert "Read me" in body
    assert "<script>alert(1)" not in body
    assert "<textarea" not in body
    assert client.post(url(cell), cell_form(cell, narrative="x")).status_code == 403


def test_board_members_get_403(client, board_member, cell):
    client.force_login(board_member)
    assert client.get(url(cell)).status_code == 403
    assert client.get(threat_url(cell.threat_assessment)).status_code == 403


def test_another_force_and_unknown_keys_are_not_found(client, outsider, analyst, cell):
    client.force_login(outsider)
    assert client.get(url(cell)).status_code == 404
    assert client.post(url(cell), cell_form(cell, narrative="Hijack")).status_code == 404
    client.force_login(analyst)
    period = cell.threat_assessment.period_id
    assert client.get(f"/periods/{period}/threats/no-such-threat/").status_code == 404
    assert client.get(f"/periods/{period}/threats/public-order/no-such-c/").status_code == 404
    assert client.get("/periods/999999/threats/public-order/").status_code == 404


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"rating": ""}, "Select a rating"),
        ({"rating": "999999"}, "Select a rating from the list"),
        ({"owner": "999999"}, "Select an owner from the list"),
        ({"narrative": "x" * 20_001}, "Narrative must be 20,000 characters or fewer"),
    ],
)
def test_bad_input_is_explained(client, analyst, cell, changes, message):
    client.force_login(analyst)
    response = client.post(url(cell), cell_form(cell, **changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    cell.refresh_from_db()
    assert cell.version == 1


def test_editing_an_approved_cell_returns_it_to_draft(client, reviewer, cell):
    cell.state = DimensionAssessment.State.APPROVED
    cell.save()
    client.force_login(reviewer)
    assert client.post(url(cell), cell_form(cell, narrative="Changed.")).status_code == 302
    cell.refresh_from_db()
    assert cell.state == DimensionAssessment.State.DRAFT
    reason = BACK_TO_DRAFT[DimensionAssessment.State.APPROVED]
    assert cell.history.first().history_change_reason == reason
    assert reason in client.get(url(cell)).content.decode()


def test_submitting_for_review(client, analyst, cell):
    client.force_login(analyst)
    refused = client.post(url(cell), {"action": "submit", "version": "1"}, follow=True)
    assert "Choose a rating before submitting for review" in refused.content.decode()
    rating = level(cell.threat_assessment.period, "meets")
    client.post(url(cell), cell_form(cell, rating=rating.pk, narrative="Done."))
    response = client.post(url(cell), {"action": "submit", "version": "2"}, follow=True)
    assert "Capability is submitted for review" in response.content.decode()
    cell.refresh_from_db()
    assert cell.state == DimensionAssessment.State.SUBMITTED
    assert cell.history.first().history_change_reason == "Submitted for review"


def test_two_concurrent_edits_never_lose_the_first_and_keep_the_seconds_text(
    analyst, reviewer, cell
):
    first, second = Client(), Client()
    first.force_login(analyst)
    second.force_login(reviewer)
    first_form, second_form = cell_form(cell), cell_form(cell)
    first_form["narrative"] = "The analyst's text."
    assert first.post(url(cell), first_form).status_code == 302
    second_form["narrative"] = "The reviewer's careful text."
    response = second.post(url(cell), second_form)
    body = response.content.decode()
    assert response.status_code == 409
    assert "Someone else changed Public order: Capability" in body
    assert "The analyst&#x27;s text." in body, "their version, as saved"
    assert "The reviewer&#x27;s careful text.</textarea>" in body, "yours, kept in the form"
    assert 'name="version" value="2"' in body
    cell.refresh_from_db()
    assert (cell.narrative, cell.version) == ("The analyst's text.", 2)
    resubmitted = dict(second_form, version="2")
    assert second.post(url(cell), resubmitted).status_code == 302
    cell.refresh_from_db()
    assert (cell.narrative, cell.version) == ("The reviewer's careful text.", 3)


def test_the_service_refuses_a_stale_version(analyst, cell):
    from sprcompliance.exceptions import EditConflict

    data = {"rating": cell.rating, "narrative": "x", "gaps": "", "owner": None}
    with pytest.raises(EditConflict):
        dimension_assessment_update(assessment=cell, user=analyst, data=data, expected_version=7)


@pytest.mark.parametrize("count", [10, 500])
def test_the_editor_runs_in_a_fixed_number_of_queries(
    client, analyst, cell, count, django_assert_num_queries
):
    threat = cell.threat_assessment
    for n in range(count):
        EvidenceItemFactory(force=analyst.force, reference=f"EV-{n:03d}")
    client.force_login(analyst)
    client.post(url(cell), cell_form(cell, narrative="Text [@EV-001, p1]."))
    # 1 session, 2 user with their force, 3 user's roles, 4 the cell with its period, threat
    # area, C, rating and owner, 5 the rating levels, 6 the force's evidence, 7 its people,
    # 8 the threat's measures with their sources, 9 the cell's history with users and rows
    with django_assert_num_queries(9):
        response = client.get(url(cell))
    assert response.status_code == 200
    # The threat's page adds its cells (one query) in place of the cell.
    # 1 session, 2 user, 3 roles, 4 threat assessment, 5 its cells, 6 levels, 7 evidence,
    # 8 people, 9 measures, 10 history
    with django_assert_num_queries(10):
        assert client.get(threat_url(threat)).status_code == 200


# The threat's own page: its context.


def test_the_context_saves_with_citations_and_history(client, analyst, threat, ev012):
    client.force_login(analyst)
    data = {"context": "Level SEVERE. [@EV-012, p3]", "owner": "", "version": "1"}
    assert client.post(threat_url(threat), data).status_code == 302
    threat.refresh_from_db()
    assert (threat.context, threat.version) == ("Level SEVERE. [@EV-012, p3]", 2)
    assert threat.history.first().history_user == analyst
    assert Citation.objects.filter(threat_assessment=threat).count() == 1
    body = client.get(threat_url(threat)).content.decode()
    for label in ("Capacity", "Contribution", "Capability", "Consistency", "Connectivity"):
        assert label in body


def test_concurrent_context_edits_get_the_conflict_page(client, analyst, reviewer, threat):
    stale = {"context": "Mine", "owner": "", "version": "1"}
    client.force_login(analyst)
    client.post(threat_url(threat), {"context": "Theirs", "owner": "", "version": "1"})
    client.force_login(reviewer)
    response = client.post(threat_url(threat), stale)
    assert response.status_code == 409
    assert "Mine</textarea>" in response.content.decode()
    threat.refresh_from_db()
    assert threat.context == "Theirs"


def test_pcc_staff_read_the_context_as_it_prints_with_a_script_made_harmless(
    client, pcc_staff, threat
):
    threat.context = "### Threat level\n\nSEVERE <script>alert(1)</script> since 2014."
    threat.save()
    client.force_login(pcc_staff)
    body = client.get(threat_url(threat)).content.decode()
    assert '<span class="para-number">1.</span>' in body
    assert "SEVERE" in body
    assert "<script>alert(1)" not in body
    assert "<textarea" not in body
    assert client.post(threat_url(threat), {"context": "x", "version": "1"}).status_code == 403


def test_a_sub_heading_of_the_context_comes_right_under_the_previews_heading(
    client, pcc_staff, threat
):
    # The preview's title is an h2: an h4 beneath it skipped a level, which HTML does not allow.
    threat.context = "### Threat level\n\nSEVERE since 2014."
    threat.save()
    client.force_login(pcc_staff)
    body = client.get(threat_url(threat)).content.decode()
    assert '<h2 class="govuk-heading-m" id="preview-title">' in body
    assert '<h3 class="paper-subheading">Threat level</h3>' in body


def test_a_citation_goes_into_the_context_without_javascript(client, analyst, threat, ev012):
    client.force_login(analyst)
    data = {"context": "### Level\n\nSEVERE.", "owner": "", "version": "1", "action": "cite"}
    data |= {"cite-evidence": "EV-012", "cite-locator": "p3", "cite-paragraph": "1"}
    body = client.post(threat_url(threat), data).content.decode()
    assert "### Level\n\nSEVERE. [@EV-012, p3]</textarea>" in body
