"""Back up the whole database and its stored files to one ZIP file, and restore it.

A backup holds every row of every model (the apps' own, their history tables, users, groups
and memberships, the admin's log), every stored file, and a manifest: the format version, when
it was made, the latest applied migration per app, the row count of each model and the SHA-256
of every member. Content types and permissions are not copied as rows: migrations create them
in the target with ids of their own, so the backup lists them by natural key and the restore
maps every reference to the target's ids.

A restore goes only into an empty database at the same migration state, in one transaction:
rows load in foreign-key order with Django's serializers (raw saves, so no history is written
and no trigger sees an UPDATE), then the files are written, then everything is checked against
the manifest. If anything fails the transaction rolls back and the files written are removed.

The manifest is signed (backup/signing.py) with BACKUP_SIGNING_KEY, and a restore refuses a
backup whose signature is missing or does not match unless told to trust the file.
"""

import datetime
import hashlib
import json
import posixpath
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connections, models, transaction
from django.db.migrations.recorder import MigrationRecorder

from backup.signing import SIGNATURE, signature_for, signature_problem

FORMAT = "sprcompliance-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024
BATCH = 500

# Mapped by natural key instead of copied (see the module docstring); sessions and sign-in
# lockout counters belong to the server they were made on.
NOT_COPIED = {
    "contenttypes.contenttype",
    "auth.permission",
    "sessions.session",
    "axes.accessattempt",
}
# Rows an empty database holds before anyone uses it: those the migrations create (threats 0002
# and 0003, accounts 0003) and records of sign-in attempts against the new server. A restore
# replaces them with the backup's rows, which keeps every id the backup refers to.
REPLACED = {
    "axes.accesslog",
    "axes.accessfailurelog",
    "auth.group",
    "auth.group_permissions",
    "threats.edition",
    "threats.threatarea",
    "threats.dimension",
    "threats.ratingscale",
    "threats.ratinglevel",
}
MAPPED = (ContentType, Permission)


class BackupError(Exception):
    """The backup cannot be made or restored; the message says why, for the person running it."""


@dataclass
class Summary:
    rows: int = 0
    tables: int = 0
    files: int = 0
    file_bytes: int = 0
    blobs: int = 0
    issued_papers: int = 0
    created_at: str = ""
    notes: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, manifest: dict, **more) -> "Summary":
        """What a manifest holds, with what a run adds (issued papers checked, notes)."""
        return cls(
            rows=sum(m["rows"] for m in manifest["models"]),
            tables=len(manifest["models"]),
            files=len(manifest["files"]),
            file_bytes=sum(f["size"] for f in manifest["files"]),
            blobs=len(manifest["blobs"]),
            created_at=str(manifest.get("created_at", "")),
            **more,
        )


def _sha256_of(source, copy_to=None) -> tuple[str, int]:
    """The SHA-256 and size of a stream read in chunks, copied on to `copy_to` if given."""
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
        if copy_to is not None:
            copy_to.write(chunk)
    return digest.hexdigest(), size


def signing_key() -> bytes:
    """The key backups are signed and checked with; the demo derives one (see settings)."""
    if not settings.BACKUP_SIGNING_KEY:
        raise BackupError(
            "BACKUP_SIGNING_KEY must be set when DJANGO_DEBUG is off: backups are signed with "
            "it, and a restore checks the signature with the same key."
        )
    return settings.BACKUP_SIGNING_KEY.encode()


# What goes in: models, in the order a restore loads them.


def backed_up_models() -> list[type[models.Model]]:
    """Every model with a table, parents before the models that point at them."""
    chosen = {
        model._meta.label_lower: model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.label_lower not in NOT_COPIED
        and model._meta.managed
        and not model._meta.proxy
    }
    return [chosen[label] for label in _dependency_order(chosen)]


