"""What goes into the one-folder app, decided from the project itself rather than a hand list.

PyInstaller follows every import it can see, including the optional ones of our dependencies
(pydantic's hypothesis plugin and dotenv support pull in IPython, pytest and numpy when they
happen to be installed). So the Python side keeps only the distributions that ``pyproject.toml``
requires, with their own requirements; a new runtime dependency there (a web server, a database
driver) is picked up by the next build with no edit here. Qt plugins are chosen by what the app
does (windows on X11, Wayland, Windows, macOS and offscreen; typing through IBus and compose);
shared libraries are kept only while something kept still needs them.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]

# Import names that ship with no installed distribution: the standard library and the app.
_ALWAYS = {"facilitator", "resources"}

# Qt plugin folders the app uses; any other folder is dropped whole. Within a folder, the
# patterns say which plugins stay (None: all of them).
QT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("xcb", "wayland", "offscreen", "minimal", "windows", "direct2d", "cocoa"),
    "platformthemes": ("xdgdesktopportal",),  # not gtk3: it brings GTK, cairo and pango (~20 MB)
    "platforminputcontexts": ("compose", "ibus"),  # typing æ, ø, å and dead keys
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    "styles": None,  # windowsvista, macos
    "imageformats": ("jpeg", "gif", "ico"),  # attachments and pasted pictures
}
_NOT_PLATFORM = re.compile(r"minimalegl")  # "minimal" matches it, but it needs EGL: embedded use
# Qt's own translations: only the Danish one (standard buttons read "Gem", "Annuller").
QT_TRANSLATION = re.compile(r"qtbase_da\.qm$")
# Linux libraries the app takes from the system it runs on, as the PySide6 wheel itself does:
# every desktop has them, and a bundled copy fights the system's (the graphics driver needs a
# newer C++ runtime; libX11 must match the system's libxcb, which is not bundled either;
# fontconfig and freetype must read the system's font configuration). The entries of
# AppImage's curated list of libraries never to bundle (AppImageCommunity/pkg2appimage,
# "excludelist") that PyInstaller would otherwise collect.
HOST_LIBRARIES = re.compile(
    r"^(libstdc\+\+\.so\.6|libgcc_s\.so\.1|libX11\.so\.6|libX11-xcb\.so\.1|libxcb\.so\.1"
    r"|libfontconfig\.so\.1|libfreetype\.so\.6|libharfbuzz\.so\.0|libexpat\.so\.1|libz\.so\.1"
    r"|libuuid\.so\.1|libgpg-error\.so\.0|libGL\.so\.1|libEGL\.so\.1|libGLX\.so\.0|libOpenGL\.so\.0"
    r"|libdrm\.so\.2|libgbm\.so\.1|libwayland-client\.so\.0)$")
# Our resources that are sources for a tool, not read by the app.
_RESOURCE_SOURCES = re.compile(r"(\.ts|\.py|\.pyc)$|(^|/)source/")


def runtime_distributions(pyproject: Path = ROOT / "pyproject.toml") -> set[str]:
    """Normalised names of the distributions the app needs at run time, on this platform."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted: set[str] = set()
    pending = [Requirement(text) for text in project["dependencies"]]
    while pending:
        requirement = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = _normalise(requirement.name)
        if name in wanted:
            continue
        wanted.add(name)
        try:
            requires = metadata.requires(requirement.name) or []
        except metadata.PackageNotFoundError:
            continue  # not installed here: the analysis will say it is missing
        pending.extend(Requirement(text) for text in requires)
    return wanted


def foreign_packages(wanted: Iterable[str]) -> list[str]:
    """Top-level import names of installed distributions the app does not require."""
    keep = {_normalise(name) for name in wanted}
    foreign = set()
    for module, distributions in metadata.packages_distributions().items():
        if module in _ALWAYS or module in sys.stdlib_module_names or not module.isidentifier():
            continue
        if not any(_normalise(dist) in keep for dist in distributions):
            foreign.add(module)
    # tkinter is in the standard library but only IPython-style optional imports reach it.
    return sorted(foreign | {"tkinter", "_tkinter"})


def unused_qt_modules(package: Path = ROOT / "facilitator") -> list[str]:
    """The PySide6 binding modules no module of the app imports (PySide6's own hooks add some).

    Their Qt libraries still come along when a used module links against them.
    """
    import PySide6

    available = {path.name.split(".")[0] for path in Path(PySide6.__file__).parent.iterdir()
                 if path.name.startswith("Qt") and path.suffix in {".so", ".pyd"}}
    return sorted(f"PySide6.{name}" for name in available - imported_qt_modules(package))


def imported_qt_modules(package: Path) -> set[str]:
    """``QtCore``, ``QtGui``, … as imported anywhere in the app's source."""
    used = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            used.update(name.split(".")[1] for name in names
                        if name.startswith("PySide6.Qt") and name.count(".") >= 1)
    return used


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def keep_qt_plugin(destination: str) -> bool:
    """Whether a collected file below a Qt ``plugins`` folder belongs in the app."""
    parts = Path(destination).parts
    if "plugins" not in parts:
        return True
    at = parts.index("plugins")
    if len(parts) < at + 3:
        return True
    folder, name = parts[at + 1], parts[-1]
    if folder not in QT_PLUGINS:
        return False
    patterns = QT_PLUGINS[folder]
    if patterns is None:
        return True
    if folder == "platforms" and _NOT_PLATFORM.search(name):
        return False
    return any(pattern in name for pattern in patterns)


def from_host(destination: str) -> bool:
    """Whether a collected binary is one the app takes from the system (:data:`HOST_LIBRARIES`)."""
    return bool(HOST_LIBRARIES.match(Path(destination).name))


def keep_data(destination: str) -> bool:
    """Whether a collected data file belongs in the app (Qt's and our translations, resources)."""
    path = destination.replace("\\", "/")
    if "/translations/" in path and ("PySide6/" in path or "/Qt/" in path):
        return bool(QT_TRANSLATION.search(path))
    if path.startswith("resources/"):
        return not _RESOURCE_SOURCES.search(path[len("resources/"):])
    return keep_qt_plugin(path)


def reachable_binaries(binaries: list[tuple[str, str, str]], imports_of) -> list[tuple[str, str, str]]:  # noqa: ANN001
    """The binaries still needed: extension modules, Qt plugins and what they load, transitively.

    ``binaries`` are PyInstaller's (destination, source, kind) entries; ``imports_of(source)``
    lists the file names a binary links against. A shared library that only a dropped plugin
    wanted (GTK for the gtk3 theme) is left out.
    """
    by_name: dict[str, tuple[str, str, str]] = {}
    roots = []
    for entry in binaries:
        destination = entry[0]
        by_name.setdefault(Path(destination).name, entry)
        if _is_root(entry):
            roots.append(entry)
    kept: dict[str, tuple[str, str, str]] = {}
    pending = list(roots)
    while pending:
        entry = pending.pop()
        if entry[0] in kept:
            continue
        kept[entry[0]] = entry
        for name in imports_of(entry[1]):
            dependency = by_name.get(Path(name).name)
            if dependency is not None and dependency[0] not in kept:
                pending.append(dependency)
    return [entry for entry in binaries if entry[0] in kept]


def _is_root(entry: tuple[str, str, str]) -> bool:
    """Loaded by Python or by Qt at run time rather than linked: kept whatever links to them."""
    destination, _, kind = entry
    path = destination.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    return kind == "EXTENSION" or "plugins/" in path or name.startswith(("libpython", "python3"))
