"""An evidence item's page: the item, its files, where it is cited, actions, metrics, history."""

import datetime
import re
from decimal import Decimal

import pytest

from assessments.models import CapacityMetric
from evidence.services import EDITABLE_FIELDS, citations_sync, evidence_item_update
from evidence.uploads import check_upload
from tests.evidence import samples
from tests.factories import (
    ActionFactory,
    DimensionAssessmentFactory,
    EvidenceItemFactory,
    PeriodFactory,
    ThreatAssessmentFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def year(force):
    return PeriodFactory(
        force=force,
        label="2019/20",
        starts_on=datetime.date(2019, 4, 1),
        ends_on=datetime.date(2020, 3, 31),
    )


@pytest.fixture
def item(analyst):
    return EvidenceItemFactory(
        force=analyst.force,
        reference="EV-027",
        title="Exercise Central Muster: regional mobilisation debrief",
        source="Regional public order unit",
        url="https://www.example.org/muster",
        owner=analyst,
    )


def attach(item, user, *uploads):
    item.refresh_from_db()
    data = {name: getattr(item, name) for name in EDITABLE_FIELDS}
    accepted = [check_upload(upload) for upload in uploads]
    return evidence_item_update(
        item=item, user=user, data=data, files=accepted, expected_version=item.version
    )


def cite(year, item, *, area_index=0, dimension_index=0, narrative="", context=""):
    threat = ThreatAssessmentFactory(
        period=year, threat_area=list(year.edition.threat_areas.all())[area_index], context=context
    )
    if context:
        citations_sync(target=threat)
    if narrative:
        cell = DimensionAssessmentFactory(
            threat_assessment=threat,
            dimension=list(year.edition.dimensions.all())[dimension_index],
            narrative=narrative,
        )
        citations_sync(target=cell)
    return threat


def test_it_shows_the_item_and_its_files(client, analyst, item):
    attach(item, analyst, samples.upload("Debrief.pdf", samples.PDF))
    client.force_login(analyst)
    response = client.get(f"/evidence/{item.pk}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Exercise Central Muster: regional mobilisation debrief" in body
    assert "Regional public order unit" in body
    assert 'href="https://www.example.org/muster" rel="noreferrer noopener"' in body
    file = item.files.get()
    assert f'href="/evidence/files/{file.pk}/download/"' in body
    assert "Debrief.pdf" in body
    assert "PDF" in body and f"{len(samples.PDF)}\xa0bytes" in body


def test_it_lists_every_paragraph_that_cites_it(client, analyst, item, year):
    narrative = "Opening.\n\nThe exercise met the 10% test [@EV-027, p4].\n\nMore [@EV-027]."
    cite(year, item, area_index=1, dimension_index=2, narrative=narrative)
    cite(year, item, area_index=2, context="### Threat\n\nContext [@EV-027, annex B].")
    client.force_login(analyst)
    body = client.get(f"/evidence/{item.pk}/").content.decode()
    table = body.split("Where it is cited")[1].split("</table>")[0]
    rows = table.split("<tr")[2:]
    assert len(rows) == 3
    assert "Public order" in rows[0] and "Capability" in rows[0]
    assert ">2</td>" in rows[0] and "p4" in rows[0] and "Draft" in rows[0]
    assert ">3</td>" in rows[1] and "Whole document" in rows[1]
    assert "Serious and organised crime" in rows[2] and "Context" in rows[2]
    assert ">1</td>" in rows[2] and "annex B" in rows[2]


def cited_links(body: str) -> list[str]:
    table = body.split("Where it is cited")[1].split("</table>")[0]
    return re.findall(r'<a class="govuk-link" href="([^"]+)"', table)


def paragraph(body: str, fragment: str) -> str:
    """The words of the element with id `fragment` (a numbered paragraph) on a page."""
    match = re.search(rf'<div class="para" id="{fragment}">(.*?)</div></div>', body, re.S)
    assert match, f"no paragraph #{fragment} on the page"
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split())


@pytest.mark.parametrize("persona", ["analyst", "pcc_staff"])
def test_each_citing_paragraph_links_to_that_paragraph_in_the_assessment_editor(
    client, item, year, persona, request
):
    narrative = "Opening.\n\nThe exercise met the 10% test [@EV-027, p4].\n\nMore [@EV-027]."
    cite(year, item, area_index=1, dimension_index=2, narrative=narrative)
    cite(year, item, area_index=2, context="### Threat\n\nContext [@EV-027, annex B].")
    client.force_login(request.getfixturevalue(persona))
    body = client.get(f"/evidence/{item.pk}/").content.decode()
    links = cited_links(body)
    assert [link.split("/threats/")[1] for link in links] == [
        "public-order/capability/#para-2",
        "public-order/capability/#para-3",
        "serious-organised-crime/#para-1",
    ]
    # Each leads to the editor's page, where that paragraph is drawn (as it will print) with
    # the citation in it.
    expected = ["The exercise met the 10% test", "More", "Context"]
    for link, words in zip(links, expected, strict=True):
        path, fragment = link.split("#")
        page = client.get(path)
        assert page.status_code == 200, link
        assert paragraph(page.content.decode(), fragment).startswith(f"{fragment[5:]}. {words}")


def test_it_shows_the_actions_and_metrics_that_use_it(client, analyst, item, year):
    action = ActionFactory(force=analyst.force, reference="ACT-004", title="Train more PSUs")
    action.evidence.add(item)
    threat = cite(year, item, area_index=1)
    CapacityMetric.objects.create(
        threat_assessment=threat,
        name="PSUs mobilised",
        value=Decimal("22"),
        unit="PSUs",
        national_commitment=Decimal("21"),
        as_at=datetime.date(2019, 9, 30),
        source=item,
    )
    client.force_login(analyst)
    body = client.get(f"/evidence/{item.pk}/").content.decode()
    assert "ACT-004" in body and "Train more PSUs" in body
    assert "PSUs mobilised" in body and "22 PSUs" in body and "21 PSUs" in body


def test_it_shows_a_readable_history(client, analyst, reviewer, item):
    data = {name: getattr(item, name) for name in EDITABLE_FIELDS}
    data |= {"title": "Central Muster debrief", "classification": "OFFICIAL-SENSITIVE"}
    evidence_item_update(item=item, user=reviewer, data=data, expected_version=1)
    client.force_login(analyst)
    body = client.get(f"/evidence/{item.pk}/").content.decode()
    history = body.split('id="history"')[1]
    assert history.index("Changed by") < history.index("Created")
    assert "Exercise Central Muster: regional mobilisation debrief" in history
    assert "Central Muster debrief" in history
    assert "OFFICIAL-SENSITIVE" in history


def test_another_forces_item_is_not_found(client, outsider, item):
    client.force_login(outsider)
    assert client.get(f"/evidence/{item.pk}/").status_code == 404


def test_board_members_may_not_read_it_but_pcc_staff_may(client, board_member, pcc_staff, item):
    client.force_login(board_member)
    assert client.get(f"/evidence/{item.pk}/").status_code == 403
    client.force_login(pcc_staff)
    body = client.get(f"/evidence/{item.pk}/").content.decode()
    assert "Edit<span" not in body, "no edit button for a role that cannot edit"


@pytest.mark.parametrize("pk", ["999999", "99999999999999999999999"])
def test_unknown_and_absurd_ids_are_not_found(client, analyst, pk):
    client.force_login(analyst)
    assert client.get(f"/evidence/{pk}/").status_code == 404


@pytest.mark.parametrize("scale", [1, 20])
def test_the_page_runs_in_a_fixed_number_of_queries(
    client, analyst, reviewer, item, year, scale, django_assert_num_queries
):
    for n in range(scale):
        other = EvidenceItemFactory(force=analyst.force, reference=f"OT-{n}")
        attach(item, reviewer if n % 2 else analyst, samples.upload(f"f{n}.pdf", samples.PDF))
        action = ActionFactory(force=analyst.force)
        action.evidence.add(item, other)
    for n in range(min(scale, 6)):
        cite(year, item, area_index=n, narrative="[@EV-027, p1]\n\n[@EV-027]", context="[@EV-027]")
    client.force_login(analyst)
    # 1 session, 2 user with their force, 3 user's roles, 4 the item with its owner,
    # 5 files with uploaders, 6 actions, 7 metrics, 8 citations with their narratives,
    # 9 history with users and owners, 10 the citing periods with their board papers (the
    # meeting date each period's staleness verdict is judged at; added with those verdicts)
    with django_assert_num_queries(10):
        response = client.get(f"/evidence/{item.pk}/")
    assert response.status_code == 200
