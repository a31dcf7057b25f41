"""The admin is usable for every model: lists, add forms and change forms render."""

import datetime
import hashlib

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from accounts.roles import GROUP_NAMES, Role
from assessments.models import CapacityMetric, Departure
from assessments.services import period_assessments_start
from evidence.models import EvidenceFile
from evidence.services import citations_sync
from reports.models import IssuedPaper
from tests.db import PRODUCT_APPS
from tests.factories import (
    PERIOD_HOLDINGS,
    ActionFactory,
    BoardPaperFactory,
    DimensionAssessmentFactory,
    EvidenceItemFactory,
    PeriodFactory,
    UserFactory,
    edition,
)
from tests.matrix_client import client_for
from tests.matrix_world import differences, form_with, snapshot
from threats.models import PeriodReopening, RatingScale, ReportingPeriod

pytestmark = pytest.mark.django_db

MODELS = sorted((model._meta.app_label, model._meta.model_name) for model in admin.site._registry)
OUR_APPS = set(PRODUCT_APPS)


@pytest.fixture
def superuser(force):
    return UserFactory(username="root", force=force, is_staff=True, is_superuser=True)


@pytest.fixture
def some_of_everything(force):
    cell = DimensionAssessmentFactory(threat_assessment__period__force=force)
    item = EvidenceItemFactory(force=force, reference="EV-001")
    ActionFactory(force=force)
    BoardPaperFactory(period=cell.threat_assessment.period)
    cell.narrative = "Cited [@EV-001, p3]."
    cell.save()
    citations_sync(target=cell)
    content = b"%PDF-1.4 test"
    EvidenceFile.objects.create(
        item=item,
        file=ContentFile(content, name="ignored.pdf"),
        original_name="report.pdf",
        content_type="application/pdf",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
    CapacityMetric.objects.create(
        threat_assessment=cell.threat_assessment,
        name="PSUs",
        value=22,
        unit="PSUs",
        national_commitment=21,
        as_at=datetime.date(2019, 9, 30),
        source=item,
    )
    Departure.objects.create(
        period=cell.threat_assessment.period,
        reference="DEP-001",
        title="Timing",
        justification="Because.",
    )
    pdf = b"%PDF-1.7 stand-in bytes"
    IssuedPaper.objects.create(
        period=cell.threat_assessment.period,
        version=1,
        issued_at=timezone.now(),
        issued_by=UserFactory(username="issuer", force=force),
        title="Paper",
        classification="OFFICIAL",
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        size=len(pdf),
        html="<p>Paper</p>",
        source_sha256="0" * 64,
        paragraph_count=1,
        footnote_count=0,
    )
    PeriodReopening.objects.create(
        period=cell.threat_assessment.period,
        previous_status="issued",
        reopened_by=UserFactory(username="sysadmin", force=force),
        reopened_at=timezone.now(),
        reason="A corrected version is needed for the board.",
    )


def test_every_model_of_the_product_is_registered():
    registered = {label for label, _ in MODELS}
    assert registered >= OUR_APPS
    for app_label in OUR_APPS:
        for model in apps.get_app_config(app_label).get_models():
            if model.__name__.startswith("Historical"):
                continue
            assert model in admin.site._registry, f"{model.__name__} has no admin"


@pytest.mark.parametrize(("app_label", "model_name"), MODELS)
def test_the_list_renders(client, superuser, some_of_everything, app_label, model_name):
    client.force_login(superuser)
    response = client.get(reverse(f"admin:{app_label}_{model_name}_changelist"))
    assert response.status_code == 200


@pytest.mark.parametrize(("app_label", "model_name"), MODELS)
def test_the_add_form_renders_or_is_deliberately_closed(client, superuser, app_label, model_name):
    client.force_login(superuser)
    response = client.get(reverse(f"admin:{app_label}_{model_name}_add"))
    model_admin = admin.site._registry[
        next(m for m in admin.site._registry if m._meta.model_name == model_name)
    ]
    expected = 200 if model_admin.has_add_permission(_request(superuser)) else 403
    assert response.status_code == expected


@pytest.mark.parametrize(("app_label", "model_name"), MODELS)
def test_the_change_form_and_history_render(
    client, superuser, some_of_everything, app_label, model_name
):
    client.force_login(superuser)
    model = next(m for m in admin.site._registry if m._meta.model_name == model_name)
    obj = model._default_manager.first()
    if obj is None:
        pytest.fail(f"the fixture made no {model_name}")
    assert (
        client.get(reverse(f"admin:{app_label}_{model_name}_change", args=[obj.pk])).status_code
        == 200
    )
    assert (
        client.get(reverse(f"admin:{app_label}_{model_name}_history", args=[obj.pk])).status_code
        == 200
    )


def _request(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_administrators_manage_users_forces_and_periods_only(client, administrator):
    client.force_login(administrator)
    for allowed in ("accounts_user", "accounts_force", "threats_reportingperiod"):
        assert client.get(reverse(f"admin:{allowed}_changelist")).status_code == 200, allowed
    # They add people and periods to their force; a superuser adds forces.
    for allowed in ("accounts_user", "threats_reportingperiod"):
        assert client.get(reverse(f"admin:{allowed}_add")).status_code == 200, allowed
    assert client.get(reverse("admin:accounts_force_add")).status_code == 403
    for refused in (
        "assessments_dimensionassessment",
        "assessments_departure",
        "evidence_evidenceitem",
        "evidence_action",
        "reports_boardpaper",
    ):
        assert client.get(reverse(f"admin:{refused}_changelist")).status_code == 403, refused


def period_form(period, **changes) -> dict:
    data = {
        "force": str(period.force_id),
        "edition": str(period.edition_id),
        "rating_scale": str(period.rating_scale_id),
        "label": period.label,
        "starts_on": period.starts_on.isoformat(),
        "ends_on": period.ends_on.isoformat(),
    }
    return data | {name: str(value) for name, value in changes.items()}


def test_an_assessed_periods_edition_and_scale_cannot_change_in_the_admin(
    client, administrator, period
):
    period_assessments_start(period=period, user=administrator)
    assessments = period.threat_assessments.count()
    client.force_login(administrator)
    url = reverse("admin:threats_reportingperiod_change", args=[period.pk])
    changes = {
        "edition": edition("spr-2023").pk,
        "rating_scale": RatingScale.objects.get(key="peel").pk,
    }
    for field, value in changes.items():
        response = client.post(url, period_form(period, label="Renamed", **{field: value}))
        assert response.status_code == 200, field
        page = response.content.decode()
        assert "Please correct the error below" in page, field
        assert "cannot change once the period has assessments" in page, field
        period.refresh_from_db()
        assert period.label != "Renamed"
    assert period.edition.key == "spr-2015"
    assert period.rating_scale.key != "peel"
    assert period.threat_assessments.count() == assessments
    # Anything else about it still changes.
    response = client.post(url, period_form(period, label="2019/20 (amended)"))
    assert response.status_code == 302
    period.refresh_from_db()
    assert period.label == "2019/20 (amended)"


# A force's administrator manages their own force only; a superuser manages every force -------


@pytest.fixture
def their_user(other_force):
    return UserFactory(username="their-analyst", force=other_force, role=Role.ANALYST)


def role_groups(*roles) -> list[str]:
    return [str(Group.objects.get(name=GROUP_NAMES[role]).pk) for role in roles]


def form_as_superuser_sees_it(superuser, url: str, field: str = "username") -> dict:
    """The admin form of `url` filled in as it opens for a superuser, who sees every field."""
    response = client_for(superuser).get(url)
    assert response.status_code == 200, url
    return form_with(response.content.decode(), field)


def refused_with(response, words: str) -> None:
    assert response.status_code == 200
    page = response.content.decode()
    assert "Please correct the error" in page
    assert words in page


def test_an_administrator_lists_only_the_people_of_their_own_force(
    client, administrator, analyst, their_user, superuser
):
    client.force_login(administrator)
    page = client.get(reverse("admin:accounts_user_changelist")).content.decode()
    assert analyst.username in page
    assert their_user.username not in page
    # A superuser of their own force too: they could otherwise set a superuser's password.
    assert f">{superuser.username}<" not in page
    assert "Elsewhere Constabulary" not in page  # nor the other force in the filter


@pytest.mark.parametrize(
    "url",
    [
        "admin:accounts_user_change",
        "admin:auth_user_password_change",
        "admin:accounts_user_history",
    ],
)
def test_another_forces_person_is_not_found_for_an_administrator(
    client, administrator, their_user, superuser, url
):
    path = reverse(url, args=[their_user.pk])
    field = "password1" if "password" in url else "username"
    data = {}
    if url != "admin:accounts_user_history":
        data = form_as_superuser_sees_it(superuser, path, field) | {
            "first_name": "Taken",
            "groups": role_groups(Role.PCC_STAFF),
            "password1": "a new passphrase of ours",
            "password2": "a new passphrase of ours",
        }
    client.force_login(administrator)
    before = snapshot()
    assert client.get(path).status_code == 404
    assert client.post(path, data).status_code == 404
    assert differences(before, snapshot()) == []
    their_user.refresh_from_db()
    assert their_user.check_password("a-long-test-passphrase")


def test_an_administrator_cannot_revert_anyone_to_a_past_version(
    client, administrator, analyst, their_user, superuser
):
    # A past version carries what the form would not let them change (a force, superuser
    # status), so reverting is a superuser's act; another force's person is not even found.
    client.force_login(administrator)
    for person, answer in ((analyst, 403), (their_user, 404)):
        version = person.history.latest().history_id
        path = reverse("admin:accounts_user_simple_history", args=[person.pk, version])
        data = form_as_superuser_sees_it(superuser, path)
        before = snapshot()
        assert client.post(path, data).status_code == answer
        assert differences(before, snapshot()) == []


OWN = "You cannot change your own roles, force or staff status"
SUPERUSER = "Only a superuser can grant superuser status"


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        pytest.param(
            {"groups": (Role.ADMINISTRATOR, Role.ANALYST, Role.PCC_STAFF)}, OWN, id="roles"
        ),
        pytest.param({"force": True}, OWN, id="force"),
        pytest.param({"groups": (Role.ANALYST, Role.PCC_STAFF), "force": True}, OWN, id="both"),
        pytest.param({"is_superuser": "on"}, SUPERUSER, id="superuser"),
        pytest.param({"user_permissions": "view_evidenceitem"}, SUPERUSER, id="permissions"),
    ],
)
def test_an_administrator_cannot_raise_their_own_powers(
    client, administrator, superuser, other_force, changes, why
):
    # The form as it opens for a superuser, who sees every field, changed as an intruder would.
    path = reverse("admin:accounts_user_change", args=[administrator.pk])
    data = form_as_superuser_sees_it(superuser, path) | {"first_name": "Sys"}
    if "groups" in changes:
        data["groups"] = role_groups(*changes["groups"])
    if "force" in changes:
        data["force"] = str(other_force.pk)
    if "is_superuser" in changes:
        data["is_superuser"] = "on"
    if "user_permissions" in changes:
        permission = Permission.objects.get(codename=changes["user_permissions"])
        data["user_permissions"] = [str(permission.pk)]
    client.force_login(administrator)
    page = client.get(path).content.decode()
    for name in ("groups", "force", "is_staff", "is_superuser", "user_permissions"):
        assert f'name="{name}"' not in page, name
    before = snapshot()
    refused_with(client.post(path, data), why)
    assert differences(before, snapshot()) == []
    administrator.refresh_from_db()
    assert administrator.force.slug == "testshire"
    assert administrator.first_name != "Sys"
    assert set(administrator.groups.values_list("name", flat=True)) == {"Administrator"}


