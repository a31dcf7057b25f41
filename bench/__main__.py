"""`python -m bench` (`make bench`): the board paper's targets, then every page on a large
synthetic dataset, on SQLite and on PostgreSQL, at two sizes. Prints tables and writes
bench/results.json.

Each step runs in its own process, on a throwaway database: a temporary SQLite file, or the
PostgreSQL database in BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/spr_bench),
dropped and created again for every step. Tune with:

    BENCH_RUNS=20        timed requests per page (median and p95 of these)
    BENCH_PDF_RUNS=3     timed runs per PDF (the board paper's and WeasyPrint's alone)
    BENCH_SIZES=1000,10000          evidence items in all (3 citations and 0.2 actions each)
    BENCH_DATABASES=sqlite,postgresql
    BENCH_PAPER=0        skip the board paper's targets (bench/paper.py)
    BENCH_NARRATIVES=0   skip the pathological narratives (bench/narratives.py, about 2 min)
"""

import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.pages import env_int

RESULTS = Path(__file__).resolve().parent / "results.json"
DB_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def machine() -> dict:
    import django
    import weasyprint

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kib = int(Path("/proc/meminfo").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        mem_kib = 0
    return {
        "cores": os.cpu_count(),
        "ram_gib": round(mem_kib / 1024 / 1024, 1),
        "cpu": cpu,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "weasyprint": weasyprint.__version__,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def child(args: list[str], label: str) -> dict | list | None:
    """Run one step in its own process; its JSON result, or None when it failed."""
    print(f"\n== {label}", flush=True)
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", *args, "--json", out.name], check=False)
        print(f"   ({time.perf_counter() - start:.0f} s)", flush=True)
        if done.returncode != 0:
            print(f"   FAILED (exit code {done.returncode}): see the messages above", flush=True)
            return None
        return json.loads(Path(out.name).read_text())


def fmt_ms(value) -> str:
    if value is None:
        return "-"
    return f"{value / 1000:.1f} s" if value >= 10_000 else f"{value:.0f} ms"


def page_table(database: str, passes: list[dict]) -> list[str]:
    """One row per page: each size's median, p95 and queries, the growth and the ratios."""
    sizes = [p["shape"]["evidence"] for p in passes]
    head = f"{'page':30}" + "".join(f" | {f'{n:,} items':^26}" for n in sizes)
    head += " | growth | x floor | x WeasyPrint alone"
    sub = f"{'':30}" + " | median     p95    queries" * len(sizes) + " | median | (largest size)"
    lines = [head, sub, "-" * len(head)]
    by_size = [{e["key"]: e for e in p["endpoints"]} for p in passes]
    for key in [e["key"] for e in passes[0]["endpoints"]]:
        rows = [b.get(key, {}) for b in by_size]
        line = f"{rows[0].get('label', key):30}"
        for r in rows:
            if r.get("error"):
                line += f" | {r['error'][:26]:26}"
            else:
                queries = "-" if r.get("queries") is None else str(r["queries"])
                median, worst = fmt_ms(r.get("median_ms")), fmt_ms(r.get("p95_ms"))
                line += f" | {median:>7} {worst:>7} {queries:>8}  "
        line += f" | {ratio(rows[-1], rows[0]):>6}"
        line += f" | {largest_ratio(passes, by_size, key, 'floor'):>7}"
        if key == "paper_pdf":
            line += f" | {largest_ratio(passes, by_size, key, 'weasyprint'):>7}"
        lines.append(line)
    return lines


def largest_ratio(passes, by_size, key: str, floor: str) -> str:
    """The ratio at the largest size that has both figures, naming the size if not the last."""
    for n in range(len(passes) - 1, -1, -1):
        value = ratio(by_size[n].get(key, {}), by_size[n].get(floor, {}))
        if value != "-":
            size = passes[n]["shape"]["evidence"]
            return value if n == len(passes) - 1 else f"{value} at {size:,}"
    return "-"


def ratio(a: dict, b: dict) -> str:
    if not a.get("median_ms") or not b.get("median_ms") or a.get("error") or b.get("error"):
        return "-"
    return f"{a['median_ms'] / b['median_ms']:.1f}x"


def describe(p: dict) -> str:
    s, m = p["shape"], p["measured_force"]
    return (
        f"{s['evidence']:,} items: {s['forces']} forces x {s['periods_per_force']} periods, "
        f"{s['citations']:,} citations, {s['actions']:,} actions (built in {p['build_s']:.0f} s); "
        f"measured force: {m['evidence']:,} items, period {m['period']} with "
        f"{m['period_citations']:,} citations ({m['paper_paragraphs']} paragraphs, "
        f"{m['paper_footnotes']} footnotes in its paper)"
    )


def main():
    runs, pdf_runs = env_int("BENCH_RUNS", 20), env_int("BENCH_PDF_RUNS", 3)
    sizes = [int(n) for n in os.environ.get("BENCH_SIZES", "1000,10000").split(",") if n]
    databases = [d for d in os.environ.get("BENCH_DATABASES", "sqlite,postgresql").split(",") if d]
    started = time.perf_counter()
    report = {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "machine": machine(),
        "runs": runs,
        "pdf_runs": pdf_runs,
        "paper_targets": None,
        "narratives": None,
        "pages": {},
    }
    print(
        f"make bench: {runs} runs per page, {pdf_runs} per PDF, sizes {sizes}, on {databases}. "
        f"Load average now {report['machine']['load_average_at_start']} on "
        f"{report['machine']['cores']} cores: timings are only as quiet as the machine."
    )
    if os.environ.get("BENCH_PAPER", "1") != "0":
        report["paper_targets"] = child(["bench.paper"], "Board paper targets (bench/paper.py)")
    if os.environ.get("BENCH_NARRATIVES", "1") != "0":
        report["narratives"] = child(["bench.narratives"], "Pathological narratives")
    for database in databases:
        passes = []
        for size in sizes:
            label = f"{DB_NAMES[database]}, {size:,} evidence items"
            result = child(["bench.pages", "--database", database, "--evidence", str(size)], label)
            if result:
                passes.append(result)
        report["pages"][database] = passes
    report["total_s"] = round(time.perf_counter() - started)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    print_report(report)
    minutes, seconds = divmod(report["total_s"], 60)
    print(f"\nWritten to {RESULTS} in {minutes} min {seconds} s.")


def print_report(report: dict) -> None:
    m = report["machine"]
    print("\n" + "=" * 100)
    print(
        f"Results {report['date']}: {m['cores']} cores ({m['cpu']}), {m['ram_gib']} GiB RAM, "
        f"Python {m['python']}, Django {m['django']}, WeasyPrint {m['weasyprint']}; "
        f"load average at start {m['load_average_at_start']}"
    )
    if report["paper_targets"]:
        from bench.paper import table

        print(
            "\nBoard paper targets (demo data; median of "
            f"{report['pdf_runs']} runs, renderer's peak memory):"
        )
        print("\n".join(table(report["paper_targets"])))
    if report.get("narratives"):
        from bench.narratives import table as narrative_table

        print("\nPathological narratives (numbered and rendered as the paper does them):")
        print("\n".join(narrative_table(report["narratives"])))
    for database, passes in report["pages"].items():
        if not passes:
            print(f"\n{DB_NAMES[database]}: no results (the step failed)")
            continue
        print(
            f"\n{passes[0]['database_version']}: server time in-process (test client), "
            f"median and p95 of {report['runs']} requests ({report['pdf_runs']} for PDFs)"
        )
        for p in passes:
            print(f"  {describe(p)}")
        print("\n".join(page_table(database, passes)))
        dash = {e["key"]: e for e in passes[-1]["endpoints"]}.get("dashboard", {})
        if dash.get("median_ms") is not None:
            print(
                f"Dashboard (it should feel instant): median {fmt_ms(dash['median_ms'])}, "
                f"p95 {fmt_ms(dash['p95_ms'])} at {passes[-1]['shape']['evidence']:,} items."
            )
    print(
        "\ngrowth: median at the largest size / at the smallest. x floor: median / the trivial "
        "view's (same middleware, no work).\nx WeasyPrint: the paper PDF view / WeasyPrint "
        "rendering the same HTML in-process. p95 is nearest-rank (with 3 runs, the slowest).\n"
        "A PDF past PAPER_RENDER_TIMEOUT answers HTTP 503 and is run once."
    )


if __name__ == "__main__":
    main()
