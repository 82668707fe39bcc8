"""``--version`` says which build a frozen app was made from; a source run says the package version."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from facilitator import __version__
from facilitator.cli import build_parser
from facilitator.version import version_text


def test_a_source_run_reports_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--version"])
    assert capsys.readouterr().out.strip() == f"facilitator {__version__}"


def test_a_built_app_reports_its_commit_and_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "build-info.json").write_text(json.dumps({"version": "0.1.0", "commit": "1a2b3c4",
                                                          "date": "2026-12-01"}), encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert version_text() == "facilitator 0.1.0 (build 1a2b3c4, 2026-12-01)"
    (tmp_path / "build-info.json").write_text("{damaged", encoding="utf-8")
    assert version_text() == f"facilitator {__version__}"