def test_an_administrator_still_changes_their_own_name_and_others_roles(
    client, administrator, analyst
):
    client.force_login(administrator)
    own = reverse("admin:accounts_user_change", args=[administrator.pk])
    data = form_with(client.get(own).content.decode(), "username") | {"first_name": "Sys"}
    assert client.post(own, data).status_code == 302
    administrator.refresh_from_db()
    assert administrator.first_name == "Sys"
    theirs = reverse("admin:accounts_user_change", args=[analyst.pk])
    data = form_with(client.get(theirs).content.decode(), "username") | {
        "groups": role_groups(Role.REVIEWER)
    }
    assert client.post(theirs, data).status_code == 302
    assert set(analyst.groups.values_list("name", flat=True)) == {"Reviewer"}


def test_an_administrator_grants_roles_and_nothing_else(client, administrator, analyst):
    extra = Group.objects.create(name="Evidence readers")
    extra.permissions.add(Permission.objects.get(codename="view_evidenceitem"))
    client.force_login(administrator)
    path = reverse("admin:accounts_user_change", args=[analyst.pk])
    page = client.get(path).content.decode()
    assert "Evidence readers" not in page
    data = form_with(page, "username") | {"groups": [str(extra.pk)]}
    before = snapshot()
    refused_with(client.post(path, data), "Select a valid choice")
    assert differences(before, snapshot()) == []


