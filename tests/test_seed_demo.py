"""seed_demo loads a realistic demo year, refuses production, and is idempotent."""

import datetime
import io

import pytest
from django.apps import apps
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from assessments.models import CapacityMetric, Departure, DimensionAssessment
from evidence.models import Action, Citation, Classification, EvidenceItem
from reports.models import BoardPaper, IssuedPaper
from tests.db import PRODUCT_APPS, table_rows
from threats.models import ReportingPeriod

pytestmark = pytest.mark.django_db


def seed(*, issue=False, **options) -> str:
    """Run seed_demo; issuing last year's paper renders a PDF, so only some tests ask for it."""
    out = io.StringIO()
    call_command("seed_demo", stdout=out, no_issue=not issue, **options)
    return out.getvalue()


def snapshot() -> dict:
    """Every row of every model, history tables included."""
    return table_rows(
        model
        for model in apps.get_models()
        if model._meta.app_label in {*PRODUCT_APPS, "auth"}
        and model._meta.model_name != "issuedpaper"  # compared by id and hash below
    )


def test_it_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--allow-production"):
        seed()
    assert not EvidenceItem.objects.exists()


def test_it_runs_with_debug_off_when_told_to(settings):
    settings.DEBUG = False
    assert "Demo data loaded" in seed(allow_production=True)


def test_a_second_run_changes_nothing_and_says_so(settings):
    settings.DEBUG = True
    first = seed(issue=True)
    assert "Demo data loaded" in first
    before = snapshot()
    issued_before = list(IssuedPaper.objects.values_list("pk", "version", "sha256"))
    assert len(issued_before) == 1, "last year's paper is issued"
    second = seed(issue=True)
    assert "Demo data already present: nothing changed." in second
    assert snapshot() == before
    assert list(IssuedPaper.objects.values_list("pk", "version", "sha256")) == issued_before


def test_it_prints_the_demo_sign_ins_and_they_work(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD", "another-demo-passphrase")
    output = seed()
    for username in ["analyst", "reviewer", "pccstaff", "board", "admin"]:
        assert f"{username}" in output
        assert authenticate(username=username, password="another-demo-passphrase")
    assert "another-demo-passphrase" in output


def test_the_demo_year_is_complete_and_realistic(settings):
    settings.DEBUG = True
    seed()
    periods = list(ReportingPeriod.objects.order_by("starts_on"))
    assert [p.label for p in periods] == ["2018/19", "2019/20"]
    assert {p.edition.key for p in periods} == {"spr-2015"}

    for period in periods:
        cells = DimensionAssessment.objects.filter(threat_assessment__period=period)
        assert cells.count() == 6 * 5, "every threat area x C is assessed"
        assert not cells.filter(rating__is_assessed=False).exists()
        assert not cells.filter(narrative="").exists()
        assert Citation.objects.filter(dimension_assessment__in=cells).count() >= 30
        assert BoardPaper.objects.get(period=period).background

    assert EvidenceItem.objects.count() >= 40
    kinds = set(EvidenceItem.objects.values_list("kind", flat=True))
    assert {
        "inspection_report",
        "national_document",
        "exercise_debrief",
        "training_record",
        "funding_letter",
    } <= kinds
    assert EvidenceItem.objects.filter(classification=Classification.OFFICIAL_SENSITIVE).exists()

    # A national document cited at several page locators, as the real paper did.
    locators_per_item = {}
    for reference, locator in Citation.objects.values_list("evidence__reference", "locator"):
        locators_per_item.setdefault(reference, set()).add(locator)
    assert max(len(locators) for locators in locators_per_item.values()) >= 3

    paper_date = datetime.date(2020, 3, 17)
    assert Action.objects.overdue(on=paper_date).exists()
    assert Action.objects.filter(status=Action.Status.COMPLETED).exists()
    assert Departure.objects.count() == 2

    psus = CapacityMetric.objects.filter(unit="PSUs", national_commitment=21)
    assert psus.exists()


def test_every_cited_reference_in_the_demo_exists(settings):
    settings.DEBUG = True
    seed()
    cited = set(Citation.objects.values_list("evidence__reference", flat=True))
    assert cited == set(EvidenceItem.objects.values_list("reference", flat=True))
