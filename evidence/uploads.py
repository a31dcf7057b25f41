"""Checks on uploaded evidence files: size, and type judged by content, not by name.

A file is accepted when its content is one of the allowed types (PDF, DOCX, XLSX, PPTX, ODT,
PNG, JPEG, TXT, CSV) and its name's extension agrees with that content, so an HTML page
renamed `report.pdf` is refused. The content type we record comes from this check, never
from the browser.
"""

import codecs
import hashlib
import re
import zipfile
import zlib
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat

from sprcompliance.downloads import safe_file_name

DEFAULT_MAX_UPLOAD_BYTES = 25 * 1024 * 1024
DEFAULT_MAX_REQUEST_BYTES = 50 * 1024 * 1024
CHUNK = 64 * 1024


@dataclass(frozen=True)
class FileType:
    name: str
    content_type: str
    extensions: tuple[str, ...]


PDF = FileType("PDF", "application/pdf", ("pdf",))
DOCX = FileType(
    "Word document (DOCX)",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ("docx",),
)
XLSX = FileType(
    "Excel spreadsheet (XLSX)",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ("xlsx",),
)
PPTX = FileType(
    "PowerPoint presentation (PPTX)",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ("pptx",),
)
ODT = FileType("OpenDocument text (ODT)", "application/vnd.oasis.opendocument.text", ("odt",))
PNG = FileType("PNG image", "image/png", ("png",))
JPEG = FileType("JPEG image", "image/jpeg", ("jpg", "jpeg"))
TXT = FileType("text file (TXT)", "text/plain", ("txt",))
CSV = FileType("CSV file", "text/csv", ("csv",))
ALLOWED = (PDF, DOCX, XLSX, PPTX, ODT, PNG, JPEG, TXT, CSV)
BY_EXTENSION = {ext: kind for kind in ALLOWED for ext in kind.extensions}
ALLOWED_WORDS = "PDF, DOCX, XLSX, PPTX, ODT, PNG, JPEG, TXT or CSV"

