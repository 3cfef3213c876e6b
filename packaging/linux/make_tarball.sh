#!/usr/bin/env bash
# Pack a one-folder bundle (dist/<name>/) into dist/<name>-<version>-linux-<arch>.tar.gz.
#
# The tarball unpacks into one folder that runs from wherever it is put: ./companion starts the
# app, and ./install-desktop-entry.sh adds it to the desktop's application menu for this user.
set -euo pipefail

bundle=${1:?usage: make_tarball.sh dist/<bundle folder>}
bundle=${bundle%/}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
[[ -x $bundle/companion ]] || { echo "make_tarball: $bundle/companion not found; run make bundle" >&2; exit 1; }

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$repo/companion/__init__.py")
name=$(basename "$bundle")-$version-linux-$(uname -m)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

cp -a "$bundle" "$stage/$name"
install -m 0644 "$here/org.sciaticacompanion.Companion.desktop" "$stage/$name/"
install -m 0644 "$repo/resources/icons/app.svg" "$stage/$name/org.sciaticacompanion.Companion.svg"
install -m 0644 "$here/org.sciaticacompanion.Companion.mime.xml" "$stage/$name/"
install -m 0755 "$here/install-desktop-entry.sh" "$stage/$name/"
# The branded name, if the bundle carries a profile, goes into the menu entry too.
profile=$stage/$name/_internal/resources/branding.toml
if [[ -f $profile ]]; then
  product=$(sed -n '/^\[product\]/,/^\[/s/^name *= *"\(.*\)"/\1/p' "$profile" | head -1)
  [[ -n $product ]] && sed -i "s/^Name=.*/Name=$product/" "$stage/$name/org.sciaticacompanion.Companion.desktop"
fi

out=$(dirname "$bundle")/$name.tar.gz
tar -C "$stage" --owner=0 --group=0 -czf "$out" "$name"
echo "$out"
