#!/bin/sh
# Add Recovery Desk to this user's application menu: the .desktop entry (pointing at the
# executable beside this script) and its icon, under ~/.local/share. No root needed; run it
# again after moving the folder. Remove with: rm ~/.local/share/applications/recovery-desk.desktop
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
cp "$here/recovery-desk.svg" "$data/icons/hicolor/scalable/apps/recovery-desk.svg"
sed "s|^Exec=.*|Exec=\"$here/recovery-desk\"|" "$here/recovery-desk.desktop" \
  > "$data/applications/recovery-desk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Recovery Desk added to the application menu ($data/applications/recovery-desk.desktop)"
