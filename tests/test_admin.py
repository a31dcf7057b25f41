"""The admin is usable for every model: lists, add forms and change forms render."""

import datetime
import hashlib

import pytest
from django.apps import apps
from django.contrib import admin
from django.core.files.base import ContentFile
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from assessments.models import CapacityMetric, Departure
from assessments.services import period_assessments_start
from evidence.models import EvidenceFile
from evidence.services import citations_sync
from reports.models import IssuedPaper
from tests.db import PRODUCT_APPS
from tests.factories import (
    ActionFactory,
    BoardPaperFactory,
    DimensionAssessmentFactory,
    EvidenceItemFactory,
    UserFactory,
    edition,
)
from threats.models import PeriodReopening, RatingScale

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
        assert client.get(reverse(f"admin:{allowed}_add")).status_code == 200, allowed
    for refused in (
        "assessments_dimensionassessment",
        "assessments_departure",
        "evidence_evidenceitem",
        "evidence_action",
        "reports_boardpaper",
    ):
        assert client.get(reverse(f"admin:{refused}_changelist")).status_code == 403, refused


def test_an_administrator_cannot_raise_their_own_powers(client, administrator):
    client.force_login(administrator)
    url = reverse("admin:accounts_user_change", args=[administrator.pk])
    page = client.get(url).content.decode()
    assert 'name="is_superuser"' not in page
    assert 'name="user_permissions"' not in page
    data = {
        "username": administrator.username,
        "first_name": "Sys",
        "last_name": "Admin",
        "email": "",
        "is_active": "on",
        "is_staff": "on",
        "is_superuser": "on",
        "groups": [str(g.pk) for g in administrator.groups.all()],
        "force": str(administrator.force_id),
        "job_title": "",
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "09:00:00",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    administrator.refresh_from_db()
    assert administrator.first_name == "Sys"
    assert not administrator.is_superuser


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
