"""The printable one-page status summary, read back from the PDF."""

import datetime

import pytest
from django.urls import reverse
from django.utils import dateformat, timezone

from assessments.models import Departure, DimensionAssessment
from reports.dashboard import RULES, readiness
from reports.selectors import paper_data
from tests.factories import ActionFactory, UserFactory
from tests.reports.conftest import mark_sensitive
from tests.reports.pdfread import pdf_pages

pytestmark = pytest.mark.django_db


def url(period):
    return reverse("reports:dashboard_pdf", args=[period.pk])


def test_it_is_one_page_marked_top_and_bottom_with_the_date(client, board_member, paper_period):
    client.force_login(board_member)
    response = client.get(url(paper_period))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "SPR-status-testshire-2019-20.pdf" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    pages = pdf_pages(response.content)
    assert len(pages) == 1
    page = pages[0]
    assert page.startswith("OFFICIAL ")
    assert "OFFICIAL Page 1 of 1" in page or page.rstrip().endswith("OFFICIAL")
    assert page.count("OFFICIAL") >= 2
    assert dateformat.format(timezone.localdate(), "j F Y") in page
    assert "status summary, 2019/20" in page
    assert "Partially meets" in page and "Not ready to issue" in page


def test_it_is_marked_sensitive_when_it_cites_sensitive_evidence(client, pcc_staff, paper_period):
    mark_sensitive(paper_period.force)
    client.force_login(pcc_staff)
    page = pdf_pages(client.get(url(paper_period)).content)[0]
    assert page.startswith("OFFICIAL-SENSITIVE")
    assert page.count("OFFICIAL-SENSITIVE") >= 2


def test_an_empty_period_still_fits_on_one_page(client, pcc_staff, period):
    client.force_login(pcc_staff)
    response = client.get(url(period))
    assert response.status_code == 200
    assert len(pdf_pages(response.content)) == 1


def test_only_people_of_the_force_may_download_it(client, outsider, paper_period):
    client.force_login(outsider)
    assert client.get(url(paper_period)).status_code == 404
    client.force_login(UserFactory(username="nobody", force=None))
    assert client.get(url(paper_period)).status_code == 403


def test_every_rule_failing_and_many_due_items_still_fit_on_one_page(
    client, pcc_staff, paper_period
):
    force = paper_period.force
    cell = DimensionAssessment.objects.filter(threat_assessment__period=paper_period).first()
    cell.rating = paper_period.rating_scale.levels.get(key="does-not-meet")
    cell.narrative = ""
    cell.state = DimensionAssessment.State.DRAFT
    cell.save()
    Departure.objects.create(
        period=paper_period, reference="DEP-002", title="Unjustified", justification=""
    )
    today = timezone.localdate()
    for n in range(25):
        ActionFactory(
            force=force, reference=f"ACT-D{n:02d}", due_on=today - datetime.timedelta(days=n)
        )
    client.force_login(pcc_staff)
    response = client.get(url(paper_period))
    pages = pdf_pages(response.content)
    assert len(pages) == 1
    problems = readiness(paper_data(paper_period))
    assert len({p.rule for p in problems}) == len(RULES) - 1  # the fixture's action covers one
    assert f"Not ready to issue: {len(problems)} problems" in pages[0]
    assert "and 22 more" in pages[0], "27 due (25 + ACT-001 + DEP-001), 5 printed"


def test_it_keeps_its_stylesheet_with_the_production_static_storage(
    client, pcc_staff, paper_period, production_static_storage
):
    client.force_login(pcc_staff)
    page = pdf_pages(client.get(url(paper_period)).content)[0]
    assert "Page 1 of 1" in page
