"""Issued papers keep the readiness rules not met when they were issued (with the override).

SQLite adds the column by rebuilding the table, which drops its triggers: they are dropped
first and installed again after, on every database, so the rows stay immutable.
"""

from django.db import migrations, models

from sprcompliance.dbtriggers import install_immutable

IMMUTABLE = install_immutable("reports_issuedpaper", "an issued paper cannot be changed or deleted")


class Migration(migrations.Migration):
    dependencies = [("reports", "0003_issued_paper_immutable")]

    operations = [
        migrations.RunPython(IMMUTABLE.reverse_code, IMMUTABLE.code, elidable=False),
        migrations.AddField(
            model_name="issuedpaper",
            name="open_problems",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="The readiness rules not met when it was issued, in words.",
            ),
        ),
        IMMUTABLE,
    ]
