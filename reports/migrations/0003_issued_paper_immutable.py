"""Database trigger: an issued paper can never be changed or deleted."""

from django.db import migrations

from sprcompliance.dbtriggers import install_immutable


class Migration(migrations.Migration):
    dependencies = [("reports", "0002_issued_paper")]

    operations = [
        install_immutable("reports_issuedpaper", "an issued paper cannot be changed or deleted")
    ]
