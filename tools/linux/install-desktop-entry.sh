#!/bin/sh
# Adds Facilitator to the desktop's application menu for the current user (freedesktop.org):
# a desktop entry in ~/.local/share/applications and the icon in the hicolor theme.
# Run it from the unpacked Facilitator folder; run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications"
sed "s|@EXEC@|$here/Facilitator|g" "$here/share/applications/facilitator.desktop" >"$data/applications/facilitator.desktop"
for icon in "$here"/share/icons/hicolor/*/apps/facilitator.png; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$icon" "$data/icons/hicolor/$size/apps/facilitator.png"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$data/icons/hicolor" || true
echo "Facilitator is in the application menu ($data/applications/facilitator.desktop)."
