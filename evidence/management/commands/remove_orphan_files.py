from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from evidence.orphans import orphan_files, orphans_remove
from evidence.uploads import size_in_words


class Command(BaseCommand):
    help = (
        "List stored files that no row names (left by a request killed while saving an "
        "upload) and are older than a grace period; with --delete, remove them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than-hours",
            type=int,
            default=24,
            help="Only files last written longer ago than this (default 24): younger ones may "
            "belong to an upload still being saved.",
        )
        parser.add_argument(
            "--delete", action="store_true", help="Remove them (without it, only list them)."
        )

    def handle(self, *args, older_than_hours, delete, **options):
        if older_than_hours < 1:
            raise CommandError("--older-than-hours must be at least 1.")
        orphans = orphan_files(older_than=timedelta(hours=older_than_hours))
        for orphan in orphans:
            self.stdout.write(
                f"{orphan.name}  {size_in_words(orphan.size)}, last written "
                f"{orphan.modified:%Y-%m-%d %H:%M} UTC"
            )
        if not delete:
            self.stdout.write(
                f"{len(orphans)} stored file(s) no row names, older than {older_than_hours} "
                "hours. Nothing was removed: run again with --delete to remove them."
            )
            return
        removed = orphans_remove(orphans)
        self.stdout.write(self.style.SUCCESS(f"Removed {len(removed)} stored file(s)."))