def _dependency_order(chosen: dict[str, type[models.Model]]) -> list[str]:
    # Cross-table triggers (sprcompliance/dbtriggers.py) read the rows a new row points at, so
    # those must be loaded first. Foreign keys themselves are checked at the end (deferred).
    needs = {
        label: {
            f.related_model._meta.label_lower
            for f in model._meta.concrete_fields
            if f.is_relation and f.related_model._meta.label_lower in chosen
        }
        - {label}
        for label, model in chosen.items()
    }
    ordered: list[str] = []
    while needs:
        ready = sorted(label for label, deps in needs.items() if not deps - set(ordered))
        if not ready:  # a cycle: no trigger relies on it, and the keys are checked at the end
            ready = sorted(needs)
        ordered.extend(ready)
        for label in ready:
            del needs[label]
    return ordered


def _data_member(model) -> str:
    return f"data/{model._meta.label_lower}.jsonl"


def _file_fields(model) -> list[models.Field]:
    return [f for f in model._meta.concrete_fields if isinstance(f, models.FileField)]


def _binary_fields(model) -> list[models.Field]:
    return [f for f in model._meta.concrete_fields if isinstance(f, models.BinaryField)]


def migration_state(using: str) -> dict[str, str]:
    """The latest applied migration of each app, by the numbered names migrations carry."""
    latest: dict[str, str] = {}
    for app_label, name in MigrationRecorder(connections[using]).applied_migrations():
        if name > latest.get(app_label, ""):
            latest[app_label] = name
    return dict(sorted(latest.items()))


# Export.


def backup_export(*, path: Path, using: str = "default", allow_missing_files: bool = False):
    """Write the backup to `path` (through a temporary file, so a failure leaves nothing)."""
    path = Path(path)
    key = signing_key()
    if not path.parent.is_dir():
        raise BackupError(f"The folder {path.parent} does not exist.")
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed or removed below)
        dir=path.parent, prefix=f".{path.name}.", suffix=".partial", delete=False
    )
    temporary = Path(handle.name)
    try:
        with handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            summary = _write_backup(
                zf, using=using, allow_missing_files=allow_missing_files, key=key
            )
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return summary


def _write_backup(
    zf: zipfile.ZipFile, *, using: str, allow_missing_files: bool, key: bytes
) -> Summary:
    connection = connections[using]
    with transaction.atomic(using=using):
        _consistent_snapshot(connection)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "database_vendor": connection.vendor,
            "migrations": migration_state(using),
            "models": [],
            "content_types": list(
                ContentType.objects.using(using).order_by("pk").values("id", "app_label", "model")
            ),
            "permissions": list(
                Permission.objects.using(using)
                .order_by("pk")
                .values("id", "codename", "name", "content_type_id")
            ),
            "files": [],
            "blobs": [],
            "missing_files": [],
        }
        file_names: dict[str, bool] = {}  # storage name -> referenced by a current row
        for model in backed_up_models():
            manifest["models"].append(_write_model(zf, model, using, manifest["blobs"]))
            _collect_file_names(model, using, file_names)
        _write_files(zf, file_names, manifest, allow_missing_files)
    manifest_bytes = json.dumps(manifest, indent=2).encode()
    _write_member(zf, MANIFEST, manifest_bytes)
    _write_member(zf, SIGNATURE, signature_for(manifest_bytes, key))
    return Summary.of(
        manifest,
        notes=[f"Not found, so not in the backup: {name}" for name in manifest["missing_files"]],
    )


def _consistent_snapshot(connection) -> None:
    # On PostgreSQL every table must be read from one snapshot, or a save made during the
    # export could leave a row pointing at one that was read before it existed. Only possible
    # as the first statement of an outermost transaction (not inside a test's transaction).
    atomic_blocks = getattr(connection, "atomic_blocks", [])
    if connection.vendor == "postgresql" and len(atomic_blocks) == 1:
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")


