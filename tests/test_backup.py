"""export_backup and import_backup: every row and stored file makes the round trip, and a
restore refuses, changing nothing, a database with data, another migration state, and damaged
or hostile files."""

import datetime
import hashlib
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.core.management.color import no_style
from django.db import connection

from accounts.models import Force, User
from backup.services import REPLACED, backed_up_models
from backup.signing import SIGNATURE, signature_for
from evidence.models import EvidenceFile, EvidenceItem
from evidence.services import EDITABLE_FIELDS, evidence_item_create, evidence_item_update
from evidence.uploads import check_upload
from reports.models import IssuedPaper
from tests.db import media_files, refused_by_database, sqlite_triggers_off, table_rows
from tests.evidence import samples
from tests.factories import EvidenceItemFactory

pytestmark = pytest.mark.django_db

PDF_BYTES = samples.PDF + bytes(range(256))  # binary, so a text round trip would show


# Helpers.


def export(path: Path, **options) -> str:
    out = io.StringIO()
    call_command("export_backup", str(path), stdout=out, stderr=out, **options)
    return out.getvalue()


def restore(path: Path, **options) -> str:
    out = io.StringIO()
    call_command("import_backup", str(path), stdout=out, stderr=out, **options)
    return out.getvalue()


def snapshot() -> dict:
    """Every row of every backed-up model, plus the content types and permissions."""
    return table_rows([*backed_up_models(), ContentType, Permission])


def empty_database() -> None:
    """What `flush` does, but keeping the rows a migration creates, so the database is as a
    freshly migrated one: the same rows, and ids that start again at 1.

    SQLite has no TRUNCATE, and the issued papers' trigger refuses DELETE, so the triggers of
    the emptied tables are dropped and re-created around it (all inside the test's
    transaction). PostgreSQL's TRUNCATE fires no row triggers, but needs the deferred foreign
    key checks of the rows the test wrote to have run first.
    """
    tables = [m._meta.db_table for m in backed_up_models() if m._meta.label_lower not in REPLACED]
    statements = connection.ops.sql_flush(no_style(), tables, reset_sequences=True)
    if connection.vendor != "sqlite":
        connection.check_constraints()
    with sqlite_triggers_off(connection, tables), connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    assert not Force.objects.exists() and not IssuedPaper.objects.exists()


def add_evidence_file(user: User, name="notes.txt", content=b"Exercise notes\n" * 50):
    item = EvidenceItem.objects.filter(force=user.force).first()
    data = {field: getattr(item, field) for field in EDITABLE_FIELDS}
    upload = check_upload(samples.upload(name, content))
    evidence_item_update(
        item=item, user=user, data=data, files=[upload], expected_version=item.version
    )
    return EvidenceFile.objects.get(item=item, original_name=name)


@pytest.fixture
def small_site(force, analyst, period):
    """A force with an evidence item and its file, an issued paper, a group permission and
    an admin log entry: every kind of row and file a backup must carry."""
    data = {field: getattr(EvidenceItemFactory.build(), field) for field in EDITABLE_FIELDS}
    upload = check_upload(samples.upload("photo.png", samples.image("PNG")))
    evidence_item_create(force=force, user=analyst, data=data, files=[upload])
    IssuedPaper.objects.create(
        period=period,
        version=1,
        issued_at=datetime.datetime(2020, 3, 17, 10, 30, 15, 123456, tzinfo=datetime.UTC),
        issued_by=analyst,
        title="Strategic Policing Requirement 2019/20",
        classification="OFFICIAL",
        pdf=PDF_BYTES,
        sha256=hashlib.sha256(PDF_BYTES).hexdigest(),
        size=len(PDF_BYTES),
        html="<p>Issued.</p>",
        source_sha256="0" * 64,
        paragraph_count=1,
        footnote_count=0,
    )
    Group.objects.get(name="Analyst").permissions.add(
        Permission.objects.get(codename="view_evidenceitem")
    )
    LogEntry.objects.create(
        user=analyst,
        content_type=ContentType.objects.get_for_model(Force),
        object_id=str(force.pk),
        object_repr=str(force),
        action_flag=ADDITION,
    )
    return force


@pytest.fixture
def backup(small_site, tmp_path, settings) -> Path:
    path = tmp_path / "backup.zip"
    export(path)
    settings.MEDIA_ROOT = tmp_path / "restored-media"
    return path


