from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from backup.services import BackupError, backup_import


class Command(BaseCommand):
    help = (
        "Restore a backup made by export_backup into an empty database migrated to the same "
        "state, and its files into an empty media folder. Refuses, changing nothing, anything "
        "else: a database with data, another migration state, a damaged or altered file, one not "
        "signed with this server's BACKUP_SIGNING_KEY (unless --trust-unsigned)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The backup file to restore.")
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="The database to restore into."
        )
        parser.add_argument(
            "--trust-unsigned",
            action="store_true",
            help=(
                "Restore a backup that is not signed with this server's BACKUP_SIGNING_KEY "
                "(unsigned, or signed with another key), having checked by other means that "
                "the file is genuine. Checksums are still checked."
            ),
        )

    def handle(self, *args, path, database, trust_unsigned, **options):
        try:
            summary = backup_import(path=Path(path), using=database, trust_unsigned=trust_unsigned)
        except BackupError as error:
            raise CommandError(f"Nothing was restored. {error}") from None
        except OSError as error:
            raise CommandError(
                f"Nothing was restored. Could not read or write a file: {error}."
            ) from None
        for note in summary.notes:
            self.stderr.write(f"Warning: {note}")
        self.stdout.write(
            f"Restored the backup made at {summary.created_at}: {summary.rows} rows in "
            f"{summary.tables} tables, {summary.files} stored files ({summary.file_bytes} "
            f"bytes) and {summary.blobs} issued paper PDFs."
        )
        self.stdout.write(
            self.style.SUCCESS(
                "Checked: every table's row count and every file's SHA-256 match the backup's "
                f"manifest; {summary.issued_papers} issued papers match their recorded SHA-256."
            )
        )