def test_a_person_an_administrator_adds_works_for_the_administrators_force(
    client, administrator, other_force
):
    client.force_login(administrator)
    path = reverse("admin:accounts_user_add")
    page = client.get(path).content.decode()
    assert "Elsewhere Constabulary" not in page
    data = form_with(page, "username") | {
        "username": "newcomer",
        "password1": "a long new passphrase",
        "password2": "a long new passphrase",
    }
    before = snapshot()
    refused_with(client.post(path, data | {"force": str(other_force.pk)}), "valid choice")
    assert differences(before, snapshot()) == []
    assert client.post(path, data).status_code == 302
    assert User.objects.get(username="newcomer").force.slug == "testshire"


def test_an_administrator_keeps_their_own_force_and_adds_none(
    client, administrator, other_force, superuser
):
    client.force_login(administrator)
    page = client.get(reverse("admin:accounts_force_changelist")).content.decode()
    assert "Testshire Police" in page
    assert "Elsewhere Constabulary" not in page
    assert client.get(reverse("admin:accounts_force_add")).status_code == 403
    theirs = reverse("admin:accounts_force_change", args=[other_force.pk])
    data = form_as_superuser_sees_it(superuser, theirs, "name") | {"name": "Taken"}
    before = snapshot()
    assert client.post(theirs, data).status_code == 404
    assert differences(before, snapshot()) == []