def tampered(source: Path, target: Path, change, *, reseal=True, sign=True) -> Path:
    """A copy of a backup changed by `change(manifest, members)`. With `reseal` the
    manifest's sizes and checksums are brought in line, and with `sign` the manifest is
    signed again with the key in the settings, so only the change under test is wrong."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    change(manifest, members)
    if reseal:
        for entry in [*manifest["models"], *manifest["files"], *manifest["blobs"]]:
            if entry["path"] in members:
                entry["size"] = len(members[entry["path"]])
                entry["sha256"] = hashlib.sha256(members[entry["path"]]).hexdigest()
    manifest_bytes = json.dumps(manifest).encode()
    if sign:
        key = django_settings.BACKUP_SIGNING_KEY.encode()
        members[SIGNATURE] = signature_for(manifest_bytes, key)
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", manifest_bytes)
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def refused(path: Path, match: str, tmp_path: Path):
    """The import must fail with the message, leave the database as it was and write no
    file anywhere under the test's folder."""
    before = snapshot()
    files_before = media_files(tmp_path)
    with pytest.raises(CommandError, match=match):
        restore(path)
    assert snapshot() == before
    assert media_files(tmp_path) == files_before


# The round trip.


def test_a_backup_restores_every_row_every_file_and_the_issued_paper(settings, tmp_path):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    analyst = User.objects.get(username="analyst")
    evidence_file = add_evidence_file(analyst)
    issued = IssuedPaper.objects.get()
    original_media = Path(settings.MEDIA_ROOT)
    rows_before = snapshot()
    files_before = media_files(original_media)
    assert evidence_file.file.name in files_before

    path = tmp_path / "backup.zip"
    output = export(path)
    assert "Wrote" in output and "1 stored files" in output and "1 issued paper PDFs" in output

    empty_database()
    settings.MEDIA_ROOT = tmp_path / "restored-media"
    output = restore(path)

    assert "every table's row count and every file's SHA-256 match" in output
    assert "1 issued papers match their recorded SHA-256" in output
    assert snapshot() == rows_before, "every row of every model, ids and history included"
    assert media_files(Path(settings.MEDIA_ROOT)) == files_before
    restored = IssuedPaper.objects.get()
    assert bytes(restored.pdf) == bytes(issued.pdf)
    assert hashlib.sha256(bytes(restored.pdf)).hexdigest() == restored.sha256 == issued.sha256
    # The restored paper is still guarded by the database.
    with refused_by_database(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM reports_issuedpaper")
    # Sequences moved past the restored ids, so new rows do not collide.
    new_force = Force.objects.create(name="New Police", slug="new", pcc_title="PCC")
    assert new_force.pk > max(Force.objects.exclude(pk=new_force.pk).values_list("pk", flat=True))
    assert analyst.pk in User.objects.values_list("pk", flat=True)


def test_permissions_and_content_types_are_mapped_to_the_targets_ids(backup, tmp_path):
    log_before = list(LogEntry.objects.values_list("object_repr", "content_type__model"))
    empty_database()
    # A target whose evidence item content type (and so its permissions) has another id.
    ContentType.objects.get(app_label="evidence", model="evidenceitem").delete()
    moved = ContentType.objects.create(app_label="evidence", model="evidenceitem")
    try:
        restore(backup)
    finally:
        ContentType.objects.clear_cache()  # the ids above end with this test's transaction

    permission = Group.objects.get(name="Analyst").permissions.get()
    assert (permission.codename, permission.content_type) == ("view_evidenceitem", moved)
    assert list(LogEntry.objects.values_list("object_repr", "content_type__model")) == log_before


# Refusals: nothing changes.


def test_it_refuses_a_database_that_holds_data_and_changes_nothing(backup, tmp_path):
    refused(backup, "already holds data", tmp_path)


def test_it_refuses_a_media_folder_that_already_holds_a_file(backup, tmp_path, settings):
    empty_database()
    with zipfile.ZipFile(backup) as archive:
        stored = json.loads(archive.read("manifest.json"))["files"][0]["name"]
    target = Path(settings.MEDIA_ROOT) / stored
    target.parent.mkdir(parents=True)
    target.write_bytes(b"someone else's file")
    refused(backup, "media folder already holds", tmp_path)
    assert target.read_bytes() == b"someone else's file"


def test_it_refuses_a_backup_from_another_migration_state(backup, tmp_path):
    empty_database()

    def future(manifest, members):
        manifest["migrations"]["threats"] = "9999_from_the_future"

    path = tampered(backup, tmp_path / "future.zip", future)
    refused(path, "different migration state.*threats: backup 9999_from_the_future", tmp_path)


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"name,value\nforce,1\n", "not a backup: it is not a complete ZIP file"),
        (b"", "not a backup"),
    ],
)
def test_it_refuses_a_file_that_is_not_a_backup(content, match, tmp_path):
    path = tmp_path / "backup.zip"
    path.write_bytes(content)
    refused(path, match, tmp_path)


