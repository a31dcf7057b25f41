"""Exports of the filtered register: CSV and XLSX, marked, never cached, formula-safe."""

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from evidence.models import Classification
from tests.factories import EvidenceItemFactory, PeriodFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def year(force):
    return PeriodFactory(
        force=force,
        label="2019/20",
        starts_on=datetime.date(2019, 4, 1),
        ends_on=datetime.date(2020, 3, 31),
    )


def csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "a byte-order mark, so Excel reads UTF-8"
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_csv_holds_the_filtered_list_with_its_marking(client, analyst, year, other_force):
    EvidenceItemFactory(force=analyst.force, reference="EV-001", kind="letter", title="£64,600")
    EvidenceItemFactory(
        force=analyst.force,
        reference="EV-002",
        kind="letter",
        classification=Classification.OFFICIAL_SENSITIVE,
    )
    EvidenceItemFactory(force=analyst.force, reference="EV-003", kind="minutes")
    EvidenceItemFactory(force=other_force, reference="EV-001", kind="letter")
    client.force_login(analyst)
    response = client.get("/evidence/export.csv", {"kind": "letter", "page": "2"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="evidence-register-testshire-2019-20-OFFICIAL-SENSITIVE.csv"'
    )
    assert "no-store" in response["Cache-Control"]
    rows = csv_rows(response)
    assert rows[0] == ["OFFICIAL-SENSITIVE"]
    assert rows[-1] == ["OFFICIAL-SENSITIVE"]
    assert rows[1][0].startswith("Evidence register of Testshire Police, 2019/20: 2 items")
    header = rows[2]
    assert header[:3] == ["Reference", "Title", "Kind"]
    body = rows[3:-1]
    assert [row[0] for row in body] == ["EV-001", "EV-002"], "filtered, not paged"
    first = dict(zip(header, body[0], strict=True))
    assert first["Title"] == "£64,600"
    assert first["Date of the evidence"] == "2019-06-01"
    assert first["Stale"] == "Fresh"
    assert first["Classification"] == "OFFICIAL"
    assert first["Citations"] == "0"


def test_an_export_of_official_items_only_is_marked_official(client, analyst, year):
    EvidenceItemFactory(force=analyst.force, reference="EV-001")
    client.force_login(analyst)
    response = client.get("/evidence/export.csv")
    assert response["Content-Disposition"].endswith('-OFFICIAL.csv"')
    assert csv_rows(response)[0] == ["OFFICIAL"]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_the_csv_neutralises_formula_injection(client, analyst, year, start):
    EvidenceItemFactory(
        force=analyst.force,
        reference="EV-001",
        title=f'{start}HYPERLINK("http://evil.example","click")',
        source=f"{start}1+1",
    )
    client.force_login(analyst)
    row = csv_rows(client.get("/evidence/export.csv"))[3]
    assert row[1] == f'\'{start}HYPERLINK("http://evil.example","click")'
    assert row[3] == f"'{start}1+1"


@pytest.mark.parametrize("start", ["＝", "＋", "－", "＠", "﹦", "﹢", "⁼", "₊"])
def test_the_csv_neutralises_look_alikes_of_formula_characters(client, analyst, year, start):
    # Full-width and other compatibility forms, which NFKC reads as "=", "+", "-" and "@".
    EvidenceItemFactory(force=analyst.force, reference="EV-001", title=f"{start}1+1")
    client.force_login(analyst)
    row = csv_rows(client.get("/evidence/export.csv"))[3]
    assert row[1] == f"'{start}1+1"


def test_the_xlsx_holds_the_filtered_list_and_keeps_formulas_as_text(client, analyst, year):
    EvidenceItemFactory(
        force=analyst.force,
        reference="EV-001",
        title="=cmd|' /C calc'!A0",
        classification=Classification.OFFICIAL_SENSITIVE,
    )
    EvidenceItemFactory(force=analyst.force, reference="EV-002", kind="minutes")
    client.force_login(analyst)
    response = client.get("/evidence/export.xlsx", {"kind": "inspection_report"})
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response["Content-Disposition"] == (
        'attachment; filename="evidence-register-testshire-2019-20-OFFICIAL-SENSITIVE.xlsx"'
    )
    assert "no-store" in response["Cache-Control"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "OFFICIAL-SENSITIVE"
    assert rows[-1][0] == "OFFICIAL-SENSITIVE"
    assert rows[2][:2] == ("Reference", "Title")
    assert [row[0] for row in rows[3:-1]] == ["EV-001"]
    title = sheet.cell(row=4, column=2)
    assert title.value == "=cmd|' /C calc'!A0"
    assert title.data_type == "s", "stored as text, never as a formula"
    assert sheet.cell(row=4, column=6).value == datetime.datetime(2019, 6, 1)
    assert sheet.oddHeader.center.text == "OFFICIAL-SENSITIVE"


def test_exports_are_for_readers_of_the_force_only(client, board_member, pcc_staff, year):
    client.force_login(board_member)
    assert client.get("/evidence/export.csv").status_code == 403
    assert client.get("/evidence/export.xlsx").status_code == 403
    client.force_login(pcc_staff)
    assert client.get("/evidence/export.xlsx").status_code == 200


def test_the_export_takes_a_fixed_number_of_queries(
    client, analyst, year, django_assert_num_queries
):
    for n in range(30):
        EvidenceItemFactory(force=analyst.force, reference=f"EV-{n:03d}", owner=analyst)
    client.force_login(analyst)
    # 1 session, 2 user with their force, 3 roles, 4 periods, 5 threat areas, 6 Cs,
    # 7 the force's people, 8 the items with owners and citation counts
    with django_assert_num_queries(8):
        client.get("/evidence/export.csv")
