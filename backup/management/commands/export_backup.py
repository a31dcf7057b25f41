from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from backup.services import BackupError, backup_export


class Command(BaseCommand):
    help = (
        "Write a backup of the whole database (every table, history included) and every stored "
        "file to one ZIP file, with a manifest of migration state, row counts and SHA-256s. "
        "Restore it with import_backup."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The backup file to write, e.g. backup-2026-11-28.zip.")
        parser.add_argument(
            "--overwrite", action="store_true", help="Replace the file if it already exists."
        )
        parser.add_argument(
            "--allow-missing-files",
            action="store_true",
            help="Make the backup even if stored files are missing from the media folder.",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database to back up.")

    def handle(self, *args, path, overwrite, allow_missing_files, database, **options):
        target = Path(path)
        if target.exists() and not overwrite:
            raise CommandError(f"{target} already exists: choose another name or pass --overwrite.")
        if target.is_dir():
            raise CommandError(f"{target} is a folder: give the name of the file to write.")
        try:
            summary = backup_export(
                path=target, using=database, allow_missing_files=allow_missing_files
            )
        except BackupError as error:
            raise CommandError(str(error)) from None
        except OSError as error:
            raise CommandError(f"Could not write {target}: {error.strerror}.") from None
        for note in summary.notes:
            self.stderr.write(f"Warning: {note}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {target}: {summary.rows} rows in {summary.tables} tables, "
                f"{summary.files} stored files ({summary.file_bytes} bytes) and "
                f"{summary.blobs} issued paper PDFs."
            )
        )
        self.stdout.write(
            "It holds personal data, password hashes and OFFICIAL-SENSITIVE evidence: "
            "keep it encrypted and access-controlled."
        )
