#!/usr/bin/env bash
# Add this unpacked copy of the app to your application menu (for you only; no root needed).
# Run it again after moving the folder; remove the entry with: install-desktop-entry.sh --remove
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
id=org.sciaticacompanion.Companion
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps
mime=${XDG_DATA_HOME:-$HOME/.local/share}/mime

if [[ ${1:-} == --remove ]]; then
  rm -f "$apps/$id.desktop" "$icons/$id.svg" "$mime/packages/$id.xml"
  command -v update-mime-database >/dev/null && update-mime-database "$mime" || true
  echo "Removed the menu entry."
  exit 0
fi
mkdir -p "$apps" "$icons" "$mime/packages"
install -m 0644 "$here/$id.svg" "$icons/$id.svg"
install -m 0644 "$here/$id.mime.xml" "$mime/packages/$id.xml"
command -v update-mime-database >/dev/null && update-mime-database "$mime" || true
sed -e "s|^Exec=companion|Exec=\"$here/companion\"|" -e "s|^TryExec=companion|TryExec=$here/companion|" \
  "$here/$id.desktop" > "$apps/$id.desktop"
chmod 0644 "$apps/$id.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
echo "Added to your application menu: $apps/$id.desktop"