def _write_model(zf, model, using: str, blobs: list) -> dict:
    label = model._meta.label_lower
    member = _data_member(model)
    binaries = _binary_fields(model)
    names = [f.name for f in model._meta.concrete_fields if not f.primary_key]
    serializer = serializers.get_serializer("python")()
    digest, rows, size = hashlib.sha256(), 0, 0
    queryset = model._base_manager.using(using).order_by("pk")
    # Binary values (issued papers' PDFs) become members of their own while the rows are
    # written, and a ZIP file takes one writer at a time: the rows wait in a spooled file.
    with tempfile.SpooledTemporaryFile(max_size=16 * CHUNK) as spool:
        for batch in _batches(queryset.iterator(chunk_size=BATCH), BATCH):
            for row, instance in zip(serializer.serialize(batch, fields=names), batch, strict=True):
                for binary in binaries:
                    row["fields"][binary.name] = None
                    value = getattr(instance, binary.attname)
                    if value is not None:
                        blobs.append(_write_blob(zf, label, instance.pk, binary.name, value))
                line = json.dumps(row, cls=_Encoder, sort_keys=True).encode() + b"\n"
                spool.write(line)
                digest.update(line)
                size += len(line)
                rows += 1
        spool.seek(0)
        with zf.open(member, "w", force_zip64=True) as out:
            while chunk := spool.read(CHUNK):
                out.write(chunk)
    return {
        "label": label,
        "rows": rows,
        "path": member,
        "size": size,
        "sha256": digest.hexdigest(),
    }


class _Encoder(DjangoJSONEncoder):
    # DjangoJSONEncoder cuts times to milliseconds; a backup keeps every microsecond.
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_blob(zf, label: str, pk, field_name: str, value) -> dict:
    data = bytes(value)
    member = f"blobs/{label}/{pk}/{field_name}"
    _write_member(zf, member, data)
    return {
        "model": label,
        "pk": str(pk),
        "field": field_name,
        "path": member,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def _write_member(zf, member: str, data: bytes) -> None:
    with zf.open(member, "w", force_zip64=True) as out:
        out.write(data)


def _collect_file_names(model, using: str, names: dict[str, bool]) -> None:
    # History rows keep the names of files since replaced: copy those that still exist too.
    current = not model._meta.label_lower.split(".")[1].startswith("historical")
    for file_field in _file_fields(model):
        values = model._base_manager.using(using).exclude(**{file_field.attname: ""})
        for name in values.values_list(file_field.attname, flat=True).distinct():
            if name:
                names[name] = names.get(name, False) or current


def _write_files(zf, names: dict[str, bool], manifest: dict, allow_missing: bool) -> None:
    missing = [n for n, current in sorted(names.items()) if current and not _stored(n)]
    if missing and not allow_missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise BackupError(
            f"{len(missing)} stored file(s) are missing from the media folder ({shown}). "
            "Restore them, or pass --allow-missing-files to make the backup without them."
        )
    manifest["missing_files"] = missing
    for name in sorted(names):
        if name in missing or not _stored(name):
            continue  # missing, or referenced only by history and since deleted
        unsafe = _unsafe_name(name)
        if unsafe:
            raise BackupError(f"A stored file has an unsafe name ({unsafe}): {name!r}.")
        member = f"media/{name}"
        with (
            default_storage.open(name, "rb") as source,
            zf.open(member, "w", force_zip64=True) as out,
        ):
            sha256, size = _sha256_of(source, copy_to=out)
        manifest["files"].append({"name": name, "path": member, "size": size, "sha256": sha256})


def _stored(name: str) -> bool:
    try:
        return default_storage.exists(name)
    except Exception:  # e.g. SuspiciousFileOperation for a name outside the media folder
        return False


# Checking a backup file.

CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _unsafe_name(name: str) -> str:
    """Why a relative storage or member name is unsafe, or "" when it is fine."""
    if not name or name.startswith("/") or "\\" in name or ":" in name or CONTROL.search(name):
        return "not a plain relative path"
    if any(part in ("", ".", "..") for part in name.split("/")):
        return "it leaves its folder"
    if posixpath.normpath(name) != name:
        return "not a normal path"
    return ""


@dataclass
class Backup:
    """An opened, checked backup: its manifest and the archive to read members from."""

    zf: zipfile.ZipFile
    manifest: dict
    notes: list[str] = field(default_factory=list)

    def open(self, member: str):
        return self.zf.open(member)


@contextmanager
def opened_backup(path: Path, *, trust_unsigned: bool = False) -> Iterator[Backup]:
    """Open the file and check it is a complete, untampered backup, or raise BackupError.

    With `trust_unsigned` a missing or wrong signature is a note rather than a refusal: for a
    backup made before backups were signed, or with a key since lost, that the person
    restoring has checked by other means. Checksums are checked all the same.
    """
    path = Path(path)
    key = signing_key()
    if not path.is_file():
        raise BackupError(f"{path} is not a file.")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise BackupError(f"{path} is not a backup: it is not a complete ZIP file.") from None
    with zf:
        try:
            backup = Backup(zf, _read_manifest(zf, path))
            _check_signature(backup, key, trust_unsigned)
            _check_members(backup)
            _check_checksums(backup)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError) as error:
            raise BackupError(f"{path} is damaged and cannot be read ({error}).") from None
        yield backup


