"""The live preview page and the draft PDF download."""

import pytest
from django.urls import reverse

from assessments.models import Departure
from reports.services import paper_issue
from tests.factories import EvidenceItemFactory
from tests.reports.pdfread import pdf_pages

pytestmark = pytest.mark.django_db


def test_the_preview_shows_the_numbered_paper(client, analyst, paper_period):
    client.force_login(analyst)
    response = client.get(reverse("reports:paper", args=[paper_period.pk]))
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="para-1"' in body
    assert 'id="fn-1"' in body, "screen notes carry the footnotes"
    assert "Capacity, Contribution, Capability, Consistency &amp; Connectivity" in body
    assert "No version of this paper has been issued yet" in body
    assert "Issue this paper" not in body, "only PCC office staff may issue"


def test_a_departure_across_threat_areas_is_headed_right_under_its_section(
    client, analyst, paper_period
):
    # Its heading was an h4 straight under the section's h2, skipping a level (not valid HTML).
    Departure.objects.create(
        period=paper_period,
        reference="DEP-002",
        title="Mutual aid across the region",
        justification="### Why\n\nA regional agreement.",
    )
    client.force_login(analyst)
    body = client.get(reverse("reports:paper", args=[paper_period.pk])).content.decode()
    section = body[body.index('<section class="paper-section" id="departures"') :]
    assert '<h2 class="paper-heading" id="departures-title">' in section
    assert (
        '<h3 class="departure__heading">Departure from the SPR DEP-002: '
        "Mutual aid across the region</h3>"
    ) in section
    assert '<h4 class="paper-subheading">Why</h4>' in section


def test_the_preview_query_count_does_not_grow_with_evidence(
    client, pcc_staff, paper_period, django_assert_num_queries
):
    client.force_login(pcc_staff)
    url = reverse("reports:paper", args=[paper_period.pk])
    client.get(url)
    # 1 session, 2 user with force, 3 roles, 4 period with force, edition and scale,
    # 5-16 the paper's data (reports.selectors.paper_data), 17 the latest issue
    with django_assert_num_queries(17):
        client.get(url)
    for n in range(100):
        EvidenceItemFactory(force=paper_period.force, reference=f"EV-X{n:03d}")
    with django_assert_num_queries(17):
        client.get(url)


def test_an_issued_paper_is_compared_with_the_live_one_without_reading_its_copies(
    client, pcc_staff, paper_period, django_assert_num_queries
):
    paper_issue(period=paper_period, user=pcc_staff, override_reason="Issued before all areas.")
    client.force_login(pcc_staff)
    url = reverse("reports:paper", args=[paper_period.pk])
    client.get(url)
    # As above: 17 the latest issue, without its PDF and on-screen copy (the comparison reads
    # the hash of its wording only).
    with django_assert_num_queries(17):
        body = client.get(url).content.decode()
    assert "Nothing has changed since version 1" in body


def test_the_draft_pdf_downloads_as_a_marked_draft(client, reviewer, paper_period):
    client.force_login(reviewer)
    response = client.get(reverse("reports:paper_pdf", args=[paper_period.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "DRAFT" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    assert all("Draft: not issued" in page for page in pdf_pages(response.content))


def test_a_period_without_paper_texts_still_previews(client, analyst, period):
    client.force_login(analyst)
    response = client.get(reverse("reports:paper", args=[period.pk]))
    assert response.status_code == 200
    assert "annual compliance report" in response.content.decode()


def test_an_unknown_period_is_404(client, analyst):
    client.force_login(analyst)
    assert client.get(reverse("reports:paper", args=[99999])).status_code == 404
