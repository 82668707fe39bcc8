"""The README's first lines stay true: the routes it offers run the commands CI and the app
workflow run, and name the folder the build makes."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
import smoke_app  # noqa: E402


def _opening() -> str:
    """The README up to its first section heading."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text[:text.index("\n## ")]


def _shell_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL)]


def test_the_readme_opens_with_the_download_then_the_source_route() -> None:
    opening = _opening()
    assert opening.index("**Download the app**") < opening.index("**From source**")
    assert "`dist/Facilitator/`" in opening and smoke_app.DEFAULT_FOLDER == ROOT / "dist" / "Facilitator"
    build, install_and_start, tests = _shell_blocks(opening)
    assert build == 'python3 -m pip install ".[build]" && python3 tools/build_app.py'
    assert build in (ROOT / "tools" / "build_app.py").read_text(encoding="utf-8")  # its own usage line
    assert install_and_start == "bash tools/install-system-deps.sh && python3 -m pip install . && python3 -m facilitator"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert tests == ci  # "exactly what CI runs"


def test_the_app_workflow_builds_and_smoke_tests_with_the_readmes_commands_and_paths() -> None:
    workflow = (ROOT / ".github" / "workflows" / "app.yml").read_text(encoding="utf-8")
    assert 'python -m pip install ".[build]"' in workflow and "python tools/build_app.py" in workflow
    assert "python tools/smoke_app.py dist/Facilitator" in workflow
    for system in ("Windows", "macOS", "Linux"):  # the artifact names the README offers
        assert f"`Facilitator-{system}`" in _opening()
    assert "name: Facilitator-${{ runner.os }}" in workflow
