"""`python -m bench.load` (`make load`): gunicorn on PostgreSQL under a bounded Locust run.

1. Recreates the PostgreSQL database in LOAD_PG_URL (default
   postgres://postgres@127.0.0.1:5432/spr_load), migrates it and loads the demo (seed_demo,
   which issues last year's paper), then adds volume: 2,000 more evidence items and 400
   actions for the demo force, and 4 more forces with 2,000 items each.
2. Runs collectstatic into a temporary folder (the pages' hashed static files) and starts
   gunicorn with 2 workers on a free port of 127.0.0.1, with production settings:
   DJANGO_DEBUG off, a freshly generated secret key, allowed host 127.0.0.1, secure cookies
   off (plain http on loopback).
3. Runs Locust headless (bench/locustfile.py): LOAD_USERS users (20) arriving LOAD_SPAWN_RATE
   a second (5) for LOAD_RUN_TIME seconds (60). Analysts, PCC office staff and board members
   each sign in through the sign-in form with the demo password, then work as bench/
   locustfile.py describes.
4. Prints throughput, p50/p95/p99 per endpoint and overall, and the errors; writes
   bench/load-results.json; stops gunicorn whatever happened.

Targets: no errors at all, and the dashboard's p95 under 250 ms.
"""

import csv
import datetime
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.pages import env_int, recreate_postgres

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "load-results.json"
PG_URL = os.environ.get("LOAD_PG_URL", "postgres://postgres@127.0.0.1:5432/spr_load")
PASSWORD = os.environ.get("DEMO_PASSWORD") or "midshire-demo-2019"
DASHBOARD_P95_TARGET_MS = 250


def server_env(workdir: Path) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sprcompliance.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_COOKIES": "0",  # plain http on loopback: the browser would drop them
        "DATABASE_URL": PG_URL,
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "DEMO_PASSWORD": PASSWORD,
    }


def step(label: str, args: list[str], env: dict) -> None:
    print(f"== {label}", flush=True)
    start = time.perf_counter()
    subprocess.run(args, env=env, cwd=ROOT, check=True)
    print(f"   ({time.perf_counter() - start:.0f} s)", flush=True)


def manage(*args: str) -> list[str]:
    return [sys.executable, "manage.py", *args]


