"""The evidence services: transactional writes, history with the user, versions, and no
files left behind when the database refuses a save."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection

from evidence.models import EvidenceFile, EvidenceItem
from evidence.services import EDITABLE_FIELDS, evidence_item_create, evidence_item_update
from evidence.uploads import check_upload
from sprcompliance.exceptions import EditConflict
from tests.evidence import samples
from tests.factories import EvidenceItemFactory

pytestmark = pytest.mark.django_db


def data_of(item, **changes) -> dict:
    return {name: getattr(item, name) for name in EDITABLE_FIELDS} | changes


def new_item_data(**changes) -> dict:
    template = EvidenceItemFactory.build(reference="EV-500", owner=None)
    return data_of(template, **changes)


def stored_files(settings) -> list:
    root = settings.MEDIA_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


class RefuseInsertsInto:
    """Makes the database refuse inserts into one table, as a failing disk or a constraint
    added by a later migration would."""

    def __init__(self, table: str):
        self.table = table

    def __call__(self, execute, sql, params, many, context):
        if sql.startswith(f'INSERT INTO "{self.table}"'):
            raise IntegrityError(f"refused insert into {self.table}")
        return execute(sql, params, many, context)


def test_create_writes_the_item_its_files_and_history_with_the_user(force, analyst):
    upload = check_upload(samples.upload("a.png", samples.image("PNG")))
    item = evidence_item_create(force=force, user=analyst, data=new_item_data(), files=[upload])
    assert item.version == 1
    assert item.history.get().history_user == analyst
    record = item.files.get()
    assert record.content_type == "image/png"
    assert record.history.get().history_user == analyst


def test_update_bumps_the_version_and_records_who(force, analyst, reviewer):
    item = EvidenceItemFactory(force=force)
    saved = evidence_item_update(
        item=item, user=reviewer, data=data_of(item, title="New title"), expected_version=1
    )
    assert saved.version == 2
    latest = saved.history.first()
    assert (latest.history_type, latest.history_user) == ("~", reviewer)
    changes = latest.diff_against(latest.prev_record).changed_fields
    assert "title" in changes


def test_update_from_an_old_version_raises_a_conflict_and_changes_nothing(force, analyst):
    item = EvidenceItemFactory(force=force, title="Original")
    evidence_item_update(
        item=item, user=analyst, data=data_of(item, title="First"), expected_version=1
    )
    with pytest.raises(EditConflict) as caught:
        evidence_item_update(
            item=item, user=analyst, data=data_of(item, title="Second"), expected_version=1
        )
    assert caught.value.current.title == "First"
    item.refresh_from_db()
    assert (item.title, item.version) == ("First", 2)


def test_services_validate_with_full_clean(force, analyst):
    EvidenceItemFactory(force=force, reference="EV-500")
    with pytest.raises(ValidationError):
        evidence_item_create(force=force, user=analyst, data=new_item_data(), files=[])


def test_no_file_is_left_behind_when_the_database_refuses_the_file_row(force, analyst, settings):
    item = EvidenceItemFactory(force=force)
    uploads = [
        check_upload(samples.upload("a.pdf", samples.PDF)),
        check_upload(samples.upload("b.pdf", samples.PDF)),
    ]
    # The file is on disk by the time its history row is written; refuse that row.
    with (
        connection.execute_wrapper(RefuseInsertsInto("evidence_historicalevidencefile")),
        pytest.raises(IntegrityError),
    ):
        evidence_item_update(
            item=item, user=analyst, data=data_of(item), files=uploads, expected_version=1
        )
    assert stored_files(settings) == []
    assert not EvidenceFile.objects.exists()
    item.refresh_from_db()
    assert item.version == 1


def test_no_file_is_left_behind_when_creating_fails(force, analyst, settings):
    upload = check_upload(samples.upload("a.pdf", samples.PDF))
    with (
        connection.execute_wrapper(RefuseInsertsInto("evidence_evidencefile")),
        pytest.raises(IntegrityError),
    ):
        evidence_item_create(force=force, user=analyst, data=new_item_data(), files=[upload])
    assert stored_files(settings) == []
    assert not EvidenceItem.objects.filter(reference="EV-500").exists()
