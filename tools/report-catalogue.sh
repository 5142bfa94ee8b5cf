#!/bin/sh
# The report's catalogue (report.po): the PDF, HTML, bios text and upkeep pages, with the
# core words they print (dates, groups, locked answers). Run from the repository root:
#   sh tools/report-catalogue.sh            extract, update every language's report.po, compile
#   sh tools/report-catalogue.sh compile    compile only (after a translator edits report.po)
# `make i18n` can call this. Needs Babel (in the test extras): .venv/bin/pybabel.
set -eu
PYBABEL=${PYBABEL:-.venv/bin/pybabel}
LOCALE=resources/locale
POT=$LOCALE/report.pot
SOURCES="app/report app/core/upkeep.py app/core/changes.py app/core/engine.py
  app/core/session.py app/core/startwith.py app/core/bio.py"
mkdir -p "$LOCALE"
if [ "${1:-}" != compile ]; then
  # shellcheck disable=SC2086 # the list of sources is split on purpose
  "$PYBABEL" -q extract --no-location --sort-output --omit-header -k _ -k N_ -k ngettext:1,2 \
    --project "Profile Planner" -o "$POT" $SOURCES
  for lang in cy; do
    po=$LOCALE/$lang/LC_MESSAGES/report.po
    if [ -f "$po" ]; then
      "$PYBABEL" -q update --no-fuzzy-matching -D report -l "$lang" -i "$POT" -o "$po"
    else
      mkdir -p "$(dirname "$po")"
      "$PYBABEL" -q init -D report -l "$lang" -i "$POT" -o "$po"
    fi
  done
fi
for po in "$LOCALE"/*/LC_MESSAGES/report.po; do
  "$PYBABEL" -q compile --use-fuzzy -D report -i "$po" -o "${po%.po}.mo"
done
