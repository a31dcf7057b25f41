"""Sending a drawn post and judging the answer: never a server error, and either nothing
changed (a re-shown form) or the right thing saved (a redirect to a page that renders).

Hypothesis runs many examples inside one test function, so pytest-django's per-test rollback
does not separate them: each example runs in its own savepoint, rolled back at its end, and
files it wrote are removed. The rows a test needs are created once, by its fixtures.
"""

import re
import traceback
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from django.db import transaction

from tests.db import media_files, product_models, table_rows
from tests.fuzz.strategies import Post

ERROR_SUMMARY = "There is a problem"


def fingerprint(media_root, *, leave_out: tuple[str, ...] = ()) -> dict:
    """Every row of the product's tables (history and link tables included, so counts,
    versions and updated_at are all in it) and every stored file."""
    models = product_models(include_auto_created=True)
    rows = table_rows([m for m in models if m._meta.label not in leave_out])
    rows["media"] = media_files(media_root)
    return rows


def assert_unchanged(before: dict, after: dict) -> None:
    changed = [name for name in before if before[name] != after[name]]
    assert not changed, f"a refused post changed {', '.join(changed)}"


@contextmanager
def example_rolled_back(media_root):
    """Run one example in a savepoint that is always rolled back, and delete its files."""
    files_before = set(media_files(media_root))
    try:
        with transaction.atomic():
            yield
            transaction.set_rollback(True)
    finally:
        for name in media_files(media_root):
            if name not in files_before:
                (Path(media_root) / name).unlink()


def answered(response, *expected: int) -> int:
    """The request raised nothing and got no server error (and one of `expected`, if given)."""
    if getattr(response, "exc_info", None):
        raise AssertionError(
            "the view raised:\n" + "".join(traceback.format_exception(*response.exc_info))
        )
    status = response.status_code
    assert status < 500, f"server error {status}"
    if expected:
        assert status in expected, f"answered {status}, expected one of {expected}"
    return status


def page_errors(response) -> list[str]:
    """The error messages a re-shown form carries, as the user reads them."""
    body = response.content.decode()
    found = re.findall(r'class="govuk-error-message"[^>]*>(.*?)</', body, re.S)
    found += re.findall(r"<li>\s*<a href=\"#[^\"]*\">(.*?)</a>", body, re.S)
    return [re.sub(r"<[^>]+>|\s+", " ", text).strip() for text in found]


def reshown_with_errors(response) -> None:
    body = response.content.decode()
    assert ERROR_SUMMARY in body, "a refused post must say what is wrong"


def follow_redirect(client, response) -> None:
    """A successful post leads to a page of ours that renders."""
    location = response["Location"]
    parts = urlsplit(location)
    assert not parts.scheme and not parts.netloc, f"redirect leaves the site: {location!r}"
    page = client.get(location)
    answered(page, 200)


def multipart(post: Post, *, file_field: str = "files") -> tuple[bytes, str]:
    """Encode a post by hand: Django's test client keeps only the base name of a file, but a
    hostile client sends any name it likes."""
    boundary = uuid.uuid4().hex
    lines: list[bytes] = []
    for name, value in post.pairs():
        lines += [
            f"--{boundary}".encode(),
            f'Content-Disposition: form-data; name="{name}"'.encode(),
            b"",
            value.encode("utf-8"),
        ]
    for upload in post.uploads:
        lines += [
            f"--{boundary}".encode(),
            f'Content-Disposition: form-data; name="{file_field}"; '
            f'filename="{upload.name}"'.encode(),
            b"Content-Type: application/octet-stream",
            b"",
            upload.content,
        ]
    lines += [f"--{boundary}--".encode(), b""]
    return b"\r\n".join(lines), f"multipart/form-data; boundary={boundary}"


def send(client, url: str, post: Post):
    body, content_type = multipart(post)
    return client.post(url, data=body, content_type=content_type)
