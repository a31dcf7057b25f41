"""Downloading evidence files: same force only, as an attachment, never sniffed or cached."""

import pytest

from evidence.services import EDITABLE_FIELDS, evidence_item_update
from evidence.uploads import check_upload
from tests.evidence import samples
from tests.factories import EvidenceItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored(analyst):
    item = EvidenceItemFactory(force=analyst.force, reference="EV-001")
    data = {name: getattr(item, name) for name in EDITABLE_FIELDS}
    upload = samples.upload("Rapport d'été.pdf", samples.PDF, "text/html")
    evidence_item_update(
        item=item, user=analyst, data=data, files=[check_upload(upload)], expected_version=1
    )
    return item.files.get()


def url(record) -> str:
    return f"/evidence/files/{record.pk}/download/"


@pytest.mark.parametrize("role_user", ["analyst", "reviewer", "pcc_staff"])
def test_people_of_the_force_download_the_file_as_an_attachment(client, request, stored, role_user):
    client.force_login(request.getfixturevalue(role_user))
    response = client.get(url(stored))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == samples.PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''Rapport%20d%27%C3%A9t%C3%A9.pdf"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


def test_a_plain_name_is_quoted_safely(client, analyst, stored):
    stored.original_name = 'Minutes "final".pdf'
    stored.save()
    client.force_login(analyst)
    response = client.get(url(stored))
    assert response["Content-Disposition"] == 'attachment; filename="Minutes \\"final\\".pdf"'


def test_board_members_cannot_download(client, board_member, stored):
    client.force_login(board_member)
    assert client.get(url(stored)).status_code == 403


def test_another_force_gets_404(client, outsider, stored):
    client.force_login(outsider)
    assert client.get(url(stored)).status_code == 404


def test_an_unknown_file_is_not_found(client, analyst):
    client.force_login(analyst)
    assert client.get("/evidence/files/424242/download/").status_code == 404


def test_a_file_missing_from_storage_is_not_found_rather_than_an_error(
    client, analyst, stored, caplog
):
    stored.file.storage.delete(stored.file.name)
    client.force_login(analyst)
    assert client.get(url(stored)).status_code == 404
    assert "missing from storage" in caplog.text


def test_anonymous_visitors_are_sent_to_sign_in(client, stored):
    response = client.get(url(stored))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
