#!/bin/sh
# Kept for habit: every catalogue, the report's included, is made by one tool now.
#   sh tools/report-catalogue.sh      the same as: make i18n (extract, update, compile)
# See tools/i18n.py and "For translators" in README.md.
set -eu
exec "${PYTHON:-.venv/bin/python}" -m tools.i18n
