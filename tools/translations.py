"""Regenerate every Danish translation file from the code and the JSON dictionaries.

Usage:
    python tools/translations.py           rewrite resources/translations/*_da.ts, *_en.ts and *.qm
    python tools/translations.py --check   only report what is stale or untranslated (exit 1)

The JSON files in ``resources/translations/source/`` ({English source: Danish text}) are what a
developer edits; the ``.ts`` and ``.qm`` files are derived from them and from the code, so a merge
conflict in either is resolved by merging the JSON and running this tool. The ``.ts`` files carry
no source locations and keep their messages sorted: moving a line of code changes nothing, and two
branches adding texts rarely touch the same lines.

English is the source language, so English needs only the texts that change with a count
(``tr("%n item(s)", "", n)``): ``<area>_en.json`` holds their forms ({source: [one, many]}) and
``<area>_en.ts``/``.qm`` carry those messages alone; an area with no counted text has no English
files. A text is counted when its source holds ``%n`` or its ``tr`` call passes a count.

Each Python file of the package belongs to one area (one ``.ts``/``.qm`` pair), chosen by the
first rule in ``AREA_RULES`` whose pattern matches its path; a new file needs no entry unless it
belongs elsewhere than its folder's area.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = TRANSLATIONS / "source"
LANGUAGES = ("da", "en")
"""Danish translates everything; English only the counted texts (its singular and plural)."""
_QT_LANGUAGE = {"da": "da_DK", "en": "en_GB"}

# (area, path patterns relative to the repository); the first match wins, "foundation" is the rest.
AREA_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("wall", ("facilitator/ui/capture/run_follower.py", "facilitator/ui/run/clock_band.py")),
    ("agenda", ("facilitator/cli_agenda.py", "facilitator/export/kind_names.py",
                "facilitator/export/programme*.py", "facilitator/services/programme_files.py",
                "facilitator/ui/agenda/*")),
    ("backup", ("facilitator/cli_backup.py", "facilitator/services/backups.py",
                "facilitator/storage/backup.py", "facilitator/ui/backups/*")),
    ("capture", ("facilitator/services/attachments.py", "facilitator/services/evaluation.py",
                 "facilitator/services/voting.py", "facilitator/ui/capture/*")),
    ("minutes", ("facilitator/export/*", "facilitator/ui/minutes/*")),
    ("run", ("facilitator/ui/run/*",)),
    ("scribes", ("facilitator/cli_scribes.py", "facilitator/scribes/*", "facilitator/ui/scribes/*")),
    ("foundation", ("facilitator/*",)),
)


def _tool(name: str) -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / name


def area_of(relative: str) -> str:
    """The area a repository-relative source path belongs to."""
    for area, patterns in AREA_RULES:
        if any(fnmatch(relative, pattern) for pattern in patterns):
            return area
    raise ValueError(f"no translation area for {relative}")


def sources_by_area() -> dict[str, list[Path]]:
    """Every Python file of the package that may hold translatable text, grouped by area."""
    areas: dict[str, list[Path]] = {area: [] for area, _ in AREA_RULES}
    for path in sorted((ROOT / "facilitator").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "translate(" in text or "tr(" in text or "QT_TRANSLATE_NOOP" in text:
            areas[area_of(path.relative_to(ROOT).as_posix())].append(path)
    return {area: paths for area, paths in areas.items() if paths}


def _fill(ts_path: Path, mapping: dict[str, object]) -> list[str]:
    """Put the dictionary's translations into ``ts_path``; returns the sources it lacks."""
    sys.path.insert(0, str(ROOT / "tools"))
    from fill_translations import fill

    return fill(str(ts_path), mapping)


def _mark_counted(ts: Path, only_counted: bool) -> bool:
    """Mark every message whose source holds ``%n`` as counted (numerus); with ``only_counted``
    drop the others. Returns whether any message is left.

    lupdate's Python parser marks ``tr(text, "", n)`` but not ``translate(context, text, None, n)``
    (the commands' and the audience's calls), so "%n" in the text is what says a text is counted.
    """
    tree = ET.parse(ts)
    left = 0
    for context in list(tree.getroot().iter("context")):
        for message in context.findall("message"):
            if "%n" in (message.findtext("source") or ""):
                message.set("numerus", "yes")
            if only_counted and message.get("numerus") != "yes":
                context.remove(message)
        if not context.findall("message"):
            tree.getroot().remove(context)
        left += len(context.findall("message"))
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return left > 0


def build(area: str, files: list[Path], folder: Path, language: str) -> tuple[Path | None, list[str]]:
    """Write ``AREA_LANG.ts`` and ``.qm`` for ``files`` into ``folder``; returns (ts, untranslated).

    English keeps only counted messages; when an area has none, no English file is written and
    the ts returned is ``None``.
    """
    ts = folder / f"{area}_{language}.ts"
    ts.unlink(missing_ok=True)
    ts.with_suffix(".qm").unlink(missing_ok=True)
    subprocess.run(
        [str(_tool("lupdate")), "-silent", "-locations", "none", "-no-obsolete", "-sort-messages",
         "-target-language", _QT_LANGUAGE[language], *map(str, files), "-ts", str(ts)],
        check=True, cwd=ROOT,
    )
    if not _mark_counted(ts, only_counted=language == "en"):
        ts.unlink()
        return None, []
    json_path = SOURCES / f"{area}_{language}.json"
    mapping = json.loads(json_path.read_text(encoding="utf-8")) if json_path.exists() else {}
    missing = _fill(ts, mapping)
    subprocess.run([str(_tool("lrelease")), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True)
    return ts, missing


def check() -> list[str]:
    """What is stale or untranslated, as sentences; empty when everything is current."""
    problems: list[str] = []
    areas = sources_by_area()
    expected: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        for area, files in areas.items():
            for language in LANGUAGES:
                ts, missing = build(area, files, Path(tmp), language)
                problems += [f"{area}_{language}: untranslated: {source!r}" for source in missing]
                if ts is None:
                    continue
                for fresh in (ts, ts.with_suffix(".qm")):
                    expected.add(fresh.name)
                    committed = TRANSLATIONS / fresh.name
                    if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                        problems.append(f"{committed.name} is stale: run python tools/translations.py")
    for language in LANGUAGES:
        for committed in (*TRANSLATIONS.glob(f"*_{language}.ts"), *TRANSLATIONS.glob(f"*_{language}.qm")):
            if committed.name not in expected:
                problems.append(f"{committed.name} belongs to no area or has no texts: remove it")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report only; change nothing")
    if parser.parse_args().check:
        problems = check()
    else:
        problems = []
        for area, files in sources_by_area().items():
            for language in LANGUAGES:
                _, missing = build(area, files, TRANSLATIONS, language)
                problems += [f"{area}_{language}: untranslated: {source!r}" for source in missing]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
