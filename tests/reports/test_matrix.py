"""The dashboard and the paper agree: each cell of the threat areas x Cs matrix is built once
for both (reports/matrix.py), and both carry the paper's one marking (PaperData.marking)."""

import html
import re
from dataclasses import fields

import pytest
from django.urls import reverse

from assessments.models import Departure
from evidence.services import citations_sync
from reports.dashboard import status_matrix
from reports.matrix import MatrixCell
from reports.paper import build_paper
from reports.selectors import paper_data
from tests.factories import EvidenceItemFactory
from tests.reports.conftest import mark_sensitive

pytestmark = pytest.mark.django_db


def drawn_cells(body: str) -> list[str]:
    """Each matrix cell's rating and direction of travel as the page says them, in order (the
    dashboard's state, evidence and link come after them, from their own partial)."""
    cells = re.findall(r'<td class="govuk-table__cell matrix__cell">(.*?)</td>', body, flags=re.S)
    said = []
    for cell in cells:
        shared = cell.split('<span class="matrix__state', 1)[0]
        said.append(" ".join(html.unescape(re.sub(r"<[^>]+>", " ", shared)).split()))
    return said


def test_the_dashboard_and_the_paper_draw_each_cell_alike(client, pcc_staff, paper_period):
    client.force_login(pcc_staff)
    dashboard = client.get(reverse("reports:dashboard", args=[paper_period.pk])).content.decode()
    paper = client.get(reverse("reports:paper", args=[paper_period.pk])).content.decode()
    summary = paper.split('id="summary"', 1)[1].split("</table>", 1)[0]
    on_dashboard, on_paper = drawn_cells(dashboard), drawn_cells(summary)
    assert on_dashboard == on_paper
    assert len(on_paper) == 6 * 5
    assert {
        "Partially meets ▼ Declined (was Meets)",
        "Meets ▲ Improved (was Partially meets)",
        "Meets ▬ No change",
        "Not yet assessed – No previous rating",
    } == set(on_paper)


def test_both_matrices_hold_the_same_cells(paper_period):
    data = paper_data(paper_period)
    shared = [f.name for f in fields(MatrixCell)]
    on_dashboard = [
        [getattr(cell, name) for name in shared]
        for row in status_matrix(data)
        for cell in row.cells
    ]
    on_paper = [
        [getattr(cell, name) for name in shared]
        for threat in build_paper(data).threats
        for cell in threat.cells
    ]
    assert on_dashboard == on_paper


def cited_only_in_a_departure(period):
    EvidenceItemFactory(force=period.force, reference="EV-DEP", classification="OFFICIAL-SENSITIVE")
    departure = Departure.objects.get(reference="DEP-001")
    departure.justification = "Recruits need training [@EV-DEP, p4]."
    departure.save()
    citations_sync(target=departure)


@pytest.mark.parametrize(
    ("change", "marking"),
    [
        (lambda period: None, "OFFICIAL"),
        (lambda period: mark_sensitive(period.force), "OFFICIAL-SENSITIVE"),
        (cited_only_in_a_departure, "OFFICIAL-SENSITIVE"),
    ],
    ids=["official", "a-cited-item-is-sensitive", "a-departure-cites-sensitive-evidence"],
)
def test_the_dashboard_and_the_paper_carry_the_same_marking(
    client, pcc_staff, paper_period, change, marking
):
    change(paper_period)
    client.force_login(pcc_staff)
    dashboard = client.get(reverse("reports:dashboard", args=[paper_period.pk]))
    paper = build_paper(paper_data(paper_period))
    assert dashboard.context["marking"] == paper.classification == marking
