"""Build the one-folder app ``dist/Facilitator/`` with PyInstaller (``.app`` too on macOS).

    python3 -m pip install ".[build]" && python3 tools/build_app.py

Records the version, commit and date the build is made from (``Facilitator --version`` prints
them), writes the Windows version resource, runs ``tools/facilitator.spec`` and prints the
folder's size. PyInstaller does not cross-compile: build on the system the app is for.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "tools" / "facilitator.spec"
LINUX = ROOT / "tools" / "linux"
ICONS = ROOT / "resources" / "icons"
TARGET_MB = 120


def package_version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "facilitator" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def commit() -> str:
    """The checkout's commit (marked ``-dirty`` with uncommitted changes), or ``unknown``."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}-dirty" if dirty else head


def write_build_info(work: Path) -> dict[str, str]:
    info = {"version": package_version(), "commit": commit(),
            "date": datetime.date.today().isoformat()}
    (work / "build-info.json").write_text(json.dumps(info), encoding="utf-8")
    (work / "version-info.txt").write_text(windows_version_info(info["version"]), encoding="utf-8")
    return info


def windows_version_info(version: str) -> str:
    """PyInstaller's version-resource text for Facilitator.exe (Explorer's Details tab)."""
    numbers = tuple(int(part) for part in (version.split("+")[0].split(".") + ["0"] * 4)[:4])
    strings = {
        "CompanyName": "Facilitator", "FileDescription": "Facilitator — workshops planned, run and minuted",
        "FileVersion": version, "InternalName": "Facilitator", "OriginalFilename": "Facilitator.exe",
        "ProductName": "Facilitator", "ProductVersion": version, "LegalCopyright": "Facilitator",
    }
    entries = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{entries}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""


def add_desktop_integration(folder: Path) -> None:
    """Linux: the freedesktop entry, the icon in the hicolor sizes, and the script installing them."""
    share = folder / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / "facilitator.desktop", share / "applications" / "facilitator.desktop")
    for png in ICONS.glob("facilitator-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / "facilitator.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICONS / "facilitator.svg", scalable / "facilitator.svg")
    shutil.copy2(LINUX / "install-desktop-entry.sh", folder / "install-desktop-entry.sh")


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files below ``folder`` (symbolic links not followed)."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where Facilitator/ is made")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "app", help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    info = write_build_info(args.work)
    os.environ["FACILITATOR_BUILD_WORK"] = str(args.work)
    import PyInstaller.__main__

    PyInstaller.__main__.run([str(SPEC), "--noconfirm", "--log-level", "WARN",
                              "--distpath", str(args.dist), "--workpath", str(args.work)])
    folder = args.dist / "Facilitator"
    if sys.platform.startswith("linux"):
        add_desktop_integration(folder)
    size, count = folder_size(folder)
    megabytes = size / 1_000_000
    print(f"built {folder} ({info['version']}, {info['commit']}): {megabytes:.1f} MB in {count} files "
          f"(target ≤ {TARGET_MB} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
