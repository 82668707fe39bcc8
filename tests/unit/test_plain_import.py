"""The deferred import runs with Python's own __import__ and always gives PySide6 its hook back."""

from __future__ import annotations

import builtins
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.plain_import import python_import

ROOT = Path(__file__).resolve().parents[2]


def test_the_hook_is_restored_after_an_import_and_after_a_failed_one() -> None:
    """(In pytest PySide6 is imported first, so the swap itself is seen in the subprocess test.)"""
    hooked = builtins.__import__
    with python_import():
        import facilitator.storage.models  # noqa: F401
    assert builtins.__import__ is hooked
    with pytest.raises(ModuleNotFoundError), python_import():
        import facilitator.no_such_module  # type: ignore[import-not-found]  # noqa: F401
    assert builtins.__import__ is hooked


def test_modules_imported_plainly_are_not_scanned_by_pyside() -> None:
    code = ("import facilitator, PySide6.QtWidgets, builtins, sys; "
            "from facilitator.plain_import import python_import; "
            "assert builtins.__import__ is not facilitator.plain_import._PYTHON_IMPORT; "
            "exec('with python_import(): import facilitator.services.bundle'); "
            "seen = sys.modules['shibokensupport.feature'].pyside_feature_dict; "
            "print('sqlalchemy' in seen, 'sqlmodel' in seen)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.split() == ["False", "False"]
