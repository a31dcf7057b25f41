"""Citations point at the assessments in their new app (the same tables)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0001_initial"),
        ("evidence", "0004_evidence_dependency_ends"),
    ]

    operations = [
        # The tables stay as they are: only Django's record of which app owns them moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="citation",
                    name="dimension_assessment",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="citations",
                        to="assessments.dimensionassessment",
                    ),
                ),
                migrations.AlterField(
                    model_name="citation",
                    name="threat_assessment",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="context_citations",
                        to="assessments.threatassessment",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
