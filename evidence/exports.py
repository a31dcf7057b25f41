"""The filtered evidence register as a CSV or XLSX file.

Each file carries its protective marking, the highest classification of the items in it: in
the file name, in the first and last rows, and (XLSX) in every printed page's header and
footer. Text cells can never run as spreadsheet formulas.
"""

import csv
import datetime
import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from evidence.models import Classification, EvidenceItem
from evidence.selectors import Register

# A spreadsheet reads a cell starting with one of these as a formula (or a DDE command), and
# some read a look-alike ("＝", "﹢", "⁼") as the character it stands for: the first
# character is compared in its NFKC form, which maps those to these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS: list[tuple[str, Callable[[EvidenceItem], object]]] = [
    ("Reference", lambda i: i.reference),
    ("Title", lambda i: i.title),
    ("Kind", lambda i: i.get_kind_display()),
    ("Source", lambda i: i.source),
    ("Source's reference", lambda i: i.source_reference),
    ("Date of the evidence", lambda i: i.evidence_date),
    ("Start of the period covered", lambda i: i.covers_from),
    ("End of the period covered", lambda i: i.covers_to),
    ("Review-by date", lambda i: i.review_by),
    # Each item's verdict for the register's question (evidence.selectors.Register).
    ("Stale", lambda i: "Stale" if i.staleness.is_stale else "Fresh"),
    ("Why stale", lambda i: i.staleness.why),
    ("Funding or agreement ends", lambda i: i.dependency_ends_on),
    ("Owner", lambda i: str(i.owner) if i.owner else ""),
    ("Classification", lambda i: i.classification),
    ("Citations", lambda i: i.citation_count),
    ("Link", lambda i: i.url),
    ("Summary", lambda i: i.summary),
]


@dataclass(frozen=True)
class Export:
    filename: str
    content_type: str
    content: bytes


def marking_of(items: list[EvidenceItem]) -> Classification:
    return Classification.highest(item.classification for item in items)


def _description(force, register: Register, count: int) -> str:
    period = f", {register.period.label}" if register.period else ""
    stale = f"; “stale” is judged {register.stale_check.when}"
    when = date_format(timezone.localtime(), "j F Y, H:i")
    noun = "item" if count == 1 else "items"
    return f"Evidence register of {force.name}{period}: {count} {noun}, exported {when}{stale}"


def _filename(force, register: Register, marking: Classification, extension: str) -> str:
    period = f"-{register.period.label}" if register.period else ""
    return f"evidence-register-{force.slug}{period}-{marking}.{extension}"


def neutralised(value: str) -> str:
    """Text a spreadsheet shows as text, never runs as a formula."""
    first = unicodedata.normalize("NFKC", value[:1])
    return f"'{value}" if first.startswith(FORMULA_STARTS) else value


def _csv_value(value) -> str | int:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int):
        return value
    return neutralised(str(value))


def as_csv(force, register: Register) -> Export:
    items = register.items
    marking = marking_of(items)
    buffer = io.StringIO()
    # A byte-order mark so Excel opens the file as UTF-8 (names, "£").
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([marking])
    writer.writerow([neutralised(_description(force, register, len(items)))])
    writer.writerow([label for label, _ in COLUMNS])
    for item in items:
        writer.writerow([_csv_value(value(item)) for _, value in COLUMNS])
    writer.writerow([marking])
    return Export(
        filename=_filename(force, register, marking, "csv"),
        content_type="text/csv; charset=utf-8",
        content=buffer.getvalue().encode("utf-8"),
    )


def as_xlsx(force, register: Register) -> Export:
    items = register.items
    marking = marking_of(items)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Evidence register")
    for header_footer in (sheet.oddHeader, sheet.oddFooter):
        header_footer.center.text = str(marking)
    sheet.freeze_panes = "A4"
    bold = Font(bold=True)

    def text(value, *, font=None) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            # openpyxl treats text starting "=" as a formula: store every text as text.
            cell.data_type = "s"
        if isinstance(value, datetime.date):
            cell.number_format = "d mmm yyyy"
        if font:
            cell.font = font
        return cell

    sheet.append([text(str(marking), font=bold)])
    sheet.append([text(_description(force, register, len(items)))])
    sheet.append([text(label, font=bold) for label, _ in COLUMNS])
    for item in items:
        sheet.append([text(value(item)) for _, value in COLUMNS])
    sheet.append([text(str(marking), font=bold)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return Export(
        filename=_filename(force, register, marking, "xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        content=buffer.getvalue(),
    )


FORMATS = {"csv": as_csv, "xlsx": as_xlsx}
