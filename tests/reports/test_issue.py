"""Issuing freezes the paper: bytes, hash, who and when; issued versions never change."""

import datetime
import gzip
import hashlib
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.html import escape

from accounts.models import User
from accounts.roles import Role
from reports.models import IssuedPaper
from reports.paper import build_paper
from reports.selectors import paper_data
from reports.services import (
    changed_since,
    paper_issue,
    paper_print_html,
    paper_screen_html,
    sha256_hex,
    wording_fingerprint,
)
from tests.db import refused_by_database
from tests.factories import UserFactory
from tests.reports.pdfread import pdf_pages
from threats.models import ReportingPeriod
from threats.services import period_reopen

pytestmark = pytest.mark.django_db

# paper_period leaves five threat areas unrated on purpose, so issuing it needs an override.
OVERRIDE = "Issued for the board although five threat areas are not assessed yet."
ISSUE_ANYWAY = {"confirm": "on", "override": "on", "override_reason": OVERRIDE}


def issue(period, user):
    return paper_issue(period=period, user=user, override_reason=OVERRIDE)


def issue_url(period):
    return reverse("reports:paper_issue", args=[period.pk])


def test_pcc_staff_issue_the_paper_and_its_bytes_are_frozen(client, pcc_staff, paper_period):
    client.force_login(pcc_staff)
    response = client.post(issue_url(paper_period), ISSUE_ANYWAY, follow=True)
    assert response.status_code == 200
    assert "Version 1 of the paper has been issued" in response.content.decode()

    issued = IssuedPaper.objects.get()
    assert issued.version == 1
    assert issued.override_reason == OVERRIDE
    assert issued.issued_by == pcc_staff
    assert issued.sha256 == hashlib.sha256(bytes(issued.pdf)).hexdigest()
    assert issued.size == len(issued.pdf)
    assert issued.classification == "OFFICIAL"
    pages = pdf_pages(bytes(issued.pdf))
    issued_on = dateformat.format(timezone.localtime(issued.issued_at), "j F Y")
    # A short running head on every page; who issued it, and at what time, is on the cover.
    assert all(page.startswith(f"OFFICIAL Issued version 1, {issued_on} ") for page in pages)
    assert f"by {pcc_staff}" in pages[0]

    download = reverse("reports:issued_download", args=[issued.pk])
    first = client.get(download)
    second = client.get(download)
    assert first.content == second.content == bytes(issued.pdf)
    assert first["Content-Type"] == "application/pdf"
    assert "attachment" in first["Content-Disposition"]
    assert first["ETag"] == f'"{issued.sha256}"'


def test_issuing_needs_an_explicit_confirmation(client, pcc_staff, paper_period):
    client.force_login(pcc_staff)
    response = client.post(issue_url(paper_period), {})
    assert response.status_code == 200
    assert "Confirm that the paper is ready to issue" in response.content.decode()
    assert not IssuedPaper.objects.exists()


def test_later_edits_change_the_live_paper_but_never_the_issued_one(
    client, pcc_staff, analyst, paper_period
):
    issued = issue(paper_period, pcc_staff)
    frozen = bytes(issued.pdf)
    client.force_login(analyst)
    preview = reverse("reports:paper", args=[paper_period.pk])
    assert "Nothing has changed since version 1" in client.get(preview).content.decode()

    paper = paper_period.paper
    paper.conclusion = "A new conclusion written after issue."
    paper.save()

    assert "The data has changed since version 1" in client.get(preview).content.decode()
    issued.refresh_from_db()
    assert bytes(issued.pdf) == frozen
    assert "A new conclusion" not in issued.html

    administrator = UserFactory(username="sysadmin", force=pcc_staff.force, role=Role.ADMINISTRATOR)
    period_reopen(period=paper_period, user=administrator, reason="The conclusion was rewritten.")
    second = issue(paper_period, pcc_staff)
    assert second.version == 2
    assert "A new conclusion" in second.html


def test_the_database_refuses_to_change_or_delete_an_issued_paper(pcc_staff, paper_period):
    issued = issue(paper_period, pcc_staff)
    with refused_by_database("cannot be changed"):
        IssuedPaper.objects.filter(pk=issued.pk).update(pdf=b"%PDF-forged")
    with refused_by_database("cannot be changed"):
        IssuedPaper.objects.filter(pk=issued.pk).delete()


def test_other_roles_cannot_issue(client, analyst, reviewer, board_member, paper_period):
    for user in (analyst, reviewer, board_member):
        client.force_login(user)
        assert client.get(issue_url(paper_period)).status_code == 403
        assert client.post(issue_url(paper_period), ISSUE_ANYWAY).status_code == 403
    assert not IssuedPaper.objects.exists()


