"""Issued papers say what their draft fingerprint is a hash of.

Issues made before this migration hashed the whole print document, so a change to a template
alone made them look out of date; they are marked "document" (reports.services.changed_since
compares them another way), and new issues hash the text and link addresses ("text").
SQLite adds the column by rebuilding the table, which drops its triggers: they are dropped
first and installed again after, as in 0004. The new default for later rows is the model's
alone (Django keeps defaults in Python), so it changes the state and not the table.
"""

from django.db import migrations, models

from sprcompliance.dbtriggers import install_immutable

IMMUTABLE = install_immutable("reports_issuedpaper", "an issued paper cannot be changed or deleted")
CHOICES = [("document", "The whole print document"), ("text", "The text and link addresses")]


class Migration(migrations.Migration):
    dependencies = [("reports", "0004_period_lock")]

    operations = [
        migrations.RunPython(IMMUTABLE.reverse_code, IMMUTABLE.code, elidable=False),
        # Rows already there were fingerprinted the old way.
        migrations.AddField(
            model_name="issuedpaper",
            name="source_fingerprint",
            field=models.CharField(
                choices=CHOICES,
                default="document",
                help_text="What source_sha256 is a hash of.",
                max_length=10,
            ),
            preserve_default=False,
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="issuedpaper",
                    name="source_fingerprint",
                    field=models.CharField(
                        choices=CHOICES,
                        default="text",
                        help_text="What source_sha256 is a hash of.",
                        max_length=10,
                    ),
                ),
            ]
        ),
        IMMUTABLE,
    ]
