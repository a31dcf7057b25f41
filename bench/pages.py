"""One measurement pass: build the synthetic dataset in a fresh database, then time the pages.

`python -m bench` runs this once per database and size, each in its own process; alone:

    python -m bench.pages --database sqlite --evidence 1000
    python -m bench.pages --database postgresql --evidence 10000 --json out.json

Pages are requested in-process with Django's test client (signed in with force_login), so the
times are server times: middleware, views, queries and templates, no network. Each page gets
one unmeasured warm-up request, then BENCH_RUNS timed ones; the query count is taken from one
more request. The paper PDF gets BENCH_PDF_RUNS runs (it takes seconds), and so does
WeasyPrint rendering the same HTML by itself, the floor for the PDF.
"""

import argparse
import json
import math
import os
import secrets
import statistics
import sys
import tempfile
import time
import warnings
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/spr_bench")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.isdigit() and int(value) > 0 else default


def configure(database_url: str) -> None:
    """Production-like settings (debug off, a fresh secret key) on the given database."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
    os.environ["DJANGO_SECURE_COOKIES"] = "0"  # the test client speaks plain http
    os.environ["DATABASE_URL"] = database_url
    # WhiteNoise looks for collected static files, which pages measured here never use.
    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()


def recreate_postgres(url: str) -> None:
    """Drop and create the bench database (only the one named in the URL)."""
    from urllib.parse import urlsplit

    import psycopg2

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = psycopg2.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password,
        dbname="postgres",
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()


def database_version() -> str:
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0].split()[0]}"
    import sqlite3

    return f"SQLite {sqlite3.sqlite_version}"


# What is measured, and as whom.


@dataclass(frozen=True)
class Endpoint:
    key: str
    label: str
    url: str
    persona: str  # analyst, pccstaff...
    slow: bool = False  # a PDF: fewer runs


def endpoints(force_data) -> list[Endpoint]:
    period = force_data.current.pk
    cell = f"/periods/{period}/threats/public-order/capability/"
    filtered = (
        f"/evidence/?period={period}&threat_area=public-order&freshness=stale&sort=-review-by"
    )
    return [
        Endpoint("floor", "floor: a trivial view", "/bench/floor/", "analyst"),
        Endpoint("dashboard", "dashboard", f"/periods/{period}/dashboard/", "pccstaff"),
        Endpoint("register", "evidence register, page 1", "/evidence/", "analyst"),
        Endpoint("register_filtered", "register, filtered", filtered, "analyst"),
        Endpoint("editor", "assessment editor (one C)", cell, "analyst"),
        Endpoint("paper_preview", "paper HTML preview", f"/periods/{period}/paper/", "pccstaff"),
        Endpoint("paper_pdf", "paper PDF", f"/periods/{period}/paper.pdf", "pccstaff", True),
    ]


def p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile (with 3 runs, the slowest)."""
    ordered = sorted(values)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]


def summary(key: str, label: str, timings: list[float], **extra) -> dict:
    return {
        "key": key,
        "label": label,
        "runs": len(timings),
        "median_ms": round(statistics.median(timings) * 1000, 1) if timings else None,
        "p95_ms": round(p95(timings) * 1000, 1) if timings else None,
        **extra,
    }


