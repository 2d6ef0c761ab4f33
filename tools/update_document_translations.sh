#!/usr/bin/env bash
# The printed documents' words (cards, evacuation list; kiosk/core/documents, used by the kiosk
# and the server alike): collect the N_() strings into documents.pot, merge them into
# locale/{da,de}/LC_MESSAGES/documents.po, and compile the .mo files (committed).
# Translate the new entries in the .po files (any PO editor), then run this again.
# tests/core/test_document_translations.py fails while one is missing or a .mo is stale.
set -euo pipefail
cd "$(dirname "$0")/../kiosk/core/documents"
pybabel=../../../.venv/bin/pybabel
[ -x "$pybabel" ] || pybabel=pybabel
"$pybabel" --quiet extract -F babel.cfg --no-location --sort-output --omit-header --project door-kiosk -k N_ -o locale/documents.pot .
for lang in da de; do
  if [ -f "locale/$lang/LC_MESSAGES/documents.po" ]; then
    "$pybabel" --quiet update --no-fuzzy-matching -D documents -i locale/documents.pot -d locale -l "$lang"
  else
    "$pybabel" --quiet init -D documents -i locale/documents.pot -d locale -l "$lang"
  fi
done
"$pybabel" compile --statistics -D documents -d locale
