#!/bin/sh
# Installs Caregiver Companion from the folder this script is in (made by `make package`), so
# it appears in the desktop's list of applications like any other program.
#
#   ./install.sh                      for you only, into ~/.local (no password needed)
#   sudo ./install.sh --system        for everyone on this computer, into /usr/local
#   ./install.sh --prefix DIR         into DIR (DIR/lib, DIR/bin, DIR/share)
#   ./install.sh --uninstall [...]    removes the program again (same options)
#
# Installing a newer build over an older one replaces the program. The family's diary is never
# touched: it lives in its own data folder (~/.local/share/caregiver-app by default), not here.
set -eu

APP_ID=org.caregivercompanion.CaregiverCompanion
NAME=caregiver-app
here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME:-}/.local"
action=install

while [ $# -gt 0 ]; do
  case "$1" in
    --system) prefix=/usr/local ;;
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
              prefix=$2; shift ;;
    --prefix=*) prefix=${1#--prefix=} ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

case "$prefix" in
  /*) ;;
  *) echo "install.sh: the folder must be an absolute path: $prefix" >&2; exit 2 ;;
esac
case "$prefix" in
  *[\"\`\$\\%]*|*"
"*) echo "install.sh: please choose a folder without \" \` \$ \\ % or line breaks" >&2; exit 2 ;;
esac
prefix=${prefix%/}

program_dir="$prefix/lib/$NAME"
link="$prefix/bin/$NAME"
desktop="$prefix/share/applications/$APP_ID.desktop"
metainfo="$prefix/share/metainfo/$APP_ID.metainfo.xml"
icons="$prefix/share/icons/hicolor"

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
  fi
}

remove_program() {
  # Only ever a folder that holds this program (never a data folder).
  if [ -e "$program_dir" ]; then
    if [ ! -f "$program_dir/$NAME" ] || [ ! -d "$program_dir/_internal" ]; then
      echo "install.sh: $program_dir is not a Caregiver Companion program folder; left alone" >&2
      exit 1
    fi
    rm -rf "$program_dir"
  fi
}

if [ "$action" = uninstall ]; then
  remove_program
  rm -f "$link" "$desktop" "$metainfo"
  rm -f "$icons"/*/apps/"$APP_ID".png "$icons"/scalable/apps/"$APP_ID".svg
  refresh_caches
  echo "Caregiver Companion was removed from $prefix. Your diary was not touched."
  exit 0
fi

if [ ! -x "$here/$NAME" ] || [ ! -d "$here/_internal" ] || [ ! -d "$here/share" ]; then
  echo "install.sh: run me from the built folder (dist/$NAME/, made by make package)" >&2
  exit 1
fi

remove_program
mkdir -p "$program_dir" "$prefix/bin" "$(dirname "$desktop")" "$(dirname "$metainfo")" "$icons"
cp -R "$here/$NAME" "$here/_internal" "$program_dir/"
ln -sf "$program_dir/$NAME" "$link"
# The menu starts the program by its full path: ~/.local/bin is not always on the PATH.
sed "s|^Exec=.*|Exec=\"$link\"|" "$here/share/applications/$APP_ID.desktop" > "$desktop"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$metainfo"
cp -R "$here/share/icons/hicolor/." "$icons/"
refresh_caches
echo "Caregiver Companion is installed in $prefix: find it in your applications menu, or run $link"
