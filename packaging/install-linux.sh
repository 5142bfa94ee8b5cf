#!/usr/bin/env bash
# Install the built app (dist/profile-planner/) with its menu entry, icon and AppStream data.
#   bash packaging/install-linux.sh [PREFIX]              default PREFIX: ~/.local
#   sudo bash packaging/install-linux.sh /usr/local       for everyone on this computer
#   bash packaging/install-linux.sh --uninstall [PREFIX]  remove what this script installed
set -euo pipefail
cd "$(dirname "$0")/.."

ID=uk.gov.profileplanner.ProfilePlanner
uninstall=
if [[ "${1:-}" == --uninstall ]]; then uninstall=1; shift; fi
PREFIX="${1:-$HOME/.local}"
APPDIR="$PREFIX/lib/profile-planner"
SIZES=(16 24 32 48 64 128 256 512)

if [[ -n "$uninstall" ]]; then
  rm -rf "$APPDIR"
  rm -f "$PREFIX/bin/profile-planner" "$PREFIX/share/applications/$ID.desktop" \
        "$PREFIX/share/metainfo/$ID.metainfo.xml" "$PREFIX/share/mime/packages/$ID.xml" \
        "$PREFIX/share/icons/hicolor/scalable/apps/$ID.svg"
  for s in "${SIZES[@]}"; do rm -f "$PREFIX/share/icons/hicolor/${s}x${s}/apps/$ID.png"; done
  echo "Removed Profile Planner from $PREFIX"
  exit 0
fi

if [[ ! -x dist/profile-planner/profile-planner ]]; then
  echo "Build the app first: make package" >&2
  exit 1
fi
rm -rf "$APPDIR"
mkdir -p "$APPDIR" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo" \
         "$PREFIX/share/icons/hicolor/scalable/apps"
cp -a dist/profile-planner/. "$APPDIR/"
ln -sfn "$APPDIR/profile-planner" "$PREFIX/bin/profile-planner"
install -m 644 "packaging/$ID.desktop" "$PREFIX/share/applications/$ID.desktop"
install -m 644 "packaging/$ID.metainfo.xml" "$PREFIX/share/metainfo/$ID.metainfo.xml"
# Answers files, presets and organisation packs open in the app when double-clicked.
mkdir -p "$PREFIX/share/mime/packages"
install -m 644 "packaging/$ID.mime.xml" "$PREFIX/share/mime/packages/$ID.xml"
# The wizard's own icon, named by the app id so the menu entry and the window match.
install -m 644 resources/icons/profile-planner.svg "$PREFIX/share/icons/hicolor/scalable/apps/$ID.svg"
for s in "${SIZES[@]}"; do
  mkdir -p "$PREFIX/share/icons/hicolor/${s}x${s}/apps"
  install -m 644 "resources/icons/profile-planner-$s.png" \
    "$PREFIX/share/icons/hicolor/${s}x${s}/apps/$ID.png"
done
# Refresh the menu and icon caches where the tools exist; a desktop picks changes up anyway.
command -v update-desktop-database >/dev/null && \
  update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
command -v update-mime-database >/dev/null && \
  update-mime-database "$PREFIX/share/mime" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null && \
  gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" 2>/dev/null || true
echo "Installed Profile Planner in $PREFIX (command: $PREFIX/bin/profile-planner)"
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "Note: $PREFIX/bin is not on your PATH." ;; esac
