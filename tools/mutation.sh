#!/bin/sh
# Mutation testing of kiosk/domain with mutmut ([tool.mutmut] in pyproject.toml says what is
# mutated and which tests run): one worker at low priority, so it can run beside other work.
# mutmut is not a project dependency; this installs it into .venv when it is missing.
# Then `.venv/bin/mutmut results` lists the survivors, `.venv/bin/mutmut show NAME` shows one.
set -eu
cd "$(dirname "$0")/.."
[ -x .venv/bin/mutmut ] || .venv/bin/pip install --quiet 'mutmut>=3.8,<4'
# Every property test's full example count (tests/conftest.py: examples).
export QT_QPA_PLATFORM=offscreen KIOSK_SOUND=0 KIOSK_HYPOTHESIS=full
exec nice -n 10 .venv/bin/mutmut run --max-children 1 "$@"