def _read_manifest(zf: zipfile.ZipFile, path: Path) -> dict:
    if MANIFEST not in zf.namelist():
        raise BackupError(f"{path} is not a backup made by export_backup: it has no manifest.")
    try:
        manifest = json.loads(zf.read(MANIFEST))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise BackupError(f"{path} is damaged: its manifest is not valid JSON.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not a backup made by export_backup.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} is a backup in format version {manifest.get('format_version')!r}; this "
            f"version of the application reads version {FORMAT_VERSION}."
        )
    for key, kind in (("models", list), ("files", list), ("blobs", list), ("migrations", dict)):
        if not isinstance(manifest.get(key), kind):
            raise BackupError(f"{path} is damaged: its manifest has no valid {key!r}.")
    return manifest


def _check_signature(backup: Backup, key: bytes, trust_unsigned: bool) -> None:
    names = backup.zf.namelist()
    signature = backup.zf.read(SIGNATURE) if SIGNATURE in names else None
    problem = signature_problem(backup.zf.read(MANIFEST), signature, key)
    if not problem:
        return
    if not trust_unsigned:
        raise BackupError(
            f"The backup is refused: {problem}. A backup made on a server with another key "
            "restores with that server's BACKUP_SIGNING_KEY; to restore a file you have "
            "checked by other means, pass --trust-unsigned."
        )
    backup.notes.append(f"Restored although {problem} (--trust-unsigned).")


def _expected_members(manifest: dict) -> dict[str, dict]:
    entries = [*manifest["models"], *manifest["files"], *manifest["blobs"]]
    expected = {}
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise BackupError("The backup is damaged: its manifest lists a member without a path.")
        expected[entry["path"]] = entry
    return expected


def _check_members(backup: Backup) -> None:
    manifest = backup.manifest
    expected = _expected_members(manifest)
    for entry in manifest["files"]:
        name = entry.get("name")
        unsafe = _unsafe_name(name) if isinstance(name, str) else "not a name"
        if unsafe or entry.get("path") != f"media/{name}":
            raise BackupError(f"The backup is refused: the stored file {name!r} is unsafe.")
    names = backup.zf.namelist()
    for name in names:
        unsafe = _unsafe_name(name)
        if unsafe:
            raise BackupError(f"The backup is refused: the member {name!r} is unsafe ({unsafe}).")
    if len(names) != len(set(names)):
        raise BackupError("The backup is refused: it holds the same member twice.")
    unexpected = set(names) - set(expected) - {MANIFEST, SIGNATURE}
    absent = set(expected) - set(names)
    if unexpected or absent:
        detail = ", ".join(sorted(unexpected | absent)[:5])
        raise BackupError(
            f"The backup is damaged: its members do not match its manifest ({detail})."
        )
    for info in backup.zf.infolist():
        if info.filename in (MANIFEST, SIGNATURE):
            continue
        if info.file_size != expected[info.filename].get("size"):
            raise BackupError(f"The backup is damaged: {info.filename} has the wrong size.")


def _check_checksums(backup: Backup) -> None:
    for member, entry in _expected_members(backup.manifest).items():
        with backup.open(member) as source:
            sha256, _size = _sha256_of(source)
        if sha256 != entry.get("sha256"):
            raise BackupError(
                f"The backup is damaged: {member} does not match its SHA-256 in the manifest."
            )


# Import.


