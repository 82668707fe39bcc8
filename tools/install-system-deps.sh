#!/usr/bin/env bash
# Installs the system libraries Qt needs on Debian/Ubuntu, plus what the tests use to look at
# the real output (Xvfb for screenshots, LibreOffice and poppler to render exported documents).
# Safe to run again; does nothing on systems without apt-get.
set -euo pipefail

if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-get not found: install Qt 6's runtime libraries with your system's package manager." >&2
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

packages=(
    # Qt's offscreen and xcb platform plugins (PySide6 wheels bundle Qt, not these).
    libgl1 libegl1 libglx0 libglvnd0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3
    libglib2.0-0 libx11-6 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
    fonts-dejavu-core
    # Looking at the real thing in tests: a virtual screen, Word files rendered to PDF and text.
    xvfb libreoffice-writer-nogui poppler-utils
    # Building the one-folder app (PyInstaller strips libraries with binutils' strip; ICU's
    # icupkg and binutils' as/ld make the trimmed ICU data library) and checking its
    # freedesktop entry.
    binutils icu-devtools desktop-file-utils
    # Several stations: the tests start a throw-away PostgreSQL server (facilitator/bench/pg_cluster.py).
    postgresql
    # The table scribes' phone page in a real browser (Playwright drives it; nothing downloaded).
    chromium
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
