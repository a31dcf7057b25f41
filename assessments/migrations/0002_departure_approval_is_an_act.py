"""Approving and ending a departure become acts of PCC office staff that the system records (who
and when); nobody types an approver's name any more. The names typed before are kept, read-only,
as `approver_as_typed`, so departures approved that way still say who approved them.

SQLite rebuilds the departure table to add the constraint, which breaks the citation table's
trigger that reads it: that trigger is dropped first and installed again after.
"""

import importlib

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

CITATION_RULES = importlib.import_module(
    "evidence.migrations.0007_citations_of_every_narrative"
).NEW_RULES


def name_approvers_as_typed(apps, schema_editor):
    """Going back: the schema before this one holds the approver as a name, so write it."""
    departures = apps.get_model("assessments", "Departure").objects.using(
        schema_editor.connection.alias
    )
    for departure in departures.filter(approved_by__isnull=False).select_related("approved_by"):
        user = departure.approved_by
        name = f"{user.first_name} {user.last_name}".strip() or user.username
        departures.filter(pk=departure.pk).update(approver_as_typed=name[:200])


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0001_initial"),
        ("evidence", "0008_renumber_citations_lists_join_lead_in"),
        ("threats", "0007_forces_move_to_accounts"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(CITATION_RULES.reverse_code, CITATION_RULES.code, elidable=False),
        migrations.RemoveConstraint(
            model_name="departure",
            name="departure_approval_recorded",
        ),
        migrations.RenameField(
            model_name="departure",
            old_name="approved_by",
            new_name="approver_as_typed",
        ),
        migrations.RenameField(
            model_name="historicaldeparture",
            old_name="approved_by",
            new_name="approver_as_typed",
        ),
        migrations.AlterField(
            model_name="departure",
            name="approver_as_typed",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="Who approved it, as typed into the register before approval was an act recorded by the system. Kept for departures approved that way.",
                max_length=200,
            ),
        ),
        migrations.AlterField(
            model_name="historicaldeparture",
            name="approver_as_typed",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="Who approved it, as typed into the register before approval was an act recorded by the system. Kept for departures approved that way.",
                max_length=200,
            ),
        ),
        migrations.AddField(
            model_name="departure",
            name="approved_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="historicaldeparture",
            name="approved_by",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(migrations.RunPython.noop, name_approvers_as_typed, elidable=False),
        migrations.AddField(
            model_name="departure",
            name="ended_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="historicaldeparture",
            name="ended_by",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AlterField(
            model_name="departure",
            name="approved_on",
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.AlterField(
            model_name="departure",
            name="ended_on",
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.AlterField(
            model_name="departure",
            name="status",
            field=models.CharField(
                choices=[("proposed", "Proposed"), ("approved", "Approved"), ("ended", "Ended")],
                default="proposed",
                editable=False,
                max_length=10,
            ),
        ),
        migrations.AlterField(
            model_name="historicaldeparture",
            name="approved_on",
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.AlterField(
            model_name="historicaldeparture",
            name="ended_on",
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.AlterField(
            model_name="historicaldeparture",
            name="status",
            field=models.CharField(
                choices=[("proposed", "Proposed"), ("approved", "Approved"), ("ended", "Ended")],
                default="proposed",
                editable=False,
                max_length=10,
            ),
        ),
        migrations.AddConstraint(
            model_name="departure",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("approved_by__isnull", True), ("status", "proposed")),
                    models.Q(
                        models.Q(("status", "proposed"), _negated=True),
                        ("approved_on__isnull", False),
                        models.Q(
                            ("approved_by__isnull", False),
                            models.Q(("approver_as_typed", ""), _negated=True),
                            _connector="OR",
                        ),
                    ),
                    _connector="OR",
                ),
                name="departure_approval_recorded",
            ),
        ),
        CITATION_RULES,
    ]
