#!/usr/bin/env bash
# `make package-check`: build the stand-alone app and check it as a person would use it.
#   1. build dist/profile-planner/ (packaging/build.sh app)
#   2. its command line writes a PDF for an example, and reports bad input plainly
#   3. with no terminal to write to (a windowed start), errors reach the log file
#   4. its wizard opens offscreen and closes (PROFILE_PLANNER_SMOKE, see launcher.py)
#   5. the .desktop file and AppStream metainfo validate; install-linux.sh lays them out
#   6. the bundle's size, against a budget of PACKAGE_MAX_MB (default 110)
set -euo pipefail
cd "$(dirname "$0")/.."

ID=uk.gov.profileplanner.ProfilePlanner
MAX_MB="${PACKAGE_MAX_MB:-110}"
APP=dist/profile-planner/profile-planner
PY="${PYTHON:-.venv/bin/python}"
started=$SECONDS
failures=0
passes=0
pass() { echo "  ok    $*"; passes=$((passes + 1)); }
fail() { echo "  FAIL  $*"; failures=$((failures + 1)); }
step() { echo; echo "== $* ($((SECONDS - started)) s)"; }

# Validators (Debian: desktop-file-utils, appstream); a C compiler. PDFs are read with pikepdf
# and pypdfium2 from the venv (tests/helpers/pdf.py), not poppler.
need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v cc >/dev/null || need+=(gcc libc6-dev)  # build.sh compiles the empty ICU data
# X11 libraries Qt's xcb plugin links to that PySide6 does not ship: present at build time,
# PyInstaller puts them in the bundle, so people need not install them.
ldconfig -p | grep -q libxcb-icccm.so.4 || need+=(libxcb-icccm4)
ldconfig -p | grep -q libxcb-keysyms.so.1 || need+=(libxcb-keysyms1)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Keep the app's settings, logs and recent files out of the real home folder.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" \
       XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME"

step "Build"
bash packaging/build.sh app
version="$(sed -n 's/^version=//p' dist/profile-planner/BUILD-INFO)"
[[ "$(sed -n 's/^id=//p' dist/profile-planner/BUILD-INFO)" == "$ID" ]] \
  && pass "app id $ID" || fail "BUILD-INFO id differs from $ID"

step "Command line"
out="$("$APP" --version)"
[[ "$out" == "profile-planner $version" ]] && pass "--version: $out" || fail "--version: $out"
"$APP" validate >"$work/validate.txt" 2>&1 && pass "validate: built-in questionnaires" \
  || { fail "validate"; cat "$work/validate.txt"; }
