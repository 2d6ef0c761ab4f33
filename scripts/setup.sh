#!/usr/bin/env bash
# Install what the kiosk needs on Debian 12 / Ubuntu 24.04 / Raspberry Pi OS, then the Python
# environment in .venv. Usage: scripts/setup.sh [--dev]   (--dev adds the test tools and Xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

# Qt's platform plugins, OpenGL/EGL, fonts, D-Bus, audio, libzbar for pyzbar: the same list the
# .deb package depends on.
mapfile -t debs < <(grep -v -e '^#' -e '^$' requirements/debian.txt)
# Tests: a virtual screen for the end-to-end tests, `import` for their screenshots, xdotool to
# tap the real app's buttons, and
# Chromium for the host pages (driven by Playwright with this browser, never its own download),
# Caddy to test the TLS reverse proxy example (packaging/Caddyfile) in front of the server, and
# poppler-utils: pdftotext reads the printed PDFs back in the tests.
[ "$dev" = 1 ] && debs+=(xvfb imagemagick chromium xdotool caddy poppler-utils)
python3 -m venv --help >/dev/null 2>&1 && python3 -c "import ensurepip" 2>/dev/null || debs+=(python3-venv)

missing=()
for pkg in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "These Debian packages are missing. Install them, then run this again:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "Python 3.11 or newer is needed; this is $(python3 --version)" >&2; exit 1; }

extras=""
[ "$dev" = 1 ] && extras="[dev]"
lock=requirements/kiosk.lock
[ "$dev" = 1 ] && lock=requirements/dev.lock
stamp=".venv/.installed$extras"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# The pinned, hashed set (requirements/*.lock, made by packaging/lock; the .deb packages install
# the same pins), then this project on top. Reinstall only when pyproject.toml or the lock changed.
want=$(cat pyproject.toml "$lock" | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q --require-hashes -r "$lock"
  # Anything pyproject.toml asks for that the lock lacks is installed unpinned, and said so.
  before=$(.venv/bin/python -m pip freeze --exclude-editable | sort)
  .venv/bin/python -m pip install -q -e ".$extras"
  extra=$(comm -13 <(echo "$before") <(.venv/bin/python -m pip freeze --exclude-editable | sort))
  [ -z "$extra" ] || echo "setup.sh: not pinned in $lock (run packaging/lock):" $extra >&2
  echo "$want" > "$stamp"
fi
