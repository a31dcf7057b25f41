"""Stored evidence, the folders made for it and the SQLite database are readable by the
service's user only, whatever the umask."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from evidence.models import EvidenceFile
from evidence.services import EDITABLE_FIELDS, evidence_item_create
from evidence.uploads import check_upload
from tests.evidence import samples
from tests.factories import EvidenceItemFactory

ROOT = Path(__file__).resolve().parent.parent


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.django_db
def test_an_uploaded_file_and_its_folders_are_the_owners_only(force, analyst, settings):
    data = {field: getattr(EvidenceItemFactory.build(), field) for field in EDITABLE_FIELDS}
    upload = check_upload(samples.upload("plan.pdf", samples.PDF))
    previous = os.umask(0o022)  # a usual umask, which would make them 0644 and 0755
    try:
        evidence_item_create(force=force, user=analyst, data=data, files=[upload])
    finally:
        os.umask(previous)
    stored = Path(EvidenceFile.objects.get().file.path)
    assert mode(stored) == 0o600
    media = Path(settings.MEDIA_ROOT)
    for folder in (stored.parent, stored.parent.parent, media):
        assert mode(folder) == 0o700, folder


# Run with the database open, so SQLite's WAL journal files exist to be looked at.
OPEN_AND_LIST = """
import json, pathlib, stat
from django.db import connection
connection.cursor().execute("CREATE TABLE t (x)")
database = pathlib.Path(connection.settings_dict["NAME"])
print(json.dumps({
    file.name: stat.S_IMODE(file.stat().st_mode)
    for file in database.parent.glob(database.name + "*")
}))
"""


def test_a_new_sqlite_database_and_its_journal_are_the_owners_only(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", OPEN_AND_LIST],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}",
        },
        preexec_fn=lambda: os.umask(0o022),  # a usual umask, which would make them 0644
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    modes = json.loads(result.stdout.splitlines()[-1])
    assert modes == {"new.sqlite3": 0o600, "new.sqlite3-wal": 0o600, "new.sqlite3-shm": 0o600}
