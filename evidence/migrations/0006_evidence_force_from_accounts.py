"""Evidence and actions belong to forces in their new app (the same table)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_forces_move_to_accounts"),
        ("evidence", "0005_citations_cite_assessments_app"),
    ]

    operations = [
        # The tables stay as they are: only Django's record of which app owns them moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="action",
                    name="force",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="actions",
                        to="accounts.force",
                    ),
                ),
                migrations.AlterField(
                    model_name="evidenceitem",
                    name="force",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="evidence",
                        to="accounts.force",
                    ),
                ),
                migrations.AlterField(
                    model_name="historicalaction",
                    name="force",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="accounts.force",
                    ),
                ),
                migrations.AlterField(
                    model_name="historicalevidenceitem",
                    name="force",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="accounts.force",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
