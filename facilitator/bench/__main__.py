"""Print the benchmark's one JSON object (see the package docstring); runs in about a minute.

``--only startup``, ``scribes`` or ``wall`` (or several, comma-separated) measures just those
parts: on a shared machine a part can be measured again alone, without the minutes of the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from facilitator.bench import bulk, floors, imports, large, live, pg_cluster, processes, storage

LARGE_LINES = large.CLUSTERS * large.ITEMS * large.LINES_PER_CLUSTER


def _large_export_s(path: Path, workshop_id: int, target: Path) -> float | None:
    try:
        from facilitator.export.minutes import export_minutes
        from facilitator.services.reading import ReadingService
    except ImportError:
        return None
    store = large.open_store(path)
    try:
        started = time.perf_counter()
        export_minutes(ReadingService(store).read(workshop_id), target)
        return time.perf_counter() - started
    finally:
        store.close()


def startup_figures(folder: Path, env: dict[str, str], times: int = 7) -> dict[str, Any]:
    """First paint and ready of ``python -m facilitator`` on the demo, beside the two floors
    (a bare PySide6 window; the same after importing the database stack), and of the built app.

    The three kinds of run are interleaved, so a busy machine slows them alike.
    """
    demo = folder / "demo.sqlite"
    processes.timed_run(processes.app_arguments(demo), env, expect="ready")  # first start creates the demo
    runs = [(processes.timed_run(processes.app_arguments(demo), env, expect="ready"),
             processes.timed_run(processes.floor_arguments(), env),
             processes.timed_run(processes.ready_floor_arguments(), env)) for _ in range(times)]
    startup = statistics.median(app.marks["shown"] for app, _, _ in runs)
    ready = statistics.median(app.seconds for app, _, _ in runs)
    floor = statistics.median(bare.seconds for _, bare, _ in runs)
    ready_floor = statistics.median(stack.seconds for _, _, stack in runs)
    return {
        "startup_s": round(startup, 3),
        "ready_s": round(ready, 3),
        "python_qt_floor_s": round(floor, 3),
        "startup_vs_floor": round(startup / floor, 2),
        "ready_floor_s": round(ready_floor, 3),
        "ready_over_floor_s": round(ready - ready_floor, 3),
        **_frozen_figures(folder, env),
    }


def measure(folder: Path) -> dict[str, Any]:
    env = processes.isolated_env(folder)
    starting = startup_figures(folder, env)
    p50, p99 = floors.commit_latencies_ms(folder / "commits.sqlite")
    big = folder / "large.sqlite"
    workshop_id = large.generate(big)
    opened = [processes.timed_run(["-m", "facilitator.bench.large", str(big)], env, expect="opened")
              for _ in range(3)]
    with_large = [processes.timed_run(processes.app_arguments(big), env, expect="ready") for _ in range(3)]
    figures_live = {}
    for command in ("enter", "remote", "idle"):  # each on its own copy: the measurement adds lines
        copy = folder / f"live-{command}.sqlite"
        large.generate(copy)
        figures_live.update(live.in_process(command, copy, env))
    figures_live.update(_server_figures(env))
    raw = floors.raw_docx_s(LARGE_LINES)  # before the export, so neither inherits the other's garbage
    lean = floors.lean_docx_s(LARGE_LINES)
    export = _large_export_s(big, workshop_id, folder / "referat.docx")
    pdf = _large_export_s(big, workshop_id, folder / "referat.pdf")  # Qt's layout, pages kept whole
    scribes = _scribe_figures(folder, env)
    result: dict[str, Any] = {
        **starting,
        "contribution_commit_ms_p50": round(p50, 2),
        "contribution_commit_ms_p99": round(p99, 2),
        **bulk.paste_figures_ms(folder / "bulk.sqlite"),
        "large_lines": LARGE_LINES,
        "large_open_s": round(statistics.median(_open_seconds(run) for run in opened), 3),
        "large_app_startup_s": round(statistics.median(run.seconds for run in with_large), 3),
        "large_export_s": None if export is None else round(export, 3),
        "raw_docx_s": round(raw, 3),
        "export_vs_raw_docx": None if export is None else round(export / raw, 2),
        "lean_docx_s": round(lean, 3),
        "export_vs_lean_docx": None if export is None else round(export / lean, 2),
        "large_pdf_export_s": None if pdf is None else round(pdf, 3),
        "rss_mb": round(max(run.peak_rss_mb for run in with_large), 1),
        "rss_mb_services_only": round(max(run.peak_rss_mb for run in opened), 1),
        **_wall_figures(folder, env),
        "import_text_1mb_s": round(imports.text_import_s(), 3),
        "import_docx_400_rows_s": round(imports.docx_import_s(), 3),
        "import_4000_items_write_s": round(storage.import_write_s(folder), 3),
        "large_integrity_check_s": round(storage.integrity_check_s(big), 3),
        **figures_live,
        **scribes,
    }
    pending = []
    if export is None:
        pending.append("large_export_s: facilitator.export.minutes is not on this branch yet")
    if starting["frozen_startup_s"] is None:
        pending.append("frozen_*: no dist/Facilitator here; build it with python3 tools/build_app.py")
    if pending:
        result["pending"] = pending
    return result


def _frozen_figures(folder: Path, env: dict[str, str], times: int = 7) -> dict[str, float | None]:
    """First paint and ready of the built app (``dist/Facilitator``) on its own demo file."""
    executable = processes.frozen_executable()
    if executable is None:
        return {"frozen_startup_s": None, "frozen_ready_s": None}
    demo = folder / "frozen-demo.sqlite"
    arguments = processes.window_arguments(demo)
    processes.timed_run(arguments, env, expect="ready", program=[str(executable)])  # creates the demo
    runs = [processes.timed_run(arguments, env, expect="ready", program=[str(executable)]) for _ in range(times)]
    return {
        "frozen_startup_s": round(statistics.median(run.marks["shown"] for run in runs), 3),
        "frozen_ready_s": round(statistics.median(run.seconds for run in runs), 3),
    }


def _wall_figures(folder: Path, env: dict[str, str]) -> dict[str, float]:
    """One line stored to the projector's long wall painted again (``facilitator.bench.wall``)."""
    run = processes.timed_run(["-m", "facilitator.bench.wall", str(folder)], env, expect="wall")
    _, lines, p50, p99 = run.line.split()
    return {"wall_lines": int(lines), "wall_line_to_paint_ms_p50": float(p50),
            "wall_line_to_paint_ms_p99": float(p99)}


