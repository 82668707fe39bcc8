"""A built (non-editable) wheel carries resources/: templates, translations and migrations."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

from facilitator.storage.revisions import head_revision

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import json
from facilitator.assets import resource
from facilitator.services.templates import available_templates, load_template
from facilitator.storage.database import open_store
import facilitator, sys
assert facilitator.__file__.startswith(sys.prefix), facilitator.__file__  # the venv's own copy
assert len(available_templates()) >= 4
assert load_template("demo")["clusters"][0]["name"] == "Klynge Syd"
assert resource("translations", "foundation_da.qm").read_bytes()[:4] == bytes.fromhex("3cb86418")
from PySide6.QtCore import QCoreApplication
from facilitator.i18n import install_translators
app = QCoreApplication([])
keep = install_translators(app, "da")
assert QCoreApplication.translate("sections", "Set-up") == "Opsætning"
store = open_store(sys.argv[1])
print(store.schema_revision())
store.close()
"""


def test_installed_wheel_finds_its_resources(tmp_path: Path) -> None:
    source = tmp_path / "source"  # a copy, so the build leaves nothing behind in the checkout
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "*.sqlite*"))
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(wheels), str(source)], check=True, cwd=tmp_path)
    wheel = next(wheels.glob("facilitator-*.whl"))
    environment = tmp_path / "venv"
    # The venv sees the system's PySide6 and SQLAlchemy so the test needs no network.
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(environment)
    python = environment / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--ignore-installed", "-q",
                    str(wheel)], check=True, cwd=tmp_path)
    result = subprocess.run([str(python), "-c", CHECK, str(tmp_path / "w.sqlite")], capture_output=True,
                            text=True, cwd=tmp_path, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == head_revision()
