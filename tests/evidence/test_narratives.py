"""Which texts are narratives: every text that may cite evidence gets its Citation rows, so the
register shows where an item is cited and the database protects it."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from assessments.models import Departure, DimensionAssessment, ThreatAssessment
from assessments.services import (
    DEPARTURE_FIELDS,
    departure_update,
    dimension_assessment_update,
)
from evidence import narratives
from evidence.models import Citation, EvidenceItem
from evidence.services import citations_sync
from reports.models import BoardPaper
from tests.db import refused_by_database
from tests.factories import (
    BoardPaperFactory,
    DepartureFactory,
    DimensionAssessmentFactory,
    EvidenceItemFactory,
)

pytestmark = pytest.mark.django_db


def test_every_text_that_may_cite_is_registered_once():
    registered = {kind.model: set(kind.fields) for kind in narratives.kinds()}
    assert registered == {
        ThreatAssessment: {"context"},
        DimensionAssessment: {"narrative", "gaps"},
        Departure: {"justification"},
        BoardPaper: {"purpose", "background", "recommendation", "conclusion"},
    }
    assert {kind.link for kind in narratives.kinds()} == set(Citation.target_links())


def test_evidence_cited_only_in_gaps_gets_a_row_and_is_protected(analyst, force):
    item = EvidenceItemFactory(force=force, reference="EV-070")
    cell = DimensionAssessmentFactory(threat_assessment__period__force=force)
    data = {"rating": cell.rating, "narrative": "", "owner": None}
    dimension_assessment_update(
        assessment=cell,
        user=analyst,
        data={**data, "gaps": "First.\n\nA gap the review found [@EV-070, p5]."},
        expected_version=cell.version,
    )
    (row,) = Citation.objects.filter(evidence=item)
    assert (row.dimension_assessment_id, row.field, row.paragraph, row.locator) == (
        cell.pk,
        "gaps",
        2,
        "p5",
    )
    with refused_by_database():
        EvidenceItem.objects.filter(pk=item.pk).delete()


def test_a_departure_justification_cites_like_any_narrative(pcc_staff, force):
    item = EvidenceItemFactory(force=force, reference="EV-071")
    departure = DepartureFactory(period__force=force)
    data = {name: getattr(departure, name) for name in DEPARTURE_FIELDS}
    departure_update(
        departure=departure,
        user=pcc_staff,
        data={**data, "justification": "Training first [@EV-071, p2]."},
        expected_version=departure.version,
    )
    assert Citation.objects.get(evidence=item).departure_id == departure.pk
    with pytest.raises(ValidationError, match="EV-404"):
        departure_update(
            departure=departure,
            user=pcc_staff,
            data={**data, "justification": "Unknown [@EV-404]."},
            expected_version=departure.version + 1,
        )
    assert Citation.objects.get(evidence=item).departure_id == departure.pk


def test_the_evidence_page_lists_every_kind_of_narrative_with_a_link(client, analyst, force):
    item = EvidenceItemFactory(force=force, reference="EV-072")
    cell = DimensionAssessmentFactory(
        threat_assessment__period__force=force, gaps="A gap [@EV-072]."
    )
    period = cell.threat_assessment.period
    departure = DepartureFactory(period=period, justification="Because [@EV-072, p9].")
    paper = BoardPaperFactory(period=period, background="Context [@EV-072, p1].")
    for target in (cell, departure, paper):
        citations_sync(target=target)
    client.force_login(analyst)
    page = client.get(reverse("evidence:detail", args=[item.pk])).content.decode()
    area, dimension = cell.threat_assessment.threat_area, cell.dimension
    assert f"{dimension.label}: gaps" in page
    assert reverse("assessments:dimension", args=[period.pk, area.key, dimension.key]) in page
    assert f"{departure.reference}: justification" in page
    assert reverse("assessments:departure_list", args=[period.pk]) in page
    assert (
        "Background" in page and reverse("reports:paper", args=[period.pk]) + "#background" in page
    )
    assert "Links to the assessments will appear here" not in page


def test_the_admin_refuses_a_paper_text_citing_unknown_evidence(client, force):
    from tests.factories import UserFactory

    superuser = UserFactory(is_staff=True, is_superuser=True, force=None)
    paper = BoardPaperFactory(period__force=force, meeting_date=datetime.date(2020, 3, 17))
    EvidenceItemFactory(force=force, reference="EV-073")
    client.force_login(superuser)
    url = reverse("admin:reports_boardpaper_change", args=[paper.pk])
    form = client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data["period"] = paper.period_id
    answer = client.post(url, {**data, "conclusion": "We rely on [@EV-999]."})
    assert answer.status_code == 200
    assert "EV-999" in answer.content.decode()
    assert not Citation.objects.filter(board_paper=paper).exists()
    answer = client.post(url, {**data, "conclusion": "We rely on [@EV-073, p4]."})
    assert answer.status_code == 302
    assert Citation.objects.get(board_paper=paper).field == "conclusion"