def test_another_force_gets_404_for_everything(client, outsider, pcc_staff, paper_period):
    issued = issue(paper_period, pcc_staff)
    outsider.groups.add(*pcc_staff.groups.all())
    client.force_login(outsider)
    for url in (
        reverse("reports:paper", args=[paper_period.pk]),
        reverse("reports:paper_pdf", args=[paper_period.pk]),
        issue_url(paper_period),
        reverse("reports:issued_list", args=[paper_period.pk]),
        reverse("reports:issued_detail", args=[issued.pk]),
        reverse("reports:issued_download", args=[issued.pk]),
    ):
        assert client.get(url).status_code == 404, url


def test_board_members_read_issued_papers_but_not_the_draft(
    client, board_member, pcc_staff, paper_period
):
    issued = issue(paper_period, pcc_staff)
    client.force_login(board_member)
    assert client.get(reverse("reports:paper", args=[paper_period.pk])).status_code == 403
    assert client.get(reverse("reports:paper_pdf", args=[paper_period.pk])).status_code == 403
    listing = client.get(reverse("reports:issued_list", args=[paper_period.pk]))
    assert "Version 1" in listing.content.decode()
    detail = client.get(reverse("reports:issued_detail", args=[issued.pk]))
    assert issued.sha256 in detail.content.decode()
    assert "1. To assure the board" in " ".join(detail.content.decode().split()).replace(
        '</span><div class="para-body"><p>', " "
    ).replace('<span class="para-number">', "")
    download = client.get(reverse("reports:issued_download", args=[issued.pk]))
    assert download.content == bytes(issued.pdf)


def test_a_render_that_runs_out_of_time_issues_nothing(client, pcc_staff, paper_period, settings):
    settings.PAPER_RENDER_TIMEOUT = 0.01
    client.force_login(pcc_staff)
    response = client.post(issue_url(paper_period), ISSUE_ANYWAY)
    assert response.status_code == 503
    assert "took longer than" in response.content.decode()
    assert not IssuedPaper.objects.exists()


def test_the_live_paper_is_compared_by_what_it_says_not_by_its_markup():
    said = '<p class="cover__status" data-running="Issued">Issued version 1</p><td>1 Mar 2015</td>'
    restyled = '<p class="cover__status">Issued   version 1</p>\n<td><span>1 Mar 2015</span></td>'
    assert wording_fingerprint(said, []) == wording_fingerprint(restyled, [])
    assert wording_fingerprint(said, []) != wording_fingerprint(said.replace("1 Mar", "2 Mar"), [])
    assert wording_fingerprint("<p>a</p><p>b</p>", []) != wording_fingerprint("<p>ab</p>", [])
    # A link that only changes where it leads, or its title, is a change.
    link = '<body><a href="https://example.org/a" title="Report">report</a></body>'
    assert wording_fingerprint(link, []) != wording_fingerprint(link.replace("org/a", "org/b"), [])
    assert wording_fingerprint(link, []) != wording_fingerprint(link.replace("Report", "Annex"), [])
    # The stylesheets the head names are presentation.
    head = '<head><link rel="stylesheet" href="/static/css/{}.css"></head>'
    assert wording_fingerprint(head.format("a") + link, []) == wording_fingerprint(
        head.format("b") + link, []
    )


PARAGRAPH = (
    '<div class="para" id="para-{n}"><span class="para-number">{n}.</span><div class="para-body">'
    '<p>The uplift<a class="fn-call" href="#fn-7" id="fnref-7"><span class="govuk-visually-hidden">'
    'note </span>7</a><span class="fn-body" data-n="7">{note}</span>.</p></div></div>'
    '<ol><li id="fn-7" value="7">{note} <a class="govuk-link" href="#fnref-7">Back to text</a></li>'
    '</ol><td><a href="#para-{n}">{n}</a>, <a href="#para-{m}">{m}</a></td>'
)
FULL = "Midshire Police, Force management statement 2019, 31 May 2019, p71 [EV-004]."


def test_paragraph_numbers_and_the_form_of_notes_are_layout_not_wording():
    issued = wording_fingerprint(PARAGRAPH.format(n=21, m=30, note=FULL), [FULL])
    short = "Force management statement 2019 (n 4) p71 [EV-004]."
    renumbered = PARAGRAPH.format(n=20, m=28, note=short)
    assert wording_fingerprint(renumbered, [FULL]) == issued
    # What the note says in full is wording: another page is a change.
    other = FULL.replace("p71", "p72")
    assert wording_fingerprint(renumbered, [other]) != issued
    # So are the words around the numbers.
    reworded = PARAGRAPH.format(n=21, m=30, note=FULL).replace("The uplift", "The cut")
    assert wording_fingerprint(reworded, [FULL]) != issued


