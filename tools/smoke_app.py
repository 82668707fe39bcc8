"""Smoke-test the BUILT app (``dist/Facilitator``), not the source tree, as a user would run it.

    python3 tools/smoke_app.py [dist/Facilitator]

On a fresh data folder the executable starts its window offscreen (the demo workshop is made),
paints, fills its sections and exits cleanly; then its command line lists the demo, checks the
file in Danish, exports the demo's minutes as Word and prints its version. Also checks that the
folder carries Qt's Danish translation and the bundled font. Prints one line per check, then
``smoke: N passed, N failed``; exits 1 if any failed. CI (tests/integration/test_built_app.py)
and the Windows/macOS workflow run this same script.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT / "dist" / "Facilitator"
TIMEOUT_S = 180


def executable_in(folder: Path) -> Path:
    return folder / ("Facilitator.exe" if sys.platform == "win32" else "Facilitator")


def fresh_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, and settings and data folders that no earlier run has touched."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "FACILITATOR"))}
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
        "HOME": str(home), "LOCALAPPDATA": str(home / "local"), "APPDATA": str(home / "roaming"),
    })
    return env


class Smoke:
    """The checks against one built folder; each records a line and whether it passed."""

    def __init__(self, folder: Path, home: Path) -> None:
        self.folder = folder
        self.executable = executable_in(folder)
        self.env = fresh_env(home)
        self.db = home / "temadag.sqlite"
        self.home = home
        self.results: list[tuple[bool, str]] = []

    def run(self, *arguments: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.executable), *arguments], capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=TIMEOUT_S,
                              env={**self.env, **(extra_env or {})}, cwd=self.home)

    def check(self, name: str, test: Callable[[], str]) -> None:
        try:
            self.results.append((True, f"ok   {name}: {test()}"))
        except Exception as error:  # noqa: BLE001  (every failure is reported, the rest still run)
            self.results.append((False, f"FAIL {name}: {error}"))

    def window_start(self) -> str:
        result = self.run("--db", str(self.db), "--lang", "da", extra_env={"FACILITATOR_REPORT_SHOWN": "1"})
        marks = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
        if result.returncode != 0 or "shown" not in marks or "ready" not in marks:
            raise AssertionError(f"exit {result.returncode}, stdout {result.stdout!r}, stderr {result.stderr[-800:]!r}")
        if "Traceback" in result.stderr:
            raise AssertionError(result.stderr[-800:])
        return f"painted after {float(marks['shown']):.2f} s, ready after {float(marks['ready']):.2f} s, exit 0"

    def demo_listed(self) -> str:
        result = self.run("--db", str(self.db), "list")
        lines = [line.split("\t") for line in result.stdout.splitlines() if "\t" in line]
        if result.returncode != 0 or len(lines) != 1:
            raise AssertionError(f"exit {result.returncode}: {result.stdout!r} {result.stderr[-500:]!r}")
        self.workshop_id = lines[0][0]
        return "\t".join(lines[0])

    def checked_in_danish(self) -> str:
        result = self.run("--db", str(self.db), "--lang", "da", "check")
        if result.returncode != 0 or "Integritet: ok" not in result.stdout:
            raise AssertionError(f"exit {result.returncode}: {result.stdout!r} {result.stderr[-500:]!r}")
        return result.stdout.splitlines()[-2]

    def minutes_exported(self) -> str:
        target = self.home / "referat.docx"
        result = self.run("--db", str(self.db), "export-minutes", "--workshop", self.workshop_id,
                          "-o", str(target))
        if result.returncode != 0 or not target.is_file():
            raise AssertionError(f"exit {result.returncode}: {result.stdout!r} {result.stderr[-800:]!r}")
        with zipfile.ZipFile(target) as document:
            body = document.read("word/document.xml").decode("utf-8")
            pictures = [name for name in document.namelist() if name.startswith("word/media/")]
        if "Klynge Syd" not in body:
            raise AssertionError("the minutes do not list the demo's clusters")
        return f"{target.name}, {target.stat().st_size // 1024} KB, {len(pictures)} chart(s)"

    def version(self) -> str:
        result = self.run("--version")
        info = json.loads(next(self.folder.rglob("build-info.json")).read_text(encoding="utf-8"))
        if result.returncode != 0 or info["version"] not in result.stdout or info["commit"] not in result.stdout:
            raise AssertionError(f"{result.stdout!r} does not name build {info}")
        return result.stdout.strip()

    def carries(self, pattern: str) -> Callable[[], str]:
        def found() -> str:
            matches = sorted(self.folder.rglob(pattern))
            if not matches:
                raise AssertionError(f"no {pattern} in {self.folder}")
            return str(matches[0].relative_to(self.folder))
        return found


def folder_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink()) / 1e6


def smoke(folder: Path) -> tuple[bool, list[str]]:
    """Run every check against ``folder``; returns whether all passed and the report lines."""
    with tempfile.TemporaryDirectory(prefix="facilitator-smoke-") as home:
        checks = Smoke(folder, Path(home))
        checks.check("window start on a fresh data folder", checks.window_start)
        checks.check("list shows the demo", checks.demo_listed)
        if hasattr(checks, "workshop_id"):
            checks.check("check in Danish", checks.checked_in_danish)
            checks.check("export-minutes writes the demo's minutes", checks.minutes_exported)
        checks.check("--version names the build", checks.version)
        checks.check("Qt's Danish translation", checks.carries("qtbase_da.qm"))
        checks.check("our Danish translations", checks.carries("foundation_da.qm"))
        checks.check("bundled font", checks.carries("DejaVuSans.ttf"))
        results = checks.results
    passed = sum(ok for ok, _ in results)
    lines = [line for _, line in results]
    lines.append(f"size: {folder_mb(folder):.1f} MB unpacked ({folder})")
    lines.append(f"smoke: {passed} passed, {len(results) - passed} failed")
    return passed == len(results), lines


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    folder = Path(arguments[0]) if arguments else DEFAULT_FOLDER
    if not executable_in(folder).is_file():
        print(f"no built app in {folder}: run python3 tools/build_app.py first", file=sys.stderr)
        return 1
    ok, lines = smoke(folder.resolve())
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
