"""Issued papers made from now on hash their wording (reports.services.wording_fingerprint).

Lists now join the paragraph that introduces them and a document cited again prints a short
note, so the text of an unchanged paper is no longer what the "text" hashes of earlier issues
were taken from: those are compared another way (reports.services.changed_since), and new
issues are marked "wording". Choices and the default live in Python only, so this changes the
state and not the table (on SQLite altering the column would rebuild the table and drop its
triggers).
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("reports", "0005_issued_paper_fingerprint")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="issuedpaper",
                    name="source_fingerprint",
                    field=models.CharField(
                        choices=[
                            ("document", "The whole print document"),
                            ("text", "The text and link addresses"),
                            (
                                "wording",
                                "The wording, without paragraph numbers and with every note "
                                "in full",
                            ),
                        ],
                        default="wording",
                        help_text="What source_sha256 is a hash of.",
                        max_length=10,
                    ),
                ),
            ]
        ),
    ]
