"""The assessments move here from the threats app, keeping their tables (db_table) and rows;
the content types (and so permissions, admin log entries) follow them."""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

from sprcompliance.modelmoves import content_types_follow

MOVED = [
    "threatassessment",
    "historicalthreatassessment",
    "dimensionassessment",
    "historicaldimensionassessment",
    "departure",
    "historicaldeparture",
    "capacitymetric",
    "historicalcapacitymetric",
]


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("evidence", "0004_evidence_dependency_ends"),
        ("threats", "0005_period_lock"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # The tables stay as they are: only Django's record of which app owns them moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="HistoricalDeparture",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("reference", models.CharField(max_length=20)),
                        (
                            "title",
                            models.CharField(help_text="What is departed from.", max_length=300),
                        ),
                        (
                            "justification",
                            models.TextField(
                                help_text="Why there is good reason not to follow the SPR."
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("proposed", "Proposed"),
                                    ("approved", "Approved"),
                                    ("ended", "Ended"),
                                ],
                                default="proposed",
                                max_length=10,
                            ),
                        ),
                        (
                            "approved_by",
                            models.CharField(
                                blank=True, help_text="Name and role.", max_length=200
                            ),
                        ),
                        ("approved_on", models.DateField(blank=True, null=True)),
                        ("review_on", models.DateField(blank=True, null=True)),
                        ("ended_on", models.DateField(blank=True, null=True)),
                        ("version", models.PositiveIntegerField(default=1, editable=False)),
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
                            "dimension",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="threats.dimension",
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
                        (
                            "period",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="threats.reportingperiod",
                            ),
                        ),
                        (
                            "threat_area",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="threats.threatarea",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical departure",
                        "verbose_name_plural": "historical departures",
                        "db_table": "threats_historicaldeparture",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalThreatAssessment",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "context",
                            models.TextField(
                                blank=True,
                                help_text="Threat level, trend and national picture, in Markdown with citations.",
                            ),
                        ),
                        ("version", models.PositiveIntegerField(default=1, editable=False)),
                        ("updated_at", models.DateTimeField(blank=True, editable=False)),
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
                        (
                            "owner",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "period",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="threats.reportingperiod",
                            ),
                        ),
                        (
                            "threat_area",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="threats.threatarea",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical threat assessment",
                        "verbose_name_plural": "historical threat assessments",
                        "db_table": "threats_historicalthreatassessment",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="ThreatAssessment",
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
                        (
                            "context",
                            models.TextField(
                                blank=True,
                                help_text="Threat level, trend and national picture, in Markdown with citations.",
                            ),
                        ),
                        ("version", models.PositiveIntegerField(default=1, editable=False)),
                        ("updated_at", models.DateTimeField(auto_now=True)),
                        (
                            "owner",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "period",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="threat_assessments",
                                to="threats.reportingperiod",
                            ),
                        ),
                        (
                            "threat_area",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="assessments",
                                to="threats.threatarea",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "threats_threatassessment",
                        "ordering": ["period", "threat_area__order"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalDimensionAssessment",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "narrative",
                            models.TextField(blank=True, help_text="Markdown with citations."),
                        ),
                        (
                            "gaps",
                            models.TextField(
                                blank=True, help_text="What is missing and what is being done."
                            ),
                        ),
                        (
                            "state",
                            models.CharField(
                                choices=[
                                    ("draft", "Draft"),
                                    ("submitted", "Submitted for review"),
                                    ("approved", "Approved"),
                                ],
                                default="draft",
                                max_length=10,
                            ),
                        ),
                        ("reviewer_comment", models.TextField(blank=True)),
                        ("version", models.PositiveIntegerField(default=1, editable=False)),
                        ("updated_at", models.DateTimeField(blank=True, editable=False)),
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
                            "dimension",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="threats.dimension",
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
                        (
                            "owner",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "rating",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="threats.ratinglevel",
                            ),
                        ),
                        (
                            "threat_assessment",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="assessments.threatassessment",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical dimension assessment",
                        "verbose_name_plural": "historical dimension assessments",
                        "db_table": "threats_historicaldimensionassessment",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalCapacityMetric",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("name", models.CharField(max_length=200)),
                        ("value", models.DecimalField(decimal_places=2, max_digits=14)),
                        ("unit", models.CharField(max_length=40)),
                        (
                            "national_commitment",
                            models.DecimalField(
                                blank=True, decimal_places=2, max_digits=14, null=True
                            ),
                        ),
                        ("as_at", models.DateField()),
                        ("notes", models.TextField(blank=True)),
                        ("version", models.PositiveIntegerField(default=1, editable=False)),
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
                            "dimension",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="threats.dimension",
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
                        (
                            "source",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="evidence.evidenceitem",
                            ),
                        ),
                        (
                            "threat_assessment",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="assessments.threatassessment",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical capacity metric",
                        "verbose_name_plural": "historical capacity metrics",
                        "db_table": "threats_historicalcapacitymetric",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="DimensionAssessment",
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
                        (
                            "narrative",
                            models.TextField(blank=True, help_text="Markdown with citations."),
                        ),
                        (
                            "gaps",
                            models.TextField(
                                blank=True, help_text="What is missing and what is being done."
                            ),
                        ),
                        (
                            "state",
                            models.CharField(
                                choices=[
                                    ("draft", "Draft"),
                                    ("submitted", "Submitted for review"),
                                    ("approved", "Approved"),
                                ],
                                default="draft",
                                max_length=10,
                            ),
                        ),
                        ("reviewer_comment", models.TextField(blank=True)),
                        ("version", models.PositiveIntegerField(default=1, editable=False)),
                        ("updated_at", models.DateTimeField(auto_now=True)),
                        (
                            "dimension",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="assessments",
                                to="threats.dimension",
                            ),
                        ),
                        (
                            "owner",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "rating",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="threats.ratinglevel",
                            ),
                        ),
                        (
                            "threat_assessment",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="dimension_assessments",
                                to="assessments.threatassessment",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "threats_dimensionassessment",
                        "ordering": ["threat_assessment", "dimension__order"],
                    },
                ),
                migrations.CreateModel(
                    name="CapacityMetric",
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
                        ("name", models.CharField(max_length=200)),
                        ("value", models.DecimalField(decimal_places=2, max_digits=14)),
                        ("unit", models.CharField(max_length=40)),
                        (
                            "national_commitment",
                            models.DecimalField(
                                blank=True, decimal_places=2, max_digits=14, null=True
                            ),
                        ),
                        ("as_at", models.DateField()),
                        ("notes", models.TextField(blank=True)),
                        ("version", models.PositiveIntegerField(default=1, editable=False)),
                        (
                            "dimension",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="metrics",
                                to="threats.dimension",
                            ),
                        ),
                        (
                            "source",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="metrics",
                                to="evidence.evidenceitem",
                            ),
                        ),
                        (
                            "threat_assessment",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="metrics",
                                to="assessments.threatassessment",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "threats_capacitymetric",
                        "ordering": ["threat_assessment", "name"],
                    },
                ),
                migrations.CreateModel(
                    name="Departure",
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
                        ("reference", models.CharField(max_length=20)),
                        (
                            "title",
                            models.CharField(help_text="What is departed from.", max_length=300),
                        ),
                        (
                            "justification",
                            models.TextField(
                                help_text="Why there is good reason not to follow the SPR."
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("proposed", "Proposed"),
                                    ("approved", "Approved"),
                                    ("ended", "Ended"),
                                ],
                                default="proposed",
                                max_length=10,
                            ),
                        ),
                        (
                            "approved_by",
                            models.CharField(
                                blank=True, help_text="Name and role.", max_length=200
                            ),
                        ),
                        ("approved_on", models.DateField(blank=True, null=True)),
                        ("review_on", models.DateField(blank=True, null=True)),
                        ("ended_on", models.DateField(blank=True, null=True)),
                        ("version", models.PositiveIntegerField(default=1, editable=False)),
                        (
                            "dimension",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="departures",
                                to="threats.dimension",
                            ),
                        ),
                        (
                            "period",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="departures",
                                to="threats.reportingperiod",
                            ),
                        ),
                        (
                            "threat_area",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="departures",
                                to="threats.threatarea",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "threats_departure",
                        "ordering": ["period", "reference"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("period", "reference"), name="departure_ref_unique"
                            ),
                            models.CheckConstraint(
                                condition=models.Q(
                                    ("status", "proposed"),
                                    models.Q(
                                        models.Q(("approved_by", ""), _negated=True),
                                        ("approved_on__isnull", False),
                                    ),
                                    _connector="OR",
                                ),
                                name="departure_approval_recorded",
                            ),
                            models.CheckConstraint(
                                condition=models.Q(
                                    models.Q(("status", "ended"), _negated=True),
                                    ("ended_on__isnull", False),
                                    _connector="OR",
                                ),
                                name="departure_end_recorded",
                            ),
                            models.CheckConstraint(
                                condition=models.Q(
                                    ("review_on__isnull", True),
                                    ("approved_on__isnull", True),
                                    ("review_on__gt", models.F("approved_on")),
                                    _connector="OR",
                                ),
                                name="departure_review_after_approval",
                            ),
                            models.CheckConstraint(
                                condition=models.Q(
                                    ("ended_on__isnull", True),
                                    ("approved_on__isnull", True),
                                    ("ended_on__gte", models.F("approved_on")),
                                    _connector="OR",
                                ),
                                name="departure_ends_after_approval",
                            ),
                        ],
                    },
                ),
                migrations.AddConstraint(
                    model_name="threatassessment",
                    constraint=models.UniqueConstraint(
                        fields=("period", "threat_area"), name="threatassessment_unique"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="dimensionassessment",
                    constraint=models.UniqueConstraint(
                        fields=("threat_assessment", "dimension"), name="dimensionassessment_unique"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="capacitymetric",
                    constraint=models.UniqueConstraint(
                        fields=("threat_assessment", "name"), name="capacitymetric_name_unique"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="capacitymetric",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("value__gte", 0)), name="capacitymetric_value_gte_0"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="capacitymetric",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("national_commitment__isnull", True),
                            ("national_commitment__gte", 0),
                            _connector="OR",
                        ),
                        name="capacitymetric_commitment_gte_0",
                    ),
                ),
            ],
            database_operations=[],
        ),
        content_types_follow("threats", "assessments", MOVED),
    ]