def test_it_refuses_a_zip_that_is_not_a_backup(tmp_path):
    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("report.txt", "hello")
    refused(path, "has no manifest", tmp_path)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "something-else"}))
    refused(path, "not a backup made by export_backup", tmp_path)


def test_it_refuses_a_truncated_backup(backup, tmp_path):
    empty_database()
    data = backup.read_bytes()
    for length in (len(data) // 2, len(data) - 30):
        cut = tmp_path / f"cut-{length}.zip"
        cut.write_bytes(data[:length])
        refused(cut, "not a complete ZIP file|damaged", tmp_path)


def test_it_refuses_a_backup_whose_rows_do_not_match_their_checksum(backup, tmp_path):
    empty_database()

    path = tampered(backup, tmp_path / "edited.zip", edit_a_row, reseal=False)
    refused(path, "accounts.force.jsonl does not match its SHA-256", tmp_path)


def edit_a_row(manifest, members):
    member = "data/accounts.force.jsonl"
    members[member] = members[member].replace(b"Testshire", b"Testshirf")


def test_it_refuses_a_row_edited_with_its_checksum_recomputed(backup, tmp_path):
    empty_database()
    path = tampered(backup, tmp_path / "forged.zip", edit_a_row, sign=False)
    refused(path, "signature does not match its manifest: it was altered", tmp_path)


def test_it_refuses_an_unsigned_backup(backup, tmp_path):
    empty_database()

    def unsign(manifest, members):
        del members[SIGNATURE]

    path = tampered(backup, tmp_path / "unsigned.zip", unsign, sign=False)
    refused(path, "refused: it is not signed.*--trust-unsigned", tmp_path)


def test_it_refuses_a_backup_signed_with_another_key(backup, tmp_path, settings):
    empty_database()
    settings.BACKUP_SIGNING_KEY = "another-servers-backup-signing-key-" + "y" * 10
    refused(backup, "refused: it was signed with another key", tmp_path)


def test_told_to_trust_it_an_unsigned_backup_restores_with_a_warning(backup, tmp_path):
    rows_before = snapshot()
    empty_database()

    def unsign(manifest, members):
        del members[SIGNATURE]

    path = tampered(backup, tmp_path / "unsigned.zip", unsign, sign=False)
    output = restore(path, trust_unsigned=True)

    assert "Warning: Restored although it is not signed (--trust-unsigned)." in output
    assert snapshot() == rows_before


def test_trusting_a_file_still_checks_its_checksums(backup, tmp_path):
    empty_database()
    path = tampered(backup, tmp_path / "edited.zip", edit_a_row, reseal=False, sign=False)
    with pytest.raises(CommandError, match="accounts.force.jsonl does not match its SHA-256"):
        restore(path, trust_unsigned=True)


def test_backups_need_a_signing_key(small_site, tmp_path, settings):
    settings.BACKUP_SIGNING_KEY = ""  # production (debug off) with none set
    with pytest.raises(CommandError, match="BACKUP_SIGNING_KEY must be set"):
        export(tmp_path / "backup.zip")
    assert list(tmp_path.glob("*backup.zip*")) == []


def test_it_refuses_a_backup_whose_file_does_not_match_its_checksum(backup, tmp_path):
    empty_database()

    def swap_a_file(manifest, members):
        member = manifest["files"][0]["path"]
        members[member] = members[member][::-1]

    path = tampered(backup, tmp_path / "swapped.zip", swap_a_file, reseal=False)
    refused(path, "does not match its SHA-256", tmp_path)


@pytest.mark.parametrize(
    "name",
    ["../x", "evidence/../../x", "/tmp/x", "evidence\\..\\x", "evidence//x", "C:/x"],
)
def test_it_refuses_a_stored_file_that_escapes_the_media_folder(name, backup, tmp_path):
    empty_database()

    def add_hostile_file(manifest, members):
        members[f"media/{name}"] = b"planted"
        manifest["files"].append({"name": name, "path": f"media/{name}"})

    path = tampered(backup, tmp_path / "hostile.zip", add_hostile_file)
    refused(path, "unsafe", tmp_path)
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    ("member", "match"),
    [("media/evidence/stray", "do not match its manifest"), ("../stray", "unsafe")],
)
def test_it_refuses_a_member_its_manifest_does_not_list(member, match, backup, tmp_path):
    empty_database()

    def add_stray(manifest, members):
        members[member] = b"not in the manifest"

    path = tampered(backup, tmp_path / "stray.zip", add_stray)
    refused(path, match, tmp_path)
    assert not (tmp_path / "stray").exists()


