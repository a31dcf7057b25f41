"""Adding evidence: every field, files checked by content, clear messages, only for editors."""

import datetime
import hashlib

import pytest

from evidence.models import EvidenceFile, EvidenceItem
from tests.evidence import samples
from tests.evidence.samples import item_form_data
from tests.factories import EvidenceItemFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/evidence/new/"


def post(client, user, data, files=()):
    client.force_login(user)
    payload = dict(data)
    if files:
        payload["files"] = list(files)
    return client.post(URL, payload)


def media_files(settings) -> list:
    root = settings.MEDIA_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_the_form_suggests_the_next_free_reference_and_the_user_as_owner(client, analyst):
    EvidenceItemFactory(force=analyst.force, reference="EV-009")
    EvidenceItemFactory(force=analyst.force, reference="EV-041")
    EvidenceItemFactory(force=analyst.force, reference="HMIC-2019")
    client.force_login(analyst)
    response = client.get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="reference" value="EV-042"' in body
    assert f'<option value="{analyst.pk}" selected>' in body
    assert 'type="file" name="files"' in body and "multiple" in body
    assert "Summary (optional)" in body
    assert "Title (optional)" not in body


def test_an_analyst_adds_an_item_with_files(client, analyst, settings):
    data = item_form_data(
        reference=" EV-101 ",
        summary="Twenty-two PSUs over six days.",
        source_reference="Debrief 2018/07",
        url="https://www.example.org/debrief",
        covers_from_day="12",
        covers_from_month="7",
        covers_from_year="2018",
        covers_to_day="15",
        covers_to_month="Jul",
        covers_to_year="2018",
        owner=str(analyst.pk),
        classification="OFFICIAL-SENSITIVE",
    )
    pdf = samples.upload("C:\\Users\\alex\\Debrief final.pdf", samples.PDF, "text/html")
    sheet = samples.upload("PSU returns.xlsx", samples.xlsx())
    response = post(client, analyst, data, files=[pdf, sheet])
    item = EvidenceItem.objects.get(force=analyst.force, reference="EV-101")
    assert response.status_code == 302
    assert response["Location"] == f"/evidence/{item.pk}/"
    assert item.title == "Mutual aid debrief: July 2018 presidential visit"
    assert item.evidence_date == datetime.date(2018, 8, 24)
    assert (item.covers_from, item.covers_to) == (
        datetime.date(2018, 7, 12),
        datetime.date(2018, 7, 15),
    )
    assert item.review_by == datetime.date(2020, 8, 31)
    assert item.owner == analyst
    assert item.classification == "OFFICIAL-SENSITIVE"
    assert item.url == "https://www.example.org/debrief"
    assert item.version == 1
    files = {f.original_name: f for f in item.files.all()}
    assert set(files) == {"Debrief final.pdf", "PSU returns.xlsx"}
    stored = files["Debrief final.pdf"]
    assert stored.content_type == "application/pdf", "from our check, not the browser"
    assert stored.size == len(samples.PDF)
    assert stored.sha256 == hashlib.sha256(samples.PDF).hexdigest()
    assert stored.uploaded_by == analyst
    assert stored.file.name.startswith(f"evidence/{analyst.force_id}/")
    assert "Debrief" not in stored.file.name, "the server names the stored file"
    assert len(media_files(settings)) == 2
    follow = client.get(response["Location"])
    assert "EV-101 is in the register" in follow.content.decode()


def test_adding_writes_history_with_the_user(client, reviewer):
    post(client, reviewer, item_form_data(), files=[samples.upload("a.pdf", samples.PDF)])
    item = EvidenceItem.objects.get(reference="EV-101")
    (created,) = item.history.all()
    assert created.history_type == "+"
    assert created.history_user == reviewer
    assert created.history_change_reason == "Attached a.pdf"
    (attached,) = EvidenceFile.history.all()
    assert attached.history_type == "+"
    assert attached.history_user == reviewer


def test_an_empty_form_says_what_is_missing_and_links_to_each_field(client, analyst):
    response = post(client, analyst, {"version": ""})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<title>Error: Add evidence" in body
    for anchor, message in [
        ("id_reference", "Enter a reference"),
        ("id_title", "Enter a title"),
        ("id_kind", "Select the kind of evidence"),
        ("id_source", "Enter the source"),
        ("id_evidence_date", "Enter the date of the evidence"),
        ("id_review_by", "Enter the review-by date"),
        ("id_classification", "Select the classification"),
    ]:
        assert f'<a href="#{anchor}">{message}</a>' in body, message
        assert f'id="{anchor}"' in body, f"the summary's link target {anchor} exists"
    assert not EvidenceItem.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            {"evidence_date_day": "30", "evidence_date_month": "2"},
            "Date of the evidence must be a real date",
        ),
        ({"review_by_month": ""}, "Review-by date must include a month"),
        (
            {"review_by_day": "1", "review_by_month": "1", "review_by_year": "2018"},
            "Review-by date must be after the date of the evidence",
        ),
        (
            {
                "covers_from_day": "1",
                "covers_from_month": "4",
                "covers_from_year": "2019",
                "covers_to_day": "31",
                "covers_to_month": "3",
                "covers_to_year": "2019",
            },
            "Period covered must end after it starts",
        ),
        ({"reference": "EV 12"}, "Reference must start with a letter or number"),
        ({"url": "javascript:alert(1)"}, "Enter a link in the right format"),
        ({"owner": "999999"}, "Select an owner from the list"),
    ],
)
def test_bad_values_get_a_clear_message_and_are_kept(client, analyst, overrides, message):
    response = post(client, analyst, item_form_data(**overrides))
    body = response.content.decode()
    assert response.status_code == 200
    assert message in body
    assert 'value="Mutual aid debrief: July 2018 presidential visit"' in body, "values kept"
    assert not EvidenceItem.objects.exists()