def legacy_issue(period, user, paper, source_sha256: str) -> IssuedPaper:
    """An issue made before text fingerprints: its hash is of the whole print document."""
    pdf = b"%PDF-1.7 stand-in bytes"
    issue = IssuedPaper(
        period=period,
        version=1,
        issued_at=timezone.now(),
        issued_by=user,
        title=paper.title,
        classification=paper.classification,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        size=len(pdf),
        source_sha256=source_sha256,
        source_fingerprint=IssuedPaper.Fingerprint.DOCUMENT,
        paragraph_count=paper.paragraph_count,
        footnote_count=len(paper.footnotes),
    )
    issue.html = with_every_note_in_full(paper_screen_html(paper, issue=issue), paper)
    issue.save()
    return issue


def with_every_note_in_full(html: str, paper) -> str:
    """The on-screen copy as issues of that time drew it, before repeated notes were short."""
    for note in paper.footnotes:
        if note.first is not None:
            n, short, full = note.number, escape(note.text), escape(note.full_text)
            html = html.replace(f'data-n="{n}">{short}</span>', f'data-n="{n}">{full}</span>')
            html = html.replace(f'value="{n}">{note.screen_html} <a', f'value="{n}">{full} <a')
    return html


def test_an_older_issue_is_compared_by_the_wording_of_its_own_copy(client, pcc_staff, paper_period):
    paper = build_paper(paper_data(paper_period))
    preview = reverse("reports:paper", args=[paper_period.pk])
    client.force_login(pcc_staff)
    # Its hash is of the print document the templates of its day drew; here they have changed
    # since (the hash matches nothing now), but what the paper says has not.
    issued = legacy_issue(paper_period, pcc_staff, paper, sha256_hex("an older layout"))
    assert changed_since(issued, paper) is False
    assert "Nothing has changed since version 1" in client.get(preview).content.decode()

    paper_period.paper.conclusion = "Written after that issue."
    paper_period.paper.save()
    assert changed_since(issued, build_paper(paper_data(paper_period))) is True
    assert "The data has changed since version 1" in client.get(preview).content.decode()


def test_an_older_issue_whose_whole_document_hash_still_matches_is_unchanged(
    pcc_staff, paper_period
):
    paper = build_paper(paper_data(paper_period))
    issued = legacy_issue(paper_period, pcc_staff, paper, sha256_hex(paper_print_html(paper)))
    assert changed_since(issued, paper) is False


# The demo's 2018/19 issue as the release before lists joined their paragraph made it (seed_demo
# with that release): its on-screen copy, every note in full, and the hash of its print text.
BEFORE_LISTS_JOINED = Path(__file__).parent / "data/demo-2018-19-issued-before-lists-joined.json.gz"


def test_an_issue_made_before_lists_joined_their_paragraph_has_not_changed_since(settings):
    """The demo's paper as issued then, its data untouched: the live paper now numbers its
    paragraphs differently and prints repeated notes short, and still reads the same."""
    settings.DEBUG = True
    call_command("seed_demo", no_issue=True, stdout=io.StringIO())
    period = ReportingPeriod.objects.get(label="2018/19")
    with gzip.open(BEFORE_LISTS_JOINED, "rt") as fixture:
        row = json.load(fixture)
    issued_at = datetime.datetime.fromisoformat(row.pop("issued_at")).replace(tzinfo=datetime.UTC)
    pdf = b"%PDF-1.7 stand-in for the issued bytes"
    issued = IssuedPaper.objects.create(
        period=period,
        issued_by=User.objects.get(username="pccstaff"),
        issued_at=issued_at,
        pdf=pdf,
        **row | {"sha256": sha256_hex(pdf), "size": len(pdf)},
    )
    assert issued.source_fingerprint == IssuedPaper.Fingerprint.TEXT

    paper = build_paper(paper_data(period))
    assert paper.paragraph_count < issued.paragraph_count, "lists now join their lead-in"
    assert any(note.first for note in paper.footnotes), "and repeated notes print short"
    assert changed_since(issued, paper) is False

    stored = IssuedPaper.objects.get(pk=issued.pk)
    assert (stored.html, bytes(stored.pdf), stored.source_sha256) == (
        row["html"],
        pdf,
        row["source_sha256"],
    )
    period.paper.conclusion += " One more sentence."
    period.paper.save()
    assert changed_since(issued, build_paper(paper_data(period))) is True
