"""Every download is named one safe way (sprcompliance/downloads.py), whatever the text its
name is made of: quotes, slashes and line breaks in a period's label or a file's name."""

import re

import pytest

from sprcompliance.downloads import safe_file_name
from tests.matrix_client import client_for, finish, path_for, product_routes
from tests.matrix_data import ANALYST, CSV, PDF, XLSX, make_personas
from tests.matrix_world import build_world

pytestmark = pytest.mark.django_db

# An attachment named in one quoted string (quotes inside escaped), or in the RFC 5987 form.
ONE_NAME = re.compile(r'attachment; (filename="((?:[^"\\\r\n]|\\")*)"|filename\*=utf-8\'\'\S+)')


@pytest.mark.parametrize(
    ("given", "safe"),
    [
        (
            "SPR-compliance-paper-midshire-2019/20-DRAFT.pdf",
            "SPR-compliance-paper-midshire-2019-20-DRAFT.pdf",
        ),
        ('Minutes "final".pdf', 'Minutes "final".pdf'),
        ("2019\r\n20.pdf", "201920.pdf"),
        ("..\\..\\secret.pdf", "-..-secret.pdf"),
        (".hidden.pdf ", "hidden.pdf"),
        ("\r\n", "file"),
        ("a" * 300 + ".pdf", "a" * 251 + ".pdf"),
    ],
)
def test_a_file_name_is_made_safe(given, safe):
    assert safe_file_name(given) == safe


def download_paths(world) -> list[str]:
    """Every URL the permission matrix says answers with a file to download."""
    files = {PDF, CSV, XLSX}
    return [path_for(route, row, world) for route, row in product_routes() if row.content in files]


def test_every_download_is_named_safely_whatever_its_labels_hold(force):
    world = build_world(force, "Alphaville")
    for period in (world.period, world.previous):
        period.label = f'{period.label} "x"\r\ny'
        period.save()
    world.file.original_name = 'Minutes "final"\r\n.pdf'
    world.file.save()
    client = client_for(make_personas(force)[ANALYST])
    paths = download_paths(world)
    assert len(paths) == 6, paths  # two PDFs of the paper, the dashboard's, a file, two exports
    for path in paths:
        response = client.get(path)
        finish(response)
        assert response.status_code == 200, path
        header = response["Content-Disposition"]
        assert ONE_NAME.fullmatch(header), f"{path}: {header!r}"


def test_a_label_with_a_quote_and_a_line_break_names_the_paper_safely(force):
    world = build_world(force, "Alphaville")
    world.period.label = '2019/20 "b"\r\n'
    world.period.save()
    client = client_for(make_personas(force)[ANALYST])
    response = client.get(f"/periods/{world.period.pk}/paper.pdf")
    assert response["Content-Disposition"] == (
        'attachment; filename="SPR-compliance-paper-testshire-2019-20 \\"b\\"-DRAFT.pdf"'
    )
