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


def run_on_a_database_file(tmp_path, script: str) -> subprocess.CompletedProcess:
    """Run `script` in a child process whose only database is an SQLite file in tmp_path,
    so it can migrate back and forth without touching the test database."""
    (tmp_path / "one_database.py").write_text(
        "from tests.settings import *  # noqa: F403\n"
        "DATABASES = {\n"
        f"    'default': {{'ENGINE': 'django.db.backends.sqlite3', 'NAME': r'{tmp_path}/d.db'}},\n"
        "}\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script],
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


def test_moving_models_between_apps_keeps_their_rows_and_content_types(tmp_path):
    """Forces moved to accounts and the assessments to their own app with their tables: an
    existing database keeps every row, and content types (so permissions) follow the models."""
    result = run_on_a_database_file(tmp_path, MOVE_CHECK)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "moved"


APPROVAL_CHECK = """
import django
django.setup()
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("assessments", "0001_initial"),
    ("evidence", "0008_renumber_citations_lists_join_lead_in"),
]
for app, name in BEFORE:
    call_command("migrate", app, name, "-v0")
state = MigrationExecutor(connection).loader.project_state(BEFORE).apps
force = state.get_model("accounts", "Force").objects.create(name="Oldshire Police", slug="old")
other = state.get_model("accounts", "Force").objects.create(name="Elsewhere", slug="else")
period = state.get_model("threats", "ReportingPeriod").objects.create(
    force_id=force.pk, edition_id=2, rating_scale_id=1, label="2019/20",
    starts_on="2019-04-01", ends_on="2020-03-31",
)
old = state.get_model("assessments", "Departure")
old.objects.create(
    period_id=period.pk, reference="DEP-001", title="Typed", justification="Why.",
    status="approved", approved_by="Chief Executive, for the PCC", approved_on="2019-07-15",
)
old.objects.create(
    period_id=period.pk, reference="DEP-002", title="Proposed", justification="Why.",
    approved_by="Someone typed this too early",
)
call_command("migrate", "-v0")

from accounts.models import User
from assessments.models import Departure
from evidence.models import Citation, EvidenceItem
typed, proposed = Departure.objects.order_by("reference")
assert (typed.approver, typed.approved_by, str(typed.approved_on)) == (
    "Chief Executive, for the PCC", None, "2019-07-15"
), typed.approver
assert proposed.status == "proposed" and proposed.approved_by is None
# The citation table's trigger came back: a departure may not cite another force's evidence.
elsewhere = EvidenceItem.objects.create(
    force_id=other.pk, reference="EV-001", title="t", kind="other", source="s",
    evidence_date="2019-05-01", review_by="2020-05-01",
)
try:
    with transaction.atomic():
        Citation.objects.create(
            evidence=elsewhere, departure=typed, field="justification", paragraph=1, position=1
        )
    raise SystemExit("the citation trigger is missing")
except IntegrityError:
    pass

# Back again: an approval the system recorded becomes the approver's name.
approver = User.objects.create(
    username="p", first_name="Priya", last_name="Shah", force_id=force.pk
)
Departure.objects.filter(pk=proposed.pk).update(
    status="approved", approved_by=approver, approved_on="2019-08-01", approver_as_typed=""
)
call_command("migrate", "assessments", "0001", "-v0")
with connection.cursor() as cursor:
    cursor.execute("SELECT reference, approved_by FROM threats_departure ORDER BY reference")
    rows = cursor.fetchall()
assert rows == [("DEP-001", "Chief Executive, for the PCC"), ("DEP-002", "Priya Shah")], rows
call_command("migrate", "-v0")
print("kept")
"""


def test_approvals_typed_before_approval_was_an_act_are_kept(tmp_path):
    """Approving a departure became an act the system records: the names typed before are kept
    (as `approver_as_typed`), the citation trigger survives the table's rebuild, and going back
    writes a recorded approver's name."""
    result = run_on_a_database_file(tmp_path, APPROVAL_CHECK)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "kept"
