"""Uploaded files are judged by their content, not their name, and kept to a size limit."""

import hashlib

import pytest
import weasyprint
from django.core.exceptions import ValidationError

from evidence.uploads import check_upload, clean_file_name
from tests.evidence import samples


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("report.pdf", samples.PDF, "application/pdf"),
        (
            "minutes.docx",
            samples.docx(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            "returns.xlsx",
            samples.xlsx(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        (
            "briefing.pptx",
            samples.pptx(),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
        ("plan.odt", samples.odt(), "application/vnd.oasis.opendocument.text"),
        ("chart.png", samples.image("PNG"), "image/png"),
        ("photo.jpg", samples.image("JPEG"), "image/jpeg"),
        ("photo.jpeg", samples.image("JPEG"), "image/jpeg"),
        ("notes.txt", "Officers trained: 1,300 — £64,600\n".encode(), "text/plain"),
        ("figures.csv", b"unit,count\nPSU,22\n", "text/csv"),
    ],
)
def test_it_accepts_each_allowed_type_and_records_the_type_it_found(name, content, content_type):
    accepted = check_upload(samples.upload(name, content, content_type="text/html"))
    assert accepted.content_type == content_type, "the browser's claimed type is ignored"
    assert accepted.original_name == name
    assert accepted.size == len(content)
    assert accepted.sha256 == hashlib.sha256(content).hexdigest()


def refusal(name, content) -> str:
    with pytest.raises(ValidationError) as caught:
        check_upload(samples.upload(name, content))
    (message,) = caught.value.messages
    return message


def test_it_rejects_html_disguised_as_pdf():
    message = refusal("report.pdf", samples.HTML)
    assert "“report.pdf” is not a real PDF" in message


@pytest.mark.parametrize(
    "content",
    [
        b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
        b"  <?xml version='1.0'?><note/>",
        b"\xef\xbb\xbf<html><body>hi</body></html>",
    ],
)
def test_it_rejects_markup_disguised_as_text(content):
    assert "is not a real text file" in refusal("notes.txt", content)


def test_it_rejects_text_that_is_not_utf8_or_has_nul_bytes():
    assert "not a real" in refusal("notes.txt", "caf\xe9".encode("latin-1"))
    assert "not a real" in refusal("data.csv", b"a,b\x00,c")


def test_it_rejects_a_zip_that_is_not_an_office_document():
    assert "is not a real Word document" in refusal("minutes.docx", samples.plain_zip())


def test_it_rejects_macro_enabled_documents_even_with_a_docx_name():
    assert "is not a real Word document" in refusal("minutes.docx", samples.docm())


def test_it_rejects_a_type_it_does_not_accept_whatever_the_name():
    message = refusal("virus.exe", b"MZ\x90\x00\x03\x00\x00\x00")
    assert message == "“virus.exe” must be a PDF, DOCX, XLSX, PPTX, ODT, PNG, JPEG, TXT or CSV file"


def test_it_wants_the_name_to_agree_with_the_content():
    message = refusal("report.docx", samples.PDF)
    assert message == "“report.docx” contains a PDF, so its name must end in .pdf"


def test_it_rejects_a_file_over_the_size_limit_and_names_it(settings):
    settings.EVIDENCE_MAX_UPLOAD_BYTES = 100
    message = refusal("big.pdf", samples.PDF + b"x" * 200)
    assert message.startswith("“big.pdf” is ")
    assert "a file must be 100\xa0bytes or smaller" in message


def test_the_default_size_limit_is_25_mb(settings):
    del settings.EVIDENCE_MAX_UPLOAD_BYTES
    big = samples.PDF + b"0" * (25 * 1024 * 1024)
    assert "25\xa0MB or smaller" in refusal("big.pdf", big)


def test_it_rejects_an_empty_file():
    assert refusal("empty.pdf", b"") == "“empty.pdf” is empty"


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\alex\\report.pdf", "report.pdf"),
        ("bad\r\nname\x00.pdf", "badname.pdf"),
        ("...", "file"),
        ("a" * 300 + ".pdf", "a" * 251 + ".pdf"),
    ],
)
def test_it_keeps_only_the_file_name_without_folders_or_control_characters(given, kept):
    assert clean_file_name(given) == kept


@pytest.mark.parametrize(
    "entries",
    [
        b"/OpenAction <</S /JavaScript /JS (app.alert(1))>>",
        b"/Names <</JavaScript <</Names [(x) 5 0 R]>>>>",
        b"/OpenAction <</S /JavaScript /J#53 (app.alert(1))>>",  # an escaped name
    ],
)
@pytest.mark.parametrize("compressed", [False, True])
def test_it_rejects_a_pdf_with_javascript(entries, compressed):
    content = samples.pdf_with(entries, compressed=compressed)
    with pytest.raises(ValidationError, match="“plan.pdf” contains JavaScript"):
        check_upload(samples.upload("plan.pdf", content))


def test_a_pdf_with_other_actions_is_accepted():
    content = samples.pdf_with(b"/OpenAction [3 0 R /Fit] /JSONData (not a script)")
    assert check_upload(samples.upload("plan.pdf", content)).content_type == "application/pdf"


def test_a_clean_pdf_with_compressed_streams_is_accepted():
    content = weasyprint.HTML(string="<h1>Exercise Unity</h1><p>Debrief.</p>").write_pdf()
    assert b"/FlateDecode" in content
    assert check_upload(samples.upload("debrief.pdf", content)).content_type == "application/pdf"