def test_a_reference_already_used_by_the_force_is_refused_clearly(client, analyst, other_force):
    EvidenceItemFactory(force=analyst.force, reference="EV-101")
    response = post(client, analyst, item_form_data(reference="ev-101"))
    assert "EV-101 is already in the register: choose another reference" in (
        response.content.decode()
    )
    # Another force's references are no obstacle.
    EvidenceItemFactory(force=other_force, reference="EV-202")
    assert post(client, analyst, item_form_data(reference="EV-202")).status_code == 302


def test_an_owner_from_another_force_cannot_be_chosen(client, analyst, outsider):
    response = post(client, analyst, item_form_data(owner=str(outsider.pk)))
    assert "Select an owner from the list" in response.content.decode()
    assert f'value="{outsider.pk}"' not in response.content.decode()


def test_it_rejects_html_disguised_as_pdf_and_stores_nothing(client, analyst, settings):
    disguised = samples.upload("report.pdf", samples.HTML, "application/pdf")
    response = post(client, analyst, item_form_data(), files=[disguised])
    body = response.content.decode()
    assert response.status_code == 200
    assert "“report.pdf” is not a real PDF" in body
    assert '<a href="#id_files">' in body
    assert not EvidenceItem.objects.exists()
    assert media_files(settings) == []


def test_an_oversized_file_is_refused_with_its_name(client, analyst, settings):
    settings.EVIDENCE_MAX_UPLOAD_BYTES = 1024
    big = samples.upload("huge.pdf", samples.PDF + b"0" * 2048)
    response = post(client, analyst, item_form_data(), files=[big])
    body = response.content.decode()
    assert "“huge.pdf” is 2.2\xa0KB: a file must be 1\xa0KB or smaller" in body
    assert not EvidenceItem.objects.exists()


def test_files_over_the_limit_together_are_refused_on_the_form(client, analyst, settings):
    # Six files each under the limit for one file, as six 25 MB files are, but too big
    # together.
    settings.EVIDENCE_MAX_UPLOAD_BYTES = 1024
    settings.EVIDENCE_MAX_REQUEST_BYTES = 4096
    files = [samples.upload(f"part-{n}.pdf", samples.PDF + b"0" * 700) for n in range(6)]
    response = post(client, analyst, item_form_data(), files=files)
    body = response.content.decode()
    assert response.status_code == 200
    assert "The files you chose are 5.3\xa0KB together" in body
    assert "must be 4\xa0KB or smaller in all" in body
    assert '<a href="#id_files">' in body
    assert not EvidenceItem.objects.exists()
    assert media_files(settings) == []


def test_a_pdf_with_javascript_is_refused_on_the_form(client, analyst, settings):
    script = samples.pdf_with(b"/OpenAction <</S /JavaScript /JS (app.alert(1))>>")
    response = post(client, analyst, item_form_data(), files=[samples.upload("a.pdf", script)])
    body = response.content.decode()
    assert response.status_code == 200
    assert "“a.pdf” contains JavaScript" in body
    assert not EvidenceItem.objects.exists()


def test_good_files_must_be_chosen_again_after_another_error(client, analyst):
    response = post(
        client, analyst, item_form_data(title=""), files=[samples.upload("a.pdf", samples.PDF)]
    )
    body = response.content.decode()
    assert "choose this file again" in body
    assert "<li>a.pdf</li>" in body


def test_a_script_in_the_title_is_stored_as_typed_and_shown_harmless(client, analyst):
    title = '<script>alert("x")</script> Exercise'
    post(client, analyst, item_form_data(title=title))
    item = EvidenceItem.objects.get()
    assert item.title == title
    body = client.get(f"/evidence/{item.pk}/").content.decode()
    assert "<script>alert" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Exercise" in body


@pytest.mark.parametrize("role_user", ["pcc_staff", "board_member"])
def test_roles_without_the_right_to_edit_get_403(client, request, role_user):
    user = request.getfixturevalue(role_user)
    client.force_login(user)
    assert client.get(URL).status_code == 403
    assert post(client, user, item_form_data()).status_code == 403
    assert not EvidenceItem.objects.exists()


def test_a_user_without_a_force_gets_403(client):
    from accounts.roles import Role

    user = UserFactory(username="floating", force=None, role=Role.ANALYST)
    assert post(client, user, item_form_data()).status_code == 403