# Office Open XML: the folder that holds the main part, and the main part's declared type,
# name the application.
OOXML_PARTS = {
    "word/": (DOCX, b"wordprocessingml.document.main+xml"),
    "xl/": (XLSX, b"spreadsheetml.sheet.main+xml"),
    "ppt/": (PPTX, b"presentationml.presentation.main+xml"),
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# Text that a browser could take for markup: HTML, XML, SVG, comments, doctypes.
MARKUP_START = re.compile(rb"^\s*<\s*[a-zA-Z!?/]")


@dataclass(frozen=True)
class AcceptedFile:
    """An upload that passed the checks, with what we found out about it."""

    upload: UploadedFile
    original_name: str
    content_type: str
    size: int
    sha256: str


def max_upload_bytes() -> int:
    return getattr(settings, "EVIDENCE_MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES)


def max_request_upload_bytes() -> int:
    return getattr(settings, "EVIDENCE_MAX_REQUEST_BYTES", DEFAULT_MAX_REQUEST_BYTES)


def check_upload_total(uploads: list[UploadedFile]) -> None:
    """Refuse files that together pass the limit on one request, however small each is."""
    total, limit = sum(upload.size for upload in uploads), max_request_upload_bytes()
    if total > limit:
        raise ValidationError(
            f"The files you chose are {size_in_words(total)} together: the files added at "
            f"once must be {size_in_words(limit)} or smaller in all. Add some now and the "
            "rest by editing the item",
            code="too_big_together",
        )


def size_in_words(size: int) -> str:
    """Sizes like "25 MB" rather than filesizeformat's "25.0 MB"."""
    return filesizeformat(size).replace(".0\xa0", "\xa0")


def clean_file_name(name: str) -> str:
    """The user's file name without its folders, kept as the file will download."""
    return safe_file_name(re.split(r"[/\\]", name or "")[-1])


def check_upload(upload: UploadedFile) -> AcceptedFile:
    """Accept the upload or raise ValidationError with a message that names the file."""
    name = clean_file_name(upload.name)
    limit = max_upload_bytes()
    if upload.size > limit:
        raise ValidationError(
            f"“{name}” is {size_in_words(upload.size)}: a file must be "
            f"{size_in_words(limit)} or smaller",
            code="too_big",
        )
    if upload.size == 0:
        raise ValidationError(f"“{name}” is empty", code="empty")
    found = detect_type(upload, name)
    extension = name.rpartition(".")[2].lower() if "." in name else ""
    claimed = BY_EXTENSION.get(extension)
    if found is None:
        if claimed is not None:
            raise ValidationError(
                f"“{name}” is not a real {claimed.name}: its content is not a type we accept "
                f"({ALLOWED_WORDS})",
                code="disguised",
            )
        raise ValidationError(f"“{name}” must be a {ALLOWED_WORDS} file", code="type")
    if claimed is not found:
        raise ValidationError(
            f"“{name}” contains a {found.name}, so its name must end in .{found.extensions[0]}",
            code="extension",
        )
    if found is PDF and pdf_has_javascript(upload):
        raise ValidationError(
            f"“{name}” contains JavaScript, which a PDF reader could run: save it again "
            "without scripts (for example, print it to a new PDF) and upload that",
            code="javascript",
        )
    return AcceptedFile(
        upload=upload,
        original_name=name,
        content_type=found.content_type,
        size=upload.size,
        sha256=_sha256(upload),
    )


def detect_type(upload: UploadedFile, name: str = "") -> FileType | None:
    """The allowed type the content is, or None. `name` only tells TXT from CSV."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(upload)
    if _is_plain_text(upload):
        return CSV if name.lower().endswith(".csv") else TXT
    return None


# A PDF runs JavaScript through a /JS entry (of an action, an /OpenAction among them) or the
# /JavaScript name tree. Names may hide behind #xx escapes, and objects inside compressed
# streams (object streams), so both are undone before looking.
PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
PDF_JAVASCRIPT = re.compile(rb"/(?:JS|JavaScript)(?=[\s/<>\[\]()%]|$)")
PDF_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.DOTALL)


def pdf_has_javascript(upload: UploadedFile) -> bool:
    """Whether the PDF names JavaScript anywhere, compressed streams included."""
    upload.seek(0)
    raw = upload.read()
    upload.seek(0)
    parts = [raw]
    for stream in PDF_STREAM.finditer(raw):
        try:
            parts.append(zlib.decompressobj().decompress(stream[1], 64 * 1024 * 1024))
        except zlib.error:
            continue  # not Flate-compressed: already looked at as it is
    return any(
        PDF_JAVASCRIPT.search(PDF_NAME_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), part))
        for part in parts
    )


def _zip_type(upload) -> FileType | None:
    try:
        with zipfile.ZipFile(upload) as archive:
            members = archive.infolist()
            if not members:
                return None
            first = members[0]
            if first.filename == "mimetype":
                with archive.open(first) as handle:
                    return ODT if handle.read(100).strip() == ODT_MIMETYPE else None
            names = {m.filename for m in members}
            if "[Content_Types].xml" not in names:
                return None
            with archive.open("[Content_Types].xml") as handle:
                content_types = handle.read(256 * 1024)
            # Macro-enabled documents (.docm, .xlsm, .pptm) can carry code: refuse them.
            if b"macroEnabled" in content_types:
                return None
            for folder, (kind, main_type) in OOXML_PARTS.items():
                if main_type in content_types and any(n.startswith(folder) for n in names):
                    return kind
            return None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, KeyError):
        return None
    finally:
        upload.seek(0)


def _is_plain_text(upload) -> bool:
    """UTF-8 throughout, no NUL bytes, and not starting like markup."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    upload.seek(0)
    start = b""
    try:
        for chunk in upload.chunks(CHUNK):
            if b"\x00" in chunk:
                return False
            decoder.decode(chunk)
            if len(start) < 1024:
                start += chunk[: 1024 - len(start)]
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        upload.seek(0)
    return not MARKUP_START.match(start.removeprefix(codecs.BOM_UTF8))


def _sha256(upload) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks(CHUNK):
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()