def test_rows_that_break_a_foreign_key_are_refused_and_restored_files_removed(
    backup, tmp_path, settings
):
    empty_database()

    def orphan_the_file(manifest, members):
        member = "data/evidence.evidencefile.jsonl"
        row = json.loads(members[member])
        row["fields"]["item"] = 999999
        members[member] = json.dumps(row).encode() + b"\n"

    path = tampered(backup, tmp_path / "orphan.zip", orphan_the_file)
    refused(path, "break a foreign key", tmp_path)
    restored_media = Path(settings.MEDIA_ROOT)
    assert not restored_media.exists() or not any(restored_media.iterdir()), "folders too"


def test_a_refusal_exits_with_an_error_code(tmp_path):
    path = tmp_path / "backup.zip"
    path.write_text("not a backup")
    result = subprocess.run(
        [sys.executable, "manage.py", "import_backup", str(path)],
        cwd=django_settings.BASE_DIR,
        env={
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "PATH": "/usr/bin:/bin",
            # A throwaway database: the file is refused before any data is read.
            "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Nothing was restored" in result.stderr
    assert "not a backup" in result.stderr


# Export.


def test_export_refuses_to_overwrite_a_file_unless_told(small_site, tmp_path):
    path = tmp_path / "backup.zip"
    path.write_text("yesterday's backup")
    with pytest.raises(CommandError, match="already exists"):
        export(path)
    assert path.read_text() == "yesterday's backup"
    export(path, overwrite=True)
    assert zipfile.is_zipfile(path)


def test_export_refuses_a_missing_stored_file_unless_told(small_site, tmp_path, settings):
    stored = EvidenceFile.objects.get()
    (Path(settings.MEDIA_ROOT) / stored.file.name).unlink()
    path = tmp_path / "backup.zip"
    with pytest.raises(CommandError, match="missing from the media folder"):
        export(path)
    assert not path.exists()
    assert list(tmp_path.glob("*.partial")) == []

    output = export(path, allow_missing_files=True)
    assert f"Not found, so not in the backup: {stored.file.name}" in output
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["missing_files"] == [stored.file.name]
    assert manifest["files"] == []


def test_the_manifest_describes_the_backup(backup, tmp_path):
    with zipfile.ZipFile(backup) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = set(archive.namelist())
    assert manifest["format"] == "sprcompliance-backup"
    assert manifest["format_version"] == 1
    assert datetime.datetime.fromisoformat(manifest["created_at"]).tzinfo is not None
    assert manifest["migrations"]["reports"].startswith("000")
    counts = {entry["label"]: entry["rows"] for entry in manifest["models"]}
    assert counts["accounts.force"] == 1
    assert counts["evidence.evidencefile"] == 1
    assert counts["reports.issuedpaper"] == 1
    assert "sessions.session" not in counts
    [stored] = manifest["files"]
    stored_bytes = (tmp_path / "media" / stored["name"]).read_bytes()  # the original folder
    assert stored["sha256"] == hashlib.sha256(stored_bytes).hexdigest()
    [blob] = manifest["blobs"]
    assert blob["sha256"] == hashlib.sha256(PDF_BYTES).hexdigest()
    assert {stored["path"], blob["path"], "manifest.json", SIGNATURE} <= names
