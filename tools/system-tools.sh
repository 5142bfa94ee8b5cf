#!/usr/bin/env bash
# What `make check-system` needs outside Python: strace, Xvfb (with xauth for xvfb-run) and
# the X11 libraries Qt's xcb platform loads (as app/launch.py lists them). Installs what is
# missing with apt-get when run as root where apt-get exists; otherwise names it and fails.
set -euo pipefail

need=()
command -v strace >/dev/null || need+=(strace)
command -v xvfb-run >/dev/null || need+=(xvfb)
command -v xauth >/dev/null || need+=(xauth)
for pair in xcb-cursor.so.0:libxcb-cursor0 xkbcommon-x11.so.0:libxkbcommon-x11-0 \
            xcb-icccm.so.4:libxcb-icccm4 xcb-keysyms.so.1:libxcb-keysyms1 \
            xcb-shape.so.0:libxcb-shape0 xcb-render-util.so.0:libxcb-render-util0 \
            xcb-image.so.0:libxcb-image0 EGL.so.1:libegl1 fontconfig.so.1:libfontconfig1; do
  ldconfig -p | grep -q "lib${pair%%:*}" || need+=("${pair##*:}")
done

if [ ${#need[@]} -eq 0 ]; then
  echo "check-system: strace, Xvfb and Qt's X11 libraries are installed"
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "check-system: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "check-system: missing ${need[*]}" >&2
  echo "Install them (Debian, Ubuntu) with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
