"""Forces now belong to the accounts app (accounts 0005 took over their table)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_forces_move_to_accounts"),
        ("evidence", "0006_evidence_force_from_accounts"),
        ("threats", "0006_assessments_move_to_their_app"),
    ]

    operations = [
        # The tables stay as they are: only Django's record of which app owns them moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="reportingperiod",
                    name="force",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="periods",
                        to="accounts.force",
                    ),
                ),
                migrations.AlterField(
                    model_name="historicalreportingperiod",
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
                migrations.RemoveField(
                    model_name="historicalforce",
                    name="history_user",
                ),
                migrations.DeleteModel(
                    name="Force",
                ),
                migrations.DeleteModel(
                    name="HistoricalForce",
                ),
            ],
            database_operations=[],
        ),
    ]