# A preset and a pack are checked by schemas found by name (record.py): bundled too?
"$APP" validate examples/presets/high-risk.yaml examples/organisations/*/organisation.yaml \
  >"$work/validate2.txt" 2>&1 && pass "validate: an example preset and organisation pack" \
  || { fail "validate a preset and a pack"; cat "$work/validate2.txt"; }
example="$(ls examples/*.json | head -n 1)"
if [[ -f app/report/generate.py ]]; then
  if "$APP" generate "$example" -o "$work/out.pdf" --html "$work/out.html" >"$work/gen.txt" 2>&1 \
     && head -c 5 "$work/out.pdf" | grep -q '%PDF-' && [[ -s "$work/out.html" ]]; then
    # Pages, embedded fonts and text, read as pdfinfo, pdffonts and pdftotext would.
    pdf() { "$PY" -c "import sys; from pathlib import Path; from tests.helpers.pdf import *; $1" "${@:2}"; }
    pages="$(pdf 'print(len(page_texts(Path(sys.argv[1]))))' "$work/out.pdf")"
    fonts="$(pdf 'f = fonts(Path(sys.argv[1])); print(len(f) if f and all(f.values()) else 0)' "$work/out.pdf")"
    [[ "$fonts" -ge 1 ]] && pass "generate $example: PDF of ${pages:-?} page(s), $fonts embedded font(s), HTML" \
      || fail "generate: a font in the PDF is not embedded, or none is"
    # The same words as the development version writes: the app behaves as in development.
    "$PY" -m app generate "$example" -o "$work/dev.pdf" >/dev/null 2>&1 \
      && [[ "$(pdf 'print(page_texts(Path(sys.argv[1])) == page_texts(Path(sys.argv[2])))' \
               "$work/out.pdf" "$work/dev.pdf")" == True ]] && pass "its text matches python -m app generate" \
      || fail "the bundle's PDF text differs from python -m app generate"
  else
    fail "generate $example"; cat "$work/gen.txt"
  fi
else
  "$APP" plan "$example" >"$work/plan.txt" 2>&1 && [[ -s "$work/plan.txt" ]] \
    && pass "plan $example (generate not built yet)" || { fail "plan"; cat "$work/plan.txt"; }
fi
status=0; "$APP" plan "$work/missing.json" >"$work/bad.txt" 2>&1 || status=$?
if [[ $status -eq 2 ]] && grep -q "missing.json" "$work/bad.txt" && ! grep -q Traceback "$work/bad.txt"; then
  pass "bad input: exit 2, $(head -n 1 "$work/bad.txt")"
else
  fail "bad input (exit $status):"; cat "$work/bad.txt"
fi

step "No terminal (as in a windowed start)"
# With standard output and error closed, Python sets sys.stdout/sys.stderr to None, as a
# windowed build does on Windows; rthook_streams.py sends them to the log.
status=0; "$APP" plan "$work/missing.json" >&- 2>&- || status=$?
log="$XDG_STATE_HOME/profile-planner/log/profile-planner.log"
if [[ $status -eq 2 ]] && grep -q "^profile-planner: .*missing.json" "$log" 2>/dev/null; then
  pass "exit 2, error in the log: $(grep "^profile-planner: " "$log" | head -n 1)"
else
  fail "exit $status; log $log:"; cat "$log" 2>/dev/null || true
fi

step "Wizard (offscreen)"
if [[ -f app/ui/main.py ]]; then
  status=0
  QT_QPA_PLATFORM=offscreen PROFILE_PLANNER_SMOKE=1 PROFILE_PLANNER_SMOKE_SHOT="$work/gui.png" \
    PROFILE_PLANNER_SMOKE_PDF="$work/out.pdf" timeout 90 "$APP" >"$work/gui.txt" 2>&1 || status=$?
  if [[ $status -eq 0 ]] && ! grep -q Traceback "$work/gui.txt"; then
    pass "$(grep 'window showed' "$work/gui.txt" | sed 's/^profile-planner: smoke test: //')"
    if [[ -f "$work/out.pdf" ]]; then
      grep -q "PDF preview: ${pages:-?} pages" "$work/gui.txt" \
        && pass "QtPdf opens and renders the generated PDF (${pages:-?} pages)" \
        || { fail "QtPdf preview:"; grep "PDF preview" "$work/gui.txt" || true; }
    fi
    mkdir -p out && cp "$work/gui.png" out/package-check-gui.png 2>/dev/null || true
  else
    fail "wizard (exit $status):"; cat "$work/gui.txt"
  fi
  # The real X11 plugin and the bundled xcb libraries, where Xvfb is installed (Debian: xvfb).
  if command -v xvfb-run >/dev/null; then
    status=0
    PROFILE_PLANNER_SMOKE=1 timeout 90 xvfb-run -a -s "-screen 0 1280x800x24" "$APP" \
      >"$work/x11.txt" 2>&1 || status=$?
    [[ $status -eq 0 ]] && grep -q "window showed" "$work/x11.txt" \
      && pass "under Xvfb (X11): window showed" || { fail "under Xvfb (exit $status):"; cat "$work/x11.txt"; }
  else
    echo "  skip  X11: xvfb-run is not installed (offscreen only)"
  fi
else
  echo "  skip  app/ui/main.py does not exist yet"
fi

step "Desktop integration"
desktop-file-validate "packaging/$ID.desktop" && pass "desktop-file-validate $ID.desktop" \
  || fail "desktop-file-validate"
appstreamcli validate --no-net "packaging/$ID.metainfo.xml" >"$work/as.txt" 2>&1 \
  && pass "appstreamcli validate --no-net $ID.metainfo.xml" || { fail "appstreamcli"; cat "$work/as.txt"; }
grep -q "<release version=\"$version\"" "packaging/$ID.metainfo.xml" \
  && pass "metainfo has release notes for $version" || fail "metainfo: no <release> for $version"
bash packaging/install-linux.sh "$work/prefix" >/dev/null
out="$("$work/prefix/bin/profile-planner" --version 2>&1)" && [[ "$out" == *"$version"* ]] \
  && [[ -f "$work/prefix/share/icons/hicolor/256x256/apps/$ID.png" ]] \
  && desktop-file-validate "$work/prefix/share/applications/$ID.desktop" \
  && pass "install-linux.sh: command, menu entry, icons, metainfo" || fail "install-linux.sh"

step "Size"
mb="$(du -sm dist/profile-planner | cut -f1)"
files="$(find dist/profile-planner -type f | wc -l)"
if [[ "$mb" -le "$MAX_MB" ]]; then
  pass "dist/profile-planner: $mb MB in $files files (budget $MAX_MB MB)"
else
  fail "dist/profile-planner: $mb MB is over the budget of $MAX_MB MB"
  du -sm dist/profile-planner/_internal/* | sort -n | tail -n 10
fi

echo
echo "Checked in $((SECONDS - started)) s."
echo "package-check: $passes passed, $failures failed"
[[ $failures -eq 0 ]]
