#!/usr/bin/env bash
# `make check-a11y`: the wizard as a screen reader sees it, through AT-SPI (tools/a11y_walk.py).
# Needs Debian's at-spi2-core, python3-pyatspi (for /usr/bin/python3: it is no wheel), xvfb,
# xauth, dbus-x11 and xdotool: installs what is missing with apt-get when run as root,
# otherwise names it and fails. Extra arguments go to a11y_walk.py (--keep FILE.json,
# --logs DIR), e.g. make check-a11y A11Y_ARGS="--keep /tmp/states.json --logs /tmp/logs".
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v xvfb-run >/dev/null || need+=(xvfb)
command -v xauth >/dev/null || need+=(xauth)
command -v dbus-run-session >/dev/null || need+=(dbus-x11)
command -v dbus-launch >/dev/null || need+=(dbus-x11)
command -v xdotool >/dev/null || need+=(xdotool)
[ -x /usr/libexec/at-spi-bus-launcher ] || need+=(at-spi2-core)
/usr/bin/python3 -c "import pyatspi" 2>/dev/null || need+=(python3-pyatspi)

if [ ${#need[@]} -gt 0 ]; then
  mapfile -t need < <(printf '%s\n' "${need[@]}" | sort -u)
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "check-a11y: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "check-a11y: missing ${need[*]}" >&2
    echo "Install them (Debian, Ubuntu) with: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
fi

PY=${VENV_PYTHON:-.venv/bin/python}
# A private X server and session bus. The bus daemons' chatter is left out of the report;
# stderr is filtered after the walk, so the report is whole when this script ends.
err=$(mktemp)
trap 'rm -f "$err"' EXIT
set +e
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
  /usr/bin/python3 tools/a11y_walk.py --python "$PY" "$@" 2>"$err" | grep -v "SpiRegistry daemon"
status=${PIPESTATUS[0]}
grep -v -e "fd limit" -e "Activating service" -e "Successfully activated" \
  -e "SpiRegistry daemon" -e "Cannot open default display" -e "Authorization required" \
  -e "dbind-WARNING" -e "XIO:" -e "after [0-9]* requests" -e "^$" "$err" >&2
exit "$status"
