"""The Nu HTML Checker (vnu.jar, from the npm package vnu-jar): the W3C's HTML5 conformance
checker, run offline. Beyond parse errors (a form inside a form, a stray end tag) it knows the
content models and attributes: a block inside a paragraph, duplicate ids, a bad attribute value.

One Java process checks many pages at once: starting the JVM costs more than checking a page.
"""

import json
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

VNU_JAR = Path(__file__).resolve().parents[1] / "node_modules/vnu-jar/build/dist/vnu.jar"
# What differs between two requests for the same page: the CSRF token and the CSP nonce.
_PER_REQUEST = re.compile(rb'(name="csrfmiddlewaretoken" value|nonce)="[^"]*"')


def _command() -> list[str]:
    """Java and vnu.jar. Missing is a failure, never a skip: the check must run."""
    java = shutil.which("java")
    if java is None:
        pytest.fail(
            "java is not on the PATH: run `make test` (scripts/system_packages.sh installs "
            "Debian's openjdk-17-jre-headless) to check pages with the Nu HTML Checker.",
            pytrace=False,
        )
    if not VNU_JAR.is_file():
        pytest.fail(
            f"{VNU_JAR} is missing: run `make test` (or `npm ci`) to install vnu-jar at the "
            "version package-lock.json pins.",
            pytrace=False,
        )
    return [java, "-jar", str(VNU_JAR)]


def same_page(body: bytes) -> bytes:
    """The page without what changes from one request to the next, to tell pages apart."""
    return _PER_REQUEST.sub(rb'\1=""', body)


def html_errors(pages: dict[str, bytes]) -> dict[str, list[str]]:
    """Every error the checker finds, by page name (pages without errors are left out).

    Warnings and information (a section without a heading, say) are not errors: the page is
    still valid HTML."""
    if not pages:
        return {}
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for number, (name, body) in enumerate(pages.items()):
            file = Path(folder) / f"{number:04d}.html"
            file.write_bytes(body)
            names[file] = name
        result = subprocess.run(
            [
                *_command(),
                *("--errors-only", "--no-langdetect", "--exit-zero-always"),
                *("--format", "json", "--stdout"),
                *map(str, names),
            ],
            capture_output=True,
            encoding="utf-8",  # what the checker writes, whatever the locale
            timeout=300,
            check=False,
        )
    if result.returncode != 0:
        raise AssertionError(f"The Nu HTML Checker failed:\n{result.stdout}{result.stderr}")
    errors: dict[str, list[str]] = {}
    for message in json.loads(result.stdout)["messages"]:
        # "error", or "non-document-error" when a page could not be read at all.
        url = message.get("url", "")
        name = names.get(Path(url.removeprefix("file:")), url)
        where = f"line {message['lastLine']}: " if "lastLine" in message else ""
        extract = " ".join(message.get("extract", "").split())
        extract = f"\n      {extract}" if extract else ""
        errors.setdefault(name, []).append(f"{where}{message['message']}{extract}")
    return errors


def describe(errors: dict[str, list[str]]) -> str:
    return "\n".join(
        f"{name}:\n" + "\n".join(f"    {error}" for error in found)
        for name, found in errors.items()
    )


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, {name: value or "" for name, value in attrs}))


def elements(html: str) -> list[tuple[str, dict[str, str]]]:
    """Every element's tag and attributes, as a browser reads the markup (text that merely
    looks like a tag, once escaped, is not one)."""
    parser = _Elements()
    parser.feed(html)
    return parser.found