def test_a_superuser_manages_every_forces_people(client, superuser, their_user, other_force):
    client.force_login(superuser)
    page = client.get(reverse("admin:accounts_user_changelist")).content.decode()
    assert their_user.username in page
    path = reverse("admin:accounts_user_change", args=[their_user.pk])
    data = form_with(client.get(path).content.decode(), "username") | {
        "groups": role_groups(Role.PCC_STAFF)
    }
    assert client.post(path, data).status_code == 302
    assert set(their_user.groups.values_list("name", flat=True)) == {"PCC office staff"}


def test_an_administrator_sees_and_adds_periods_of_their_own_force_only(
    client, administrator, period, other_force, superuser
):
    theirs = PeriodFactory(force=other_force, label="2019/20")
    client.force_login(administrator)
    page = client.get(reverse("admin:threats_reportingperiod_changelist")).content.decode()
    assert reverse("admin:threats_reportingperiod_change", args=[period.pk]) in page
    assert reverse("admin:threats_reportingperiod_change", args=[theirs.pk]) not in page
    path = reverse("admin:threats_reportingperiod_change", args=[theirs.pk])
    assert client.get(path).status_code == 404
    before = snapshot()
    assert client.post(path, period_form(theirs, label="Taken")).status_code == 404
    add = reverse("admin:threats_reportingperiod_add")
    refused_with(client.post(add, period_form(theirs, label="2020/21")), "valid choice")
    # Moving their own period away is refused the same way: another force is no choice.
    own = reverse("admin:threats_reportingperiod_change", args=[period.pk])
    refused_with(client.post(own, period_form(period, force=other_force.pk)), "valid choice")
    assert differences(before, snapshot()) == []


@pytest.mark.parametrize("holding", PERIOD_HOLDINGS)
def test_a_period_that_holds_data_keeps_its_force_in_the_admin(
    client, superuser, period, other_force, holding
):
    PERIOD_HOLDINGS[holding](period)
    client.force_login(superuser)
    url = reverse("admin:threats_reportingperiod_change", args=[period.pk])
    before = snapshot()
    response = client.post(url, period_form(period, force=other_force.pk, label="Moved"))
    refused_with(response, "The force cannot change once the period holds its data")
    assert differences(before, snapshot()) == []


def test_a_superuser_may_move_a_period_that_holds_nothing(client, superuser, period, other_force):
    client.force_login(superuser)
    url = reverse("admin:threats_reportingperiod_change", args=[period.pk])
    assert client.post(url, period_form(period, force=other_force.pk)).status_code == 302
    assert ReportingPeriod.objects.get(pk=period.pk).force == other_force
