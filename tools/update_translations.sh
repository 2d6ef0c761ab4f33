#!/usr/bin/env bash
# The .ts files in assets/translations are the one source of the kiosk's screen texts.
# This collects the strings of kiosk/ui into them (new ones arrive unfinished, gone ones are
# dropped) and compiles the .qm files the kiosk loads. Translate what is unfinished with
# Qt Linguist (.venv/bin/pyside6-linguist assets/translations/kiosk_de.ts) or any TS editor,
# then run this again; tests/ui/test_translations.py fails while anything is unfinished or stale.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
sources=$(find kiosk/ui -name '*.py' | sort)
for ts in assets/translations/kiosk_*.ts; do
  "$bin/pyside6-lupdate" -no-obsolete $sources -ts "$ts"
done
"$bin/pyside6-lrelease" assets/translations/kiosk_*.ts
