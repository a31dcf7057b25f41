"""Stored files no row names (left by a request killed while saving an upload) are listed,
and removed only when asked and only once older than the grace period."""

import io
import os
import time
from pathlib import Path

import pytest
from django.core.management import call_command

from evidence.models import EvidenceFile
from evidence.services import EDITABLE_FIELDS, evidence_item_create
from evidence.uploads import check_upload
from tests.evidence import samples
from tests.factories import EvidenceItemFactory

pytestmark = pytest.mark.django_db

DAY = 24 * 60 * 60


def stored_evidence(force, analyst) -> Path:
    data = {field: getattr(EvidenceItemFactory.build(), field) for field in EDITABLE_FIELDS}
    upload = check_upload(samples.upload("plan.pdf", samples.PDF))
    evidence_item_create(force=force, user=analyst, data=data, files=[upload])
    return Path(EvidenceFile.objects.get().file.path)


def left_behind(settings, name: str, age_seconds: int) -> Path:
    """A file as a killed upload leaves it: stored, with no row, last written `age` ago."""
    path = Path(settings.MEDIA_ROOT) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(samples.PDF)
    then = time.time() - age_seconds
    os.utime(path, (then, then))
    return path


def sweep(*args) -> str:
    out = io.StringIO()
    call_command("remove_orphan_files", *args, stdout=out)
    return out.getvalue()


def test_it_lists_old_orphans_and_removes_nothing_unless_told(force, analyst, settings):
    kept = stored_evidence(force, analyst)
    os.utime(kept, (time.time() - 3 * DAY,) * 2)
    orphan = left_behind(settings, f"evidence/{force.pk}/0123abcd", 2 * DAY)

    output = sweep()

    assert f"evidence/{force.pk}/0123abcd" in output
    assert "1 stored file(s) no row names, older than 24 hours. Nothing was removed" in output
    assert orphan.exists() and kept.exists()


def test_with_delete_it_removes_old_orphans_only(force, analyst, settings):
    kept = stored_evidence(force, analyst)
    os.utime(kept, (time.time() - 3 * DAY,) * 2)
    old = left_behind(settings, f"evidence/{force.pk}/old", 2 * DAY)
    young = left_behind(settings, f"evidence/{force.pk}/young", 60)  # may still be saving

    output = sweep("--delete")

    assert "Removed 1 stored file(s)." in output
    assert not old.exists()
    assert young.exists() and kept.exists()
    assert EvidenceFile.objects.get().file.path == str(kept)


def test_a_file_only_a_history_row_names_is_kept(force, analyst, settings):
    kept = stored_evidence(force, analyst)
    os.utime(kept, (time.time() - 3 * DAY,) * 2)
    EvidenceFile.objects.get().delete()  # the history keeps the deleted row, and its name

    assert "Removed 0 stored file(s)." in sweep("--delete")
    assert kept.exists()


def test_the_grace_period_can_be_shortened(force, settings):
    orphan = left_behind(settings, f"evidence/{force.pk}/recent", 2 * 60 * 60)
    assert "Removed 0" in sweep("--delete")
    assert "Removed 1" in sweep("--delete", "--older-than-hours", "1")
    assert not orphan.exists()


def test_an_empty_media_folder_has_no_orphans(settings):
    assert "0 stored file(s)" in sweep()
