"""Board paper speed and memory: the demo paper, and a large synthetic one.

`make bench` runs it first (in its own process); alone: `python -m bench.paper [--json FILE]`.
It builds a throwaway SQLite database in a temporary folder with the demo data, so it never
touches your data. Targets for the board paper: the demo paper's PDF in 3 s or less
(median) with the renderer's peak memory under 300 MiB; 150 paragraphs with 500 citations in
6 s or less. Each paper is made BENCH_PDF_RUNS times (default 3).
"""

import argparse
import io
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

RUNS = int(os.environ.get("BENCH_PDF_RUNS", "3"))
TARGETS = {
    # paper: (median seconds, peak renderer memory in MiB or None)
    "demo 2019/20": (3.0, 300),
    "150 paragraphs, 500 citations": (6.0, None),
}


def setup_django(database: Path):
    os.environ["DJANGO_SETTINGS_MODULE"] = "sprcompliance.settings"
    os.environ["DJANGO_DEBUG"] = "1"  # seed_demo refuses to load with debug off
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    # Measure the whole rendering time, however long: the product's limit would hide it.
    os.environ["PAPER_RENDER_TIMEOUT"] = os.environ.get("BENCH_PAPER_TIMEOUT", "600")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("seed_demo", "--no-issue", stdout=open(os.devnull, "w"))  # noqa: SIM115


def large_period():
    """A copy of the demo 2019/20 period with 150 paragraphs and 500 citations."""
    from assessments.models import DimensionAssessment
    from evidence.services import citations_sync
    from threats.models import ReportingPeriod

    period = ReportingPeriod.objects.get(label="2019/20")
    cells = list(DimensionAssessment.objects.filter(threat_assessment__period=period))
    references = list(period.force.evidence.values_list("reference", flat=True))
    citation = 0
    per_cell = 150 // len(cells) + 1
    for cell in cells:
        paragraphs = []
        for _ in range(per_cell):
            markers = []
            for _ in range(3 if citation < 500 - 3 else 0):
                markers.append(f"[@{references[citation % len(references)]}, p{citation % 40 + 1}]")
                citation += 1
            paragraphs.append(
                "The force keeps this capability under review with its partners, tests it in "
                "exercises and reports the results to the strategic board " + " ".join(markers)
            )
        cell.narrative = "\n\n".join(paragraphs)
        cell.save()
        citations_sync(target=cell)
    return period


def measure(period, label):
    from reports.paper import build_paper
    from reports.selectors import paper_data, period_for_paper
    from reports.services import paper_pdf, paper_print_html

    timings, html_timings, peaks = [], [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        paper = build_paper(paper_data(period_for_paper(force=period.force, pk=period.pk)))
        html = paper_print_html(paper)
        html_timings.append(time.perf_counter() - start)
        result = paper_pdf(html)
        timings.append(time.perf_counter() - start)
        peaks.append(result.peak_rss_kib)
    peak_child_mib = max(peaks) / 1024
    return {
        "paper": label,
        "paragraphs": paper.paragraph_count,
        "footnotes": len(paper.footnotes),
        "pages": len(PdfReader(io.BytesIO(result.pdf)).pages),
        "runs": RUNS,
        "html_median_s": round(statistics.median(html_timings), 3),
        "pdf_median_s": round(statistics.median(timings), 3),
        "pdf_max_s": round(max(timings), 3),
        "peak_renderer_rss_mib": round(peak_child_mib, 1),
    }


def with_targets(result: dict) -> dict:
    seconds, mib = TARGETS[result["paper"]]
    result["target_pdf_median_s"] = seconds
    result["target_peak_rss_mib"] = mib
    result["meets_targets"] = result["pdf_median_s"] <= seconds and (
        mib is None or result["peak_renderer_rss_mib"] < mib
    )
    return result


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        setup_django(Path(folder) / "bench.sqlite3")
        from threats.models import ReportingPeriod

        results = [measure(ReportingPeriod.objects.get(label="2019/20"), "demo 2019/20")]
        results.append(measure(large_period(), "150 paragraphs, 500 citations"))
    return [with_targets(result) for result in results]


def table(results: list[dict]) -> list[str]:
    lines = [
        f"{'paper':30} {'paras':>5} {'notes':>5} {'pages':>5} {'HTML s':>7} "
        f"{'PDF s median':>12} {'max s':>6} {'RSS MiB':>8}  target"
    ]
    for r in results:
        target = f"PDF <= {r['target_pdf_median_s']:g} s"
        if r["target_peak_rss_mib"]:
            target += f", RSS < {r['target_peak_rss_mib']} MiB"
        verdict = "met" if r["meets_targets"] else "MISSED"
        lines.append(
            f"{r['paper']:30} {r['paragraphs']:>5} {r['footnotes']:>5} {r['pages']:>5} "
            f"{r['html_median_s']:>7} {r['pdf_median_s']:>12} {r['pdf_max_s']:>6} "
            f"{r['peak_renderer_rss_mib']:>8}  {target}: {verdict}"
        )
    return lines


def main(argv=None):
    parser = argparse.ArgumentParser(description="The board paper's PDF speed and memory.")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    results = run()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    print("\n".join(table(results)))


if __name__ == "__main__":
    main()
