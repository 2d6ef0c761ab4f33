#!/usr/bin/env bash
# Collect the UI's strings into the .ts sources, fill what the tables in fill_translations.py
# know (and strings that only moved to another class), then compile the .qm files the kiosk loads.
# Translate new strings in assets/translations/*.ts (Qt Linguist: pyside6-linguist FILE.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
sources=$(find kiosk/ui -name '*.py' | sort)
for ts in assets/translations/kiosk_*.ts; do
  "$bin/pyside6-lupdate" $sources -ts "$ts"   # old entries kept for a moment: moved strings carry over
done
"$bin/python" tools/fill_translations.py || echo "some strings have no translation yet (listed above)" >&2
for ts in assets/translations/kiosk_*.ts; do
  "$bin/pyside6-lupdate" -no-obsolete $sources -ts "$ts"
done
"$bin/pyside6-lrelease" assets/translations/kiosk_*.ts
