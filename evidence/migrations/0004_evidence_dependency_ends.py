"""Evidence can record when funding or an agreement ends (the dashboard lists it).

SQLite adds the constraint by rebuilding the evidence table, which breaks the citation
triggers that read it: they are dropped first and installed again after, on every database.
"""

import importlib

from django.conf import settings
from django.db import migrations, models

from sprcompliance.dbtriggers import install_invariants

CITATION_RULES = install_invariants(
    *importlib.import_module("evidence.migrations.0003_citation_force_invariant").INVARIANTS
)


class Migration(migrations.Migration):
    dependencies = [
        ("evidence", "0003_citation_force_invariant"),
        ("threats", "0005_period_lock"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(CITATION_RULES.reverse_code, CITATION_RULES.code, elidable=False),
        migrations.AddField(
            model_name="evidenceitem",
            name="dependency_ends_on",
            field=models.DateField(
                blank=True,
                help_text="When funding, a contract or an agreement this evidence records comes to an end.",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="historicalevidenceitem",
            name="dependency_ends_on",
            field=models.DateField(
                blank=True,
                help_text="When funding, a contract or an agreement this evidence records comes to an end.",
                null=True,
            ),
        ),
        migrations.AddIndex(
            model_name="evidenceitem",
            index=models.Index(
                fields=["force", "dependency_ends_on"], name="evidence_force_dependency_idx"
            ),
        ),
        migrations.AddConstraint(
            model_name="evidenceitem",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("dependency_ends_on__isnull", True),
                    ("dependency_ends_on__gte", models.F("evidence_date")),
                    _connector="OR",
                ),
                name="evidence_dependency_ends_after_date",
            ),
        ),
        CITATION_RULES,
    ]
