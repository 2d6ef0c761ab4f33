#!/usr/bin/env bash
# The host pages' catalogs (Babel): collect the strings of kiosk/server/web (templates and code)
# into messages.pot, merge them into locale/{da,de}/LC_MESSAGES/messages.po, and compile the
# .mo files the server loads (committed, so a fresh clone works without this step).
# Translate the new or fuzzy entries in the .po files, then run this again.
# A test fails when a .mo is stale or a Danish or German string is missing.
set -euo pipefail
cd "$(dirname "$0")/../kiosk/server/web"
pybabel=../../../.venv/bin/pybabel
[ -x "$pybabel" ] || pybabel=pybabel
"$pybabel" --quiet extract -F babel.cfg --no-location --sort-output --omit-header --project door-kiosk -k N_ -o locale/messages.pot .
for lang in da de; do
  if [ -f "locale/$lang/LC_MESSAGES/messages.po" ]; then
    "$pybabel" --quiet update --no-fuzzy-matching --ignore-obsolete -i locale/messages.pot -d locale -l "$lang"
  else
    "$pybabel" --quiet init -i locale/messages.pot -d locale -l "$lang"
  fi
done
"$pybabel" compile --statistics -d locale
