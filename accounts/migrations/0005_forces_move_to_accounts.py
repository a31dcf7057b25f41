"""Forces move here from the threats app (the tenancy unit belongs with the people of each
force), keeping their table (db_table) and rows; the content types (and so permissions, admin
log entries) follow them."""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

from sprcompliance.modelmoves import content_types_follow

MOVED = ["force", "historicalforce"]


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("threats", "0006_assessments_move_to_their_app"),
        ("accounts", "0004_administrator_permissions"),
    ]

    operations = [
        # The tables stay as they are: only Django's record of which app owns them moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Force",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("name", models.CharField(max_length=200, unique=True)),
                        ("slug", models.SlugField(max_length=60, unique=True)),
                        (
                            "pcc_title",
                            models.CharField(
                                blank=True,
                                help_text='e.g. "Police and Crime Commissioner for Midshire".',
                                max_length=200,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "threats_force",
                        "ordering": ["name"],
                    },
                ),
                migrations.AlterField(
                    model_name="historicaluser",
                    name="force",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        help_text="The force whose data this person works on. Empty only for site administrators.",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="accounts.force",
                    ),
                ),
                migrations.AlterField(
                    model_name="user",
                    name="force",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="The force whose data this person works on. Empty only for site administrators.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="users",
                        to="accounts.force",
                    ),
                ),
                migrations.CreateModel(
                    name="HistoricalForce",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("name", models.CharField(db_index=True, max_length=200)),
                        ("slug", models.SlugField(max_length=60)),
                        (
                            "pcc_title",
                            models.CharField(
                                blank=True,
                                help_text='e.g. "Police and Crime Commissioner for Midshire".',
                                max_length=200,
                            ),
                        ),
                        ("history_id", models.AutoField(primary_key=True, serialize=False)),
                        ("history_date", models.DateTimeField(db_index=True)),
                        ("history_change_reason", models.TextField(null=True)),
                        (
                            "history_type",
                            models.CharField(
                                choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")],
                                max_length=1,
                            ),
                        ),
                        (
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical force",
                        "verbose_name_plural": "historical forces",
                        "db_table": "threats_historicalforce",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
            ],
            database_operations=[],
        ),
        content_types_follow("threats", "accounts", MOVED),
    ]
