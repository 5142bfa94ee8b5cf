#!/usr/bin/env bash
# Build Profile Planner for distribution (run by `make package`, after `make venv`):
#   dist/profile-planner/                       the stand-alone app (PyInstaller, one folder)
#   dist/profile_planner-VERSION-*.whl, .tar.gz the wheel and sdist (python -m build)
# Usage: bash packaging/build.sh [app|wheel|all]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-all}"
PY="${PYTHON:-.venv/bin/python}"
PIP=("$PY" -m pip install --quiet --disable-pip-version-check)

# Build tools live in the project's venv, not in the app's dependencies.
"$PY" -c "import PyInstaller" 2>/dev/null || "${PIP[@]}" "pyinstaller>=6.10,<7"
"$PY" -c "import build" 2>/dev/null || "${PIP[@]}" "build>=1.2"

if [[ "$what" == wheel || "$what" == all ]]; then
  rm -f dist/profile_planner-*.whl dist/profile_planner-*.tar.gz
  "$PY" -m build --outdir dist . >build-wheel.log 2>&1 || { cat build-wheel.log; exit 1; }
  rm -f build-wheel.log
  ls -1 dist/profile_planner-*
fi

# Linux: an empty ICU data library instead of Qt's 31 MB one (see packaging/README.md).
# PROFILE_PLANNER_FULL_ICU=1 keeps the real one; so does a machine with no C compiler.
icu_stub() {
  [[ "$(uname -s)" == Linux && -z "${PROFILE_PLANNER_FULL_ICU:-}" ]] || return 0
  local qtlib icu ver
  qtlib="$("$PY" -c 'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent / "Qt/lib")')"
  icu="$(ls "$qtlib"/libicudata.so.* 2>/dev/null | head -n 1)"
  [[ -n "$icu" ]] || return 0
  if ! command -v cc >/dev/null; then
    echo "No C compiler (cc): keeping the full ICU data library (+31 MB)." >&2
    return 0
  fi
  ver="${icu##*.so.}"; ver="${ver%%.*}"
  mkdir -p build/icu-stub
  cc -shared -fPIC -O2 -s -DICU_DATA_ENTRY="icudt${ver}_dat" -Wl,-soname,"libicudata.so.${ver}" \
    -o "build/icu-stub/libicudata.so.${ver}" packaging/icu_stub.c
  export PROFILE_PLANNER_ICU_STUB="$PWD/build/icu-stub/libicudata.so.${ver}"
}

if [[ "$what" == app || "$what" == all ]]; then
  start=$SECONDS
  icu_stub
  mkdir -p build
  if ! "$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
       --workpath build/pyinstaller packaging/profile-planner.spec >build/pyinstaller.log 2>&1; then
    cat build/pyinstaller.log
    echo "PyInstaller failed (log: build/pyinstaller.log)" >&2
    exit 1
  fi
  # Not shown: libraries PyInstaller cannot find here, which come from the system at run time
  # (xcb; GTK for a plugin the spec leaves out) and Windows DLLs named by platformdirs.
  grep -v -e "Library not found: could not resolve" -e "required via ctypes not found" \
    -e " INFO: " build/pyinstaller.log || true
  echo "Built dist/profile-planner/ in $((SECONDS - start)) s:" \
    "$(du -sm dist/profile-planner | cut -f1) MB"
fi