def backup_import(*, path: Path, using: str = "default", trust_unsigned: bool = False) -> Summary:
    """Restore the backup into an empty database at the same migration state."""
    with opened_backup(path, trust_unsigned=trust_unsigned) as backup:
        manifest = backup.manifest
        plan = _plan(manifest, using)
        written: list[str] = []
        try:
            with transaction.atomic(using=using):
                _load_rows(backup, plan, using)
                _write_restored_files(backup, written)
                _check_restored(manifest, plan, using)
                issued_papers = _issued_papers_checked(using)
        except BaseException:
            _remove_restored(written)
            raise
    return Summary.of(manifest, issued_papers=issued_papers, notes=backup.notes)


@dataclass
class Plan:
    models: list[type[models.Model]]
    rows: dict[str, int]


def _plan(manifest: dict, using: str) -> Plan:
    """Refuse, before any change, a target that is not empty or not at the backup's state."""
    here = migration_state(using)
    theirs = manifest["migrations"]
    if here != theirs:
        differences = [
            f"{app}: backup {theirs.get(app, 'none')}, this database {here.get(app, 'none')}"
            for app in sorted(set(here) | set(theirs))
            if here.get(app) != theirs.get(app)
        ]
        raise BackupError(
            "The backup was made at a different migration state ("
            + "; ".join(differences)
            + "). Restore it into a database migrated to the same state."
        )
    ordered = backed_up_models()
    labels = [m._meta.label_lower for m in ordered]
    theirs_labels = [str(m.get("label")) for m in manifest["models"]]
    if sorted(labels) != sorted(theirs_labels):
        odd = sorted(set(labels) ^ set(theirs_labels))
        raise BackupError(f"The backup's tables do not match this database's ({', '.join(odd)}).")
    for entry in manifest["models"]:
        label = entry.get("label")
        if entry.get("path") != f"data/{label}.jsonl" or not isinstance(entry.get("rows"), int):
            raise BackupError(f"The backup is damaged: its manifest entry for {label} is wrong.")
    holding = [
        f"{model._meta.label_lower}"
        for model in ordered
        if model._meta.label_lower not in REPLACED and model._base_manager.using(using).exists()
    ]
    if holding:
        raise BackupError(
            "This database already holds data ("
            + ", ".join(holding[:6])
            + (" ..." if len(holding) > 6 else "")
            + "). Restore only into an empty, freshly migrated database."
        )
    clashes = [f["name"] for f in manifest["files"] if default_storage.exists(f["name"])]
    if clashes:
        raise BackupError(
            f"The media folder already holds {clashes[0]}"
            + (f" and {len(clashes) - 1} more" if len(clashes) > 1 else "")
            + ": restore into an empty media folder."
        )
    return Plan(models=ordered, rows={m["label"]: m["rows"] for m in manifest["models"]})


def _load_rows(backup: Backup, plan: Plan, using: str) -> None:
    connection = connections[using]
    with connection.cursor() as cursor:
        for model in reversed(plan.models):
            if model._meta.label_lower in REPLACED:
                # Raw SQL: deleting through the ORM would write history rows.
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")
    remap = _Remapper(backup.manifest, using)
    blobs = {(b["model"], str(b["pk"]), b["field"]): b["path"] for b in backup.manifest["blobs"]}
    for model in plan.models:
        label = model._meta.label_lower
        rows = (remap(model, row) for row in _rows(backup, _data_member(model), label))
        try:
            for batch in _batches(rows, BATCH):
                for loaded in serializers.deserialize("python", batch, using=using):
                    _fill_blobs(backup, loaded.object, label, blobs)
                    loaded.save(using=using, save_m2m=False, force_insert=True)
        except (
            DatabaseError,
            DeserializationError,
            ValidationError,
            ValueError,
            KeyError,
        ) as error:
            raise BackupError(f"The backup's {label} rows could not be loaded: {error}") from None
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), plan.models):
            cursor.execute(statement)


def _rows(backup: Backup, member: str, label: str) -> Iterator[dict]:
    with backup.open(member) as source:
        for line in source:
            row = json.loads(line)
            if not isinstance(row, dict) or row.get("model") != label:
                raise BackupError(f"The backup is damaged: {member} holds a row of another model.")
            yield row


def _fill_blobs(backup: Backup, instance, label: str, blobs: dict) -> None:
    for binary in _binary_fields(type(instance)):
        member = blobs.get((label, str(instance.pk), binary.name))
        if member is not None:
            setattr(instance, binary.attname, backup.zf.read(member))


