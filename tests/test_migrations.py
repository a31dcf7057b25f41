"""The migrations describe the models exactly, and the role groups exist."""

import io
import sqlite3
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command

from accounts.roles import GROUP_NAMES, Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_no_model_change_lacks_a_migration():
    out = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_a_group_exists_for_every_role():
    assert set(Group.objects.values_list("name", flat=True)) >= set(GROUP_NAMES.values())


def test_a_user_holds_the_roles_of_their_groups(force):
    reviewer = UserFactory(force=force, role=Role.REVIEWER)
    assert reviewer.has_role(Role.REVIEWER)
    assert not reviewer.has_role(Role.ANALYST)


def test_the_data_migrations_write_to_the_database_being_migrated(tmp_path):
    # `migrate --database=other` must fill "other": with the default database left empty, any
    # migration writing there instead would fail on its missing tables.
    (tmp_path / "two_databases.py").write_text(
        "from tests.settings import *  # noqa: F403\n"
        "DATABASES = {\n"
        f"    'default': {{'ENGINE': 'django.db.backends.sqlite3', 'NAME': r'{tmp_path}/d.db'}},\n"
        f"    'other': {{'ENGINE': 'django.db.backends.sqlite3', 'NAME': r'{tmp_path}/o.db'}},\n"
        "}\n"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--database=other", "--noinput", "-v0"],
        cwd=settings.BASE_DIR,
        env={
            "DJANGO_SETTINGS_MODULE": "two_databases",
            "PYTHONPATH": f"{tmp_path}:{settings.BASE_DIR}",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "o.db") as other:
        counts = [
            other.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("threats_edition", "threats_ratinglevel", "auth_group")
        ]
    assert all(counts), counts
    # The main guard is the return code (a write to the empty default fails on a missing
    # table); this checks nothing was created there either.
    with sqlite3.connect(tmp_path / "d.db") as default:
        assert not default.execute("SELECT name FROM sqlite_master").fetchall()


MOVE_CHECK = """
import django
django.setup()
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE_THE_MOVES = [
    ("accounts", "0004_administrator_permissions"),
    ("threats", "0005_period_lock"),
    ("evidence", "0004_evidence_dependency_ends"),
    ("reports", "0005_issued_paper_fingerprint"),
]
for app, name in BEFORE_THE_MOVES:
    call_command("migrate", app, name, "-v0")
state = MigrationExecutor(connection).loader.project_state(BEFORE_THE_MOVES).apps
ContentType = state.get_model("contenttypes", "ContentType")
old_force = ContentType.objects.get_or_create(app_label="threats", model="force")[0]
force = state.get_model("threats", "Force").objects.create(name="Oldshire Police", slug="old")
period = state.get_model("threats", "ReportingPeriod").objects.create(
    force=force, edition_id=2, rating_scale_id=1, label="2019/20",
    starts_on="2019-04-01", ends_on="2020-03-31",
)
area = state.get_model("threats", "ThreatArea").objects.filter(edition_id=2).first()
threat = state.get_model("threats", "ThreatAssessment").objects.create(
    period=period, threat_area=area, context="Kept."
)
call_command("migrate", "-v0")

from django.contrib.contenttypes.models import ContentType
from accounts.models import Force
from assessments.models import ThreatAssessment
assert Force.objects.get().name == "Oldshire Police"
assert ThreatAssessment.objects.get().context == "Kept."
assert ContentType.objects.get(pk=old_force.pk).app_label == "accounts"
assert not ContentType.objects.filter(app_label="threats", model="force").exists()
print("moved")
"""


def test_moving_models_between_apps_keeps_their_rows_and_content_types(tmp_path):
    """Forces moved to accounts and the assessments to their own app with their tables: an
    existing database keeps every row, and content types (so permissions) follow the models."""
    (tmp_path / "one_database.py").write_text(
        "from tests.settings import *  # noqa: F403\n"
        "DATABASES = {\n"
        f"    'default': {{'ENGINE': 'django.db.backends.sqlite3', 'NAME': r'{tmp_path}/d.db'}},\n"
        "}\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", MOVE_CHECK],
        cwd=settings.BASE_DIR,
        env={
            "DJANGO_SETTINGS_MODULE": "one_database",
            "PYTHONPATH": f"{tmp_path}:{settings.BASE_DIR}",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "moved"