def measure_endpoint(client, endpoint: Endpoint, runs: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if not endpoint.slow:
        client.get(endpoint.url)  # warm-up: template loading, caches, the connection
    timings, status, query_count = [], None, None
    for run in range(runs):
        # A PDF's queries are counted on its first timed run (they cost nothing next to the
        # rendering); a page's on one more request after the timed ones.
        counting = endpoint.slow and run == 0
        with CaptureQueriesContext(connection) if counting else nullcontext() as queries:
            start = time.perf_counter()
            response = client.get(endpoint.url)
            timings.append(time.perf_counter() - start)
        status = response.status_code
        if counting:
            query_count = len(queries)
        if status != 200:
            break  # e.g. 503: the PDF ran past PAPER_RENDER_TIMEOUT; once is enough
    if status == 200 and not endpoint.slow:
        with CaptureQueriesContext(connection) as queries:
            client.get(endpoint.url)
        query_count = len(queries)
    return summary(
        endpoint.key,
        endpoint.label,
        timings,
        url=endpoint.url,
        persona=endpoint.persona,
        status=status,
        queries=query_count if status == 200 else None,
        error=None if status == 200 else f"HTTP {status} after {timings[-1]:.0f} s",
    )


def paper_html(period) -> tuple[str, int, int]:
    from reports.paper import build_paper
    from reports.selectors import paper_data
    from reports.services import paper_print_html

    paper = build_paper(paper_data(period))
    return paper_print_html(paper), paper.paragraph_count, len(paper.footnotes)


def measure_weasyprint(html: str, runs: int) -> dict:
    """WeasyPrint by itself on the paper's HTML, in this process: the PDF's floor."""
    from django.conf import settings
    from weasyprint import HTML

    from reports.pdf import BASE_URL, StaticOnlyFetcher

    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        HTML(
            string=html, base_url=BASE_URL, url_fetcher=StaticOnlyFetcher(settings.STATICFILES_DIRS)
        ).write_pdf(pdf_tags=True)
        timings.append(time.perf_counter() - start)
    return summary("weasyprint", "WeasyPrint alone, same HTML", timings, status=None, queries=0)


def warm_renderer() -> None:
    """Start the PDF renderer's fork server, so the first PDF run does not pay for it."""
    from reports.services import paper_pdf

    paper_pdf("<p>warm-up</p>")


def measure_pass(force_data, *, runs: int, pdf_runs: int, pdf: bool = True) -> list[dict]:
    """Time every page for one force's current period; returns one summary per page."""
    from django.test import Client

    clients = {}
    for persona in ("analyst", "pccstaff"):
        clients[persona] = Client()
        # Name the backend: whatever is listed first (a login throttle, say) is not measured.
        clients[persona].force_login(
            force_data.users[persona], backend="accounts.backends.ForceAwareBackend"
        )
    results = []
    for endpoint in endpoints(force_data):
        if endpoint.slow and not pdf:
            continue
        if endpoint.slow:
            warm_renderer()
        result = measure_endpoint(
            clients[endpoint.persona], endpoint, pdf_runs if endpoint.slow else runs
        )
        results.append(result)
        print(f"    {endpoint.label:32} {_brief(result)}", file=sys.stderr, flush=True)
    if pdf:
        html, _paragraphs, _notes = paper_html(force_data.current)
        pdf_result = results[-1]
        if pdf_result["error"]:
            weasy = summary("weasyprint", "WeasyPrint alone, same HTML", [], status=None)
            # The view's time limit applies to this very rendering: it took longer than that.
            weasy["error"] = "not run: over limit too"
        else:
            weasy = measure_weasyprint(html, pdf_runs)
        results.append(weasy)
        print(f"    {weasy['label']:32} {_brief(weasy)}", file=sys.stderr, flush=True)
    return results


def _brief(result: dict) -> str:
    if result.get("error"):
        return result["error"]
    return (
        f"median {result['median_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms, "
        f"{result['queries']} queries"
    )


def run(database: str, evidence: int, *, runs: int, pdf_runs: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="spr-bench-") as folder:
        if database == "sqlite":
            url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        else:
            recreate_postgres(PG_URL)
            url = PG_URL
        configure(url)
        from django.conf import settings
        from django.core.management import call_command

        from bench.dataset import Shape, build

        start = time.perf_counter()
        call_command("migrate", verbosity=0)
        migrated = time.perf_counter()
        shape = Shape.scaled(evidence)
        dataset = build(shape)
        built = time.perf_counter()
        print(
            f"    migrated in {migrated - start:.0f} s, dataset built in {built - migrated:.0f} s",
            file=sys.stderr,
            flush=True,
        )
        measured = dataset.forces[0]
        _html, paragraphs, footnotes = paper_html(measured.current)
        results = measure_pass(measured, runs=runs, pdf_runs=pdf_runs)
        return {
            "database": database,
            "database_version": database_version(),
            "shape": {
                "forces": shape.forces,
                "periods_per_force": shape.periods,
                "evidence": shape.evidence,
                "citations": shape.citations,
                "actions": shape.actions,
            },
            "measured_force": {
                "evidence": measured.evidence_count,
                "period": measured.current.label,
                "period_citations": measured.citation_count,
                "paper_paragraphs": paragraphs,
                "paper_footnotes": footnotes,
            },
            "build_s": round(built - migrated, 1),
            "render_timeout_s": settings.PAPER_RENDER_TIMEOUT,
            "runs": runs,
            "pdf_runs": pdf_runs,
            "endpoints": results,
        }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--evidence", type=int, default=1000, help="evidence items in all")
    parser.add_argument("--json", type=Path, help="write the result here")
    args = parser.parse_args(argv)
    result = run(
        args.database,
        args.evidence,
        runs=env_int("BENCH_RUNS", 20),
        pdf_runs=env_int("BENCH_PDF_RUNS", 3),
    )
    text = json.dumps(result, indent=2)
    if args.json:
        args.json.write_text(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
