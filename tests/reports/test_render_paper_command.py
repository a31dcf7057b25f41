"""render_paper writes the paper without the web server."""

import pytest
from django.core.management import CommandError, call_command

from tests.factories import PeriodFactory
from tests.reports.pdfread import pdf_pages

pytestmark = pytest.mark.django_db


def test_it_writes_the_pdf(paper_period, tmp_path, capsys):
    target = tmp_path / "paper.pdf"
    call_command("render_paper", "--period", "2019/20", "--output", str(target))
    pages = pdf_pages(target.read_bytes())
    assert "SPR compliance report 2019/20" in pages[0]
    assert "Wrote" in capsys.readouterr().out


def test_it_writes_the_html_when_asked(paper_period, tmp_path):
    target = tmp_path / "paper.html"
    call_command("render_paper", "--period", "2019/20", "--output", str(target), "--html")
    html = target.read_text()
    assert html.startswith("<!DOCTYPE html>")
    assert 'id="para-1"' in html


def test_an_unknown_period_is_a_clear_error(paper_period, tmp_path):
    with pytest.raises(CommandError, match='No reporting period is labelled "1999/00"'):
        call_command("render_paper", "--period", "1999/00", "--output", str(tmp_path / "x"))


def test_a_label_shared_by_two_forces_needs_the_force(paper_period, other_force, tmp_path):
    PeriodFactory(force=other_force, label="2019/20")
    with pytest.raises(CommandError, match="--force"):
        call_command("render_paper", "--period", "2019/20", "--output", str(tmp_path / "x"))
    target = tmp_path / "p.html"
    call_command(
        "render_paper",
        "--period",
        "2019/20",
        "--force",
        "elsewhere",
        "--output",
        str(target),
        "--html",
    )
    assert "Elsewhere Constabulary" in target.read_text()
    with pytest.raises(CommandError, match="No force has the slug"):
        call_command(
            "render_paper", "--period", "2019/20", "--force", "nowhere", "--output", str(target)
        )


def test_an_unwritable_output_is_a_clear_error(paper_period, tmp_path):
    with pytest.raises(CommandError, match="Could not write"):
        call_command(
            "render_paper",
            "--period",
            "2019/20",
            "--output",
            str(tmp_path / "no" / "x.html"),
            "--html",
        )
