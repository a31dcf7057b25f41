"""Small real files of each type, built in the test run, for upload tests."""

import io
import zipfile
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from PIL import Image

PDF = (
    b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
    b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj\n"
    b"trailer <</Root 1 0 R>>\n%%EOF\n"
)
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def _ooxml(folder: str, main_part: str, main_type: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Override PartName="/{folder}/{main_part}" '
            f'ContentType="application/vnd.openxmlformats-officedocument.{main_type}"/>'
            "</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="'
            f'{folder}/{main_part}" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument"/></Relationships>',
        )
        archive.writestr(f"{folder}/{main_part}", "<document/>")
    return buffer.getvalue()


def docx() -> bytes:
    return _ooxml("word", "document.xml", "wordprocessingml.document.main+xml")


def pptx() -> bytes:
    return _ooxml("ppt", "presentation.xml", "presentationml.presentation.main+xml")


def docm() -> bytes:
    """A macro-enabled Word document."""
    return _ooxml("word", "document.xml", "word.document.macroEnabled.main+xml").replace(
        b"officedocument.word.document.macroEnabled", b"ms-word.document.macroEnabled"
    )


def xlsx() -> bytes:
    workbook = Workbook()
    workbook.active["A1"] = "PSUs available"
    workbook.active["B1"] = 22
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def odt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    return buffer.getvalue()


def image(kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (0, 112, 60)).save(buffer, format=kind)
    return buffer.getvalue()


def upload(name: str, content: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def item_form_data(**overrides) -> dict:
    """What the add/edit form posts for a valid item; override any field by name."""
    data = {
        "reference": "EV-101",
        "title": "Mutual aid debrief: July 2018 presidential visit",
        "summary": "",
        "kind": "exercise_debrief",
        "source": "Midshire Police",
        "source_reference": "",
        "url": "",
        "evidence_date_day": "24",
        "evidence_date_month": "8",
        "evidence_date_year": "2018",
        "covers_from_day": "",
        "covers_from_month": "",
        "covers_from_year": "",
        "covers_to_day": "",
        "covers_to_month": "",
        "covers_to_year": "",
        "review_by_day": "31",
        "review_by_month": "8",
        "review_by_year": "2020",
        "owner": "",
        "classification": "OFFICIAL",
        "version": "",
    }
    data.update(overrides)
    return data


def edit_form_data(item, **overrides) -> dict:
    """What the edit form posts when opened on `item` and saved unchanged."""
    data = item_form_data(
        reference=item.reference,
        title=item.title,
        summary=item.summary,
        kind=item.kind,
        source=item.source,
        source_reference=item.source_reference,
        url=item.url,
        owner=str(item.owner_id or ""),
        classification=item.classification,
        version=str(item.version),
    )
    for name in ("evidence_date", "covers_from", "covers_to", "review_by"):
        value = getattr(item, name)
        for part in ("day", "month", "year"):
            data[f"{name}_{part}"] = str(getattr(value, part)) if value else ""
    data.update(overrides)
    return data


def pdf_with(catalog_entries: bytes, *, compressed: bool = False) -> bytes:
    """A one-page PDF whose catalog holds `catalog_entries` (plainly, or inside a Flate
    stream, as an object stream would hold it)."""
    catalog = b"<</Type /Catalog /Pages 2 0 R " + catalog_entries + b">>"
    if compressed:
        body = zlib.compress(catalog)
        first = b"1 0 obj <</Length %d /Filter /FlateDecode>>\nstream\n%s\nendstream endobj\n" % (
            len(body),
            body,
        )
    else:
        first = b"1 0 obj " + catalog + b" endobj\n"
    return PDF.replace(b"1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n", first)