def prepare(targets: Path) -> None:
    """In a child process with the server's environment: add volume, write Locust's targets."""
    import django

    django.setup()
    from accounts.models import Force
    from assessments.models import DimensionAssessment
    from bench.dataset import Shape, add_volume, build
    from reports.models import IssuedPaper
    from threats.models import ReportingPeriod

    midshire = Force.objects.get(slug="midshire")
    add_volume(midshire, evidence=2000, actions=400)
    build(Shape(forces=4, evidence=8000, citations=24000, actions=1600))
    current = ReportingPeriod.objects.get(force=midshire, label="2019/20")
    previous = ReportingPeriod.objects.get(force=midshire, label="2018/19")
    cells = DimensionAssessment.objects.filter(threat_assessment__period=current).select_related(
        "threat_assessment__threat_area", "dimension"
    )
    edition = current.edition
    data = {
        "password": PASSWORD,
        "period": current.pk,
        "previous": previous.pk,
        "issued": list(
            IssuedPaper.objects.filter(period__force=midshire).values_list("pk", flat=True)
        ),
        "cells": [
            f"/periods/{current.pk}/threats/{c.threat_assessment.threat_area.key}/"
            f"{c.dimension.key}/"
            for c in cells
        ],
        "threat_areas": list(edition.threat_areas.values_list("key", flat=True)),
        "dimensions": list(edition.dimensions.values_list("key", flat=True)),
    }
    targets.write_text(json.dumps(data, indent=2))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn stopped at start-up (exit code {server.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"gunicorn did not answer {url} within {seconds:g} s")


def stop(server: subprocess.Popen) -> None:
    """SIGTERM gunicorn's master (it stops its workers), then SIGKILL the group if need be."""
    if server.poll() is not None:
        return
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
    print("== gunicorn stopped", flush=True)


def read_stats(prefix: Path) -> tuple[list[dict], list[dict]]:
    def number(value):
        try:
            return float(value)
        except (TypeError, ValueError):
            return None

    rows = []
    with open(f"{prefix}_stats.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            rows.append(
                {
                    "method": row["Type"],
                    "name": row["Name"],
                    "requests": int(row["Request Count"]),
                    "failures": int(row["Failure Count"]),
                    "rps": number(row["Requests/s"]),
                    "p50_ms": number(row["50%"]),
                    "p95_ms": number(row["95%"]),
                    "p99_ms": number(row["99%"]),
                    "max_ms": number(row["Max Response Time"]),
                }
            )
    with open(f"{prefix}_failures.csv", newline="") as handle:
        failures = [
            {
                "method": r["Method"],
                "name": r["Name"],
                "error": r["Error"],
                "count": r["Occurrences"],
            }
            for r in csv.DictReader(handle)
        ]
    return rows, failures


def report(rows, failures, settings: dict, log_tail: list[str]) -> dict:
    overall = next((r for r in rows if r["name"] == "Aggregated"), None)
    dashboard = next((r for r in rows if r["name"].startswith("dashboard")), None)
    return {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "machine": {
            "cores": os.cpu_count(),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        },
        "settings": settings,
        "endpoints": [r for r in rows if r["name"] != "Aggregated"],
        "overall": overall,
        "failures": failures,
        "lockouts_in_server_log": [line for line in log_tail if "lock" in line.lower()],
        "targets": {
            "zero_errors": bool(overall) and overall["failures"] == 0,
            "dashboard_p95_under_ms": DASHBOARD_P95_TARGET_MS,
            "dashboard_p95_ms": dashboard["p95_ms"] if dashboard else None,
            "dashboard_p95_met": bool(dashboard)
            and dashboard["p95_ms"] is not None
            and dashboard["p95_ms"] < DASHBOARD_P95_TARGET_MS,
        },
    }


def print_report(result: dict) -> None:
    s = result["settings"]
    print("\n" + "=" * 100)
    print(
        f"Load test {result['date']}: {s['users']} users (spawn {s['spawn_rate']}/s) for "
        f"{s['run_time_s']} s against gunicorn ({s['workers']} workers) on PostgreSQL; "
        f"{result['machine']['cores']} cores, load average at the end "
        f"{result['machine']['load_average_at_end']}"
    )
    print(
        f"{'endpoint':42} {'requests':>8} {'fails':>5} {'req/s':>6} {'p50 ms':>7} "
        f"{'p95 ms':>7} {'p99 ms':>7} {'max ms':>7}"
    )
    for r in [*result["endpoints"], result["overall"]]:
        if not r:
            continue
        name = "ALL (overall)" if r["name"] == "Aggregated" else f"{r['method']} {r['name']}"
        print(
            f"{name[:42]:42} {r['requests']:>8} {r['failures']:>5} {r['rps'] or 0:>6.1f} "
            f"{r['p50_ms'] or 0:>7.0f} {r['p95_ms'] or 0:>7.0f} {r['p99_ms'] or 0:>7.0f} "
            f"{r['max_ms'] or 0:>7.0f}"
        )
    print("\nErrors:" if result["failures"] else "\nErrors: none")
    for f in result["failures"]:
        print(f"  {f['count']} x {f['method']} {f['name']}: {f['error']}")
    t = result["targets"]
    print(
        f"\nTargets: zero errors: {'met' if t['zero_errors'] else 'MISSED'}; dashboard p95 "
        f"{t['dashboard_p95_ms']} ms < {t['dashboard_p95_under_ms']} ms: "
        f"{'met' if t['dashboard_p95_met'] else 'MISSED'}"
    )
    if result["lockouts_in_server_log"]:
        print("Server log mentions lockouts:")
        print("\n".join(f"  {line}" for line in result["lockouts_in_server_log"][:10]))
    print(
        "Percentiles are Locust's (rounded to its buckets), measured by the client over "
        "loopback: server time plus a little."
    )


def main() -> None:
    users, spawn = env_int("LOAD_USERS", 20), env_int("LOAD_SPAWN_RATE", 5)
    run_time, workers = env_int("LOAD_RUN_TIME", 60), 2
    workdir = Path(tempfile.mkdtemp(prefix="spr-load-"))
    env = server_env(workdir)
    server = None
    try:
        print(f"== Recreating {PG_URL.rsplit('/', 1)[-1]}", flush=True)
        recreate_postgres(PG_URL)
        step("Migrating", manage("migrate", "--noinput", "-v0"), env)
        step("Loading the demo (seed_demo)", manage("seed_demo", "--allow-production"), env)
        step("collectstatic", manage("collectstatic", "--noinput", "-v0"), env)
        targets = workdir / "targets.json"
        step(
            "Adding volume",
            [sys.executable, "-m", "bench.load", "--prepare", str(targets)],
            env,
        )
        port = free_port()
        log = workdir / "gunicorn.log"
        print(f"== Starting gunicorn on 127.0.0.1:{port} ({workers} workers)", flush=True)
        with open(log, "w") as log_file:
            server = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "sprcompliance.wsgi:application",
                    f"--workers={workers}",
                    f"--bind=127.0.0.1:{port}",
                    "--timeout=120",
                    "--access-logfile=-",
                ],
                env=env,
                cwd=ROOT,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own group, so it can be stopped as a whole
            )
        wait_until_up(f"http://127.0.0.1:{port}/healthz", server)
        prefix = workdir / "locust"
        step(
            f"Locust: {users} users, {spawn}/s, {run_time} s",
            [
                sys.executable,
                "-m",
                "locust",
                "-f",
                str(ROOT / "bench" / "locustfile.py"),
                "--headless",
                f"--users={users}",
                f"--spawn-rate={spawn}",
                f"--run-time={run_time}s",
                "--stop-timeout=10",
                f"--host=http://127.0.0.1:{port}",
                f"--csv={prefix}",
                "--only-summary",
                "--exit-code-on-error=0",
            ],
            {**os.environ, "LOAD_TARGETS": str(targets)},
        )
        rows, failures = read_stats(prefix)
        log_lines = log.read_text(errors="replace").splitlines()
        errors_in_log = [line for line in log_lines if '" 5' in line or "Traceback" in line]
        settings = {
            "users": users,
            "spawn_rate": spawn,
            "run_time_s": run_time,
            "workers": workers,
            "database": "PostgreSQL (spr_load)",
        }
        result = report(rows, failures, settings, log_lines)
        result["server_errors_in_log"] = errors_in_log[:50]
        RESULTS.write_text(json.dumps(result, indent=2) + "\n")
        print_report(result)
        print(f"\nWritten to {RESULTS}")
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--prepare":
        prepare(Path(sys.argv[2]))
    else:
        main()