class _Remapper:
    """Turns the source's content type and permission ids into the target's, creating any the
    target lacks (as Django does on first use)."""

    def __init__(self, manifest: dict, using: str):
        self.using = using
        self.content_types = {c["id"]: c for c in manifest.get("content_types", [])}
        self.permissions = {p["id"]: p for p in manifest.get("permissions", [])}
        self.cache: dict[tuple, int] = {}

    def __call__(self, model, row: dict) -> dict:
        for f in model._meta.concrete_fields:
            if f.is_relation and f.related_model in MAPPED:
                value = row["fields"].get(f.name)
                if value is not None:
                    row["fields"][f.name] = self._target_id(f.related_model, value)
        return row

    def _target_id(self, related, source_id) -> int:
        key = (related, source_id)
        if key not in self.cache:
            find = self._content_type if related is ContentType else self._permission
            self.cache[key] = find(source_id)
        return self.cache[key]

    def _content_type(self, source_id) -> int:
        entry = self._entry(self.content_types, source_id, "content type")
        found, _ = ContentType.objects.db_manager(self.using).get_or_create(
            app_label=entry["app_label"], model=entry["model"]
        )
        return found.pk

    def _permission(self, source_id) -> int:
        entry = self._entry(self.permissions, source_id, "permission")
        found, _ = Permission.objects.using(self.using).get_or_create(
            content_type_id=self._content_type(entry["content_type_id"]),
            codename=entry["codename"],
            defaults={"name": entry["name"]},
        )
        return found.pk

    @staticmethod
    def _entry(entries: dict, source_id, what: str) -> dict:
        if source_id not in entries:
            raise BackupError(f"The backup is damaged: it refers to an unlisted {what}.")
        return entries[source_id]


def _write_restored_files(backup: Backup, written: list[str]) -> None:
    for entry in backup.manifest["files"]:
        with backup.open(entry["path"]) as source:
            saved = default_storage.save(entry["name"], File(source, name=entry["name"]))
        written.append(saved)
        if saved != entry["name"]:
            raise BackupError(f"{entry['name']} could not be restored under its own name.")


def _remove_restored(names: list[str]) -> None:
    for name in names:
        default_storage.delete(name)
    # The folders made for them too, deepest first, where storage is a local folder.
    folders = {posixpath.dirname(name) for name in names} - {""}
    while folders:
        folder = max(folders, key=len)
        folders.discard(folder)
        try:
            Path(default_storage.path(folder)).rmdir()
        except (NotImplementedError, OSError):
            continue  # not local, or not empty: someone else's file is there
        if posixpath.dirname(folder):
            folders.add(posixpath.dirname(folder))


def _check_restored(manifest: dict, plan: Plan, using: str) -> None:
    """Foreign keys, row counts and file checksums against the manifest, before committing."""
    connection = connections[using]
    try:
        connection.check_constraints(table_names=[m._meta.db_table for m in plan.models])
    except DatabaseError as error:
        raise BackupError(f"The backup's rows break a foreign key: {error}") from None
    for model in plan.models:
        label = model._meta.label_lower
        count = model._base_manager.using(using).count()
        if count != plan.rows[label]:
            raise BackupError(
                f"{label}: {count} rows restored, but the backup's manifest says "
                f"{plan.rows[label]}."
            )
    for entry in manifest["files"]:
        if _stored_sha256(entry["name"]) != entry["sha256"]:
            raise BackupError(f"{entry['name']} does not match its SHA-256 once restored.")


def _stored_sha256(name: str) -> str:
    with default_storage.open(name, "rb") as stored:
        return _sha256_of(stored)[0]


def _issued_papers_checked(using: str) -> int:
    """Issued papers whose restored PDF bytes match the SHA-256 recorded when issued."""
    from reports.models import IssuedPaper

    checked = 0
    for pdf, sha256 in IssuedPaper.objects.using(using).values_list("pdf", "sha256"):
        if hashlib.sha256(bytes(pdf)).hexdigest() != sha256:
            raise BackupError("A restored issued paper does not match its recorded SHA-256.")
        checked += 1
    return checked