def _server_figures(env: dict[str, str]) -> dict[str, Any]:
    """Commit latency on a throw-away PostgreSQL, and a second station's line until visible."""
    try:
        cluster = pg_cluster.start()
    except pg_cluster.Unavailable as why:
        return {"pg_pending": str(why)}
    try:
        p50, p99 = floors.commit_latencies_ms(cluster.create_database("commits"))
        url = cluster.create_database("live")
        large.generate(url)
        figures = live.in_process("remote-pg", url, env)
        figures.update(live.in_process("idle-pg", url, env))
        return {"pg_commit_ms_p50": round(p50, 2), "pg_commit_ms_p99": round(p99, 2), **figures}
    finally:
        cluster.remove()


def _scribe_figures(folder: Path, env: dict[str, str]) -> dict[str, Any]:
    """Twenty simulated phones against the scribe server in an offscreen app (its own process)."""
    import subprocess

    place = folder / "scribes"
    place.mkdir()
    done = subprocess.run([sys.executable, "-m", "facilitator.bench.scribes", str(place)], env=env,
                          capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _open_seconds(run: processes.Run) -> float:
    """The time the process itself measured (``opened SECONDS LINES``), without its start-up."""
    return float(run.line.split()[1])


def measure_only(folder: Path, parts: list[str]) -> dict[str, Any]:
    """The figures of the named parts alone (:data:`PARTS`)."""
    env = processes.isolated_env(folder)
    result: dict[str, Any] = {}
    for name in parts:
        result.update(PARTS[name](folder, env))
    return result


PARTS = {"startup": startup_figures, "scribes": _scribe_figures, "wall": _wall_figures}


def _parts(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in PARTS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown part {', '.join(unknown) or text!r}; known: {', '.join(PARTS)}")
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m facilitator.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--only", type=_parts, metavar="PART[,PART]",
                        help=f"measure only these parts ({', '.join(PARTS)})")
    parser.add_argument("--startup", action="store_const", const=["startup"], dest="only",
                        help="only the start-up figures, as --only startup (a few seconds, for working on them)")
    options = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        result = measure_only(Path(folder), options.only) if options.only else measure(Path(folder))
    result["bench_total_s"] = round(time.perf_counter() - started, 1)
    if hasattr(os, "getloadavg"):  # a busy machine inflates every figure; say how busy it was
        result["load_avg_1m"] = round(os.getloadavg()[0], 2)
        result["cpu_count"] = os.cpu_count()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
