"""What the one-folder app carries is derived from the project, not from what happens to be installed."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
import app_contents  # noqa: E402


def test_runtime_distributions_follow_pyproject_and_leave_test_tools_out() -> None:
    wanted = app_contents.runtime_distributions()
    assert {"pyside6-essentials", "shiboken6", "sqlmodel", "sqlalchemy", "pydantic", "pydantic-core",
            "alembic", "mako", "python-docx", "lxml", "platformdirs"} <= wanted
    assert not {"pytest", "pytest-qt", "hypothesis", "pyinstaller", "greenlet"} & wanted


def test_a_new_runtime_dependency_is_picked_up_with_its_own_requirements(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\ndependencies = ["alembic>=1", "pytest; python_version < \'3\'"]\n',
                         encoding="utf-8")
    assert app_contents.runtime_distributions(pyproject) >= {"alembic", "sqlalchemy", "mako"}
    assert "pytest" not in app_contents.runtime_distributions(pyproject)


def test_installed_packages_the_app_does_not_require_are_excluded() -> None:
    foreign = app_contents.foreign_packages(app_contents.runtime_distributions())
    assert {"pytest", "hypothesis", "tkinter"} <= set(foreign)
    assert not {"sqlalchemy", "sqlmodel", "docx", "lxml", "PySide6", "alembic", "facilitator", "json"} & set(foreign)


def test_qt_modules_the_app_never_imports_are_excluded() -> None:
    unused = app_contents.unused_qt_modules()
    assert "PySide6.QtQml" in unused and "PySide6.QtSql" in unused
    # QtNetwork lists the laptop's addresses for the table scribes' server: it is carried.
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtNetwork"} & set(unused)


def test_qt_plugins_kept_are_the_desktop_platforms_and_input_methods() -> None:
    keep = app_contents.keep_qt_plugin
    for kept in ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                 "PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
                 "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
                 "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
                 "PySide6/Qt/plugins/imageformats/libqjpeg.so", "docx/templates/default.docx"):
        assert keep(kept), kept
    for dropped in ("PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqminimalegl.so",
                    "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/imageformats/libqpdf.so",
                    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so", "PySide6/Qt/plugins/tls/libqopensslbackend.so"):
        assert not keep(dropped), dropped


def test_only_the_danish_qt_translation_and_no_translation_sources_are_carried() -> None:
    keep = app_contents.keep_data
    assert keep("PySide6/Qt/translations/qtbase_da.qm") and not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/Qt/translations/qt_help_da.qm")
    assert keep("resources/translations/run_da.qm") and keep("resources/minutes.docx")
    assert not keep("resources/translations/run_da.ts") and not keep("resources/translations/source/run_da.json")
    assert not keep("resources/__init__.py")


def test_libraries_only_a_dropped_plugin_needed_are_left_out() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libX11.so.6", "/s/libX11.so.6", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),  # its theme plugin was dropped before
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
    ]
    links = {"/s/QtGui.abi3.so": ["libQt6Gui.so.6"], "/s/libQt6Gui.so.6": ["libQt6Core.so.6"],
             "/s/libqxcb.so": ["libX11.so.6", "libQt6Gui.so.6"], "/s/libgtk-3.so.0": ["libcairo.so.2"]}
    kept = app_contents.reachable_binaries(binaries, lambda source: links.get(source, []))
    assert [entry[0] for entry in kept] == [entry[0] for entry in binaries[:5]]


def test_the_c_plus_plus_runtime_x11_and_the_font_stack_come_from_the_system() -> None:
    for host in ("libstdc++.so.6", "libgcc_s.so.1", "libX11.so.6", "libX11-xcb.so.1", "libfontconfig.so.1",
                 "libfreetype.so.6", "libz.so.1", "libexpat.so.1"):
        assert app_contents.from_host(host), host
    for carried in ("libpython3.11.so.1.0", "libsqlite3.so.0", "libxcb-cursor.so.0", "libxkbcommon.so.0",
                    "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib/libicudata.so.73", "libcrypto.so.3",
                    "Qt6Gui.dll", "libz.so.1.dylib"):
        assert not app_contents.from_host(carried), carried
