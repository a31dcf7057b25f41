"""The benchmarks still work: the dataset builder at a tiny size and one measurement pass.

`make bench` takes many minutes, so CI runs its code here at a size that takes seconds.
"""

import pytest

from assessments.models import DimensionAssessment
from bench.dataset import Shape, build
from bench.pages import measure_pass, p95
from evidence.models import Action, Citation, EvidenceItem

pytestmark = pytest.mark.django_db

TINY = Shape(forces=1, periods=2, evidence=50, citations=120, actions=10)


@pytest.fixture
def dataset():
    return build(TINY)


def test_it_builds_the_shape_asked_for(dataset):
    force = dataset.forces[0]
    assert EvidenceItem.objects.filter(force=force.force).count() == 50
    assert Action.objects.filter(force=force.force).count() == 10
    # Every marker in the narratives became a citation row, through the product's own sync.
    assert Citation.objects.count() == 120
    assert [p.label for p in force.periods] == sorted(p.label for p in force.periods)
    # Every period has all 6 threat areas x 5 Cs, spread over the rating levels and states.
    cells = DimensionAssessment.objects.filter(threat_assessment__period=force.current)
    assert cells.count() == 30
    assert cells.values("rating").distinct().count() > 1


def test_it_spreads_review_dates_over_fresh_and_stale(dataset):
    from django.utils import timezone

    today = timezone.localdate()
    items = EvidenceItem.objects.filter(force=dataset.forces[0].force)
    assert items.filter(review_by__lt=today).exists()
    assert items.filter(review_by__gte=today).exists()


def test_one_measurement_pass_times_every_page(dataset, settings):
    settings.ROOT_URLCONF = "bench.urls"
    results = {r["key"]: r for r in measure_pass(dataset.forces[0], runs=2, pdf_runs=1, pdf=False)}
    assert list(results) == [
        "floor",
        "dashboard",
        "register",
        "register_filtered",
        "editor",
        "paper_preview",
    ]
    for result in results.values():
        assert result["status"] == 200, result
        assert result["error"] is None
        assert result["runs"] == 2
        assert 0 < result["median_ms"] <= result["p95_ms"]
    # The floor is the trivial view: its queries are the session's and the user's only.
    assert results["floor"]["queries"] == 2
    assert all(r["queries"] > 2 for key, r in results.items() if key != "floor")


def test_the_floor_view_is_not_part_of_the_product(client, analyst):
    client.force_login(analyst)
    assert client.get("/bench/floor/").status_code == 404


def test_p95_is_the_nearest_rank():
    assert p95([1.0, 2.0, 3.0]) == 3.0
    assert p95([float(n) for n in range(1, 101)]) == 95.0


def test_the_pathological_narratives_are_timed():
    from bench.narratives import run, table

    results = run(brackets=(50,), shapes={"spaces": " " * 50 + "[@EV-1]"})
    assert [r["text"] for r in results] == ['50 "[" then "]("', "spaces"]
    assert "library_s" in results[0] and "ratio" in results[0]
    assert len(table(results)) == 3
