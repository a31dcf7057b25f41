from django.apps import AppConfig


class BackupConfig(AppConfig):
    """Whole-deployment backup and restore (`export_backup`, `import_backup`): it reads every
    app's tables, so nothing imports it."""

    name = "backup"
    verbose_name = "Backup and restore"
