#!/usr/bin/env bash
# Set up termsmith on a fresh Debian/Ubuntu machine: system packages for PDF
# rendering, a virtualenv in .venv, and termsmith with its test dependencies.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# libharfbuzz-subset0: without it WeasyPrint subsets CJK fonts ~40x slower.
# fonts-noto-cjk: the Chinese faces the PDF theme names; fonts-noto-core: Latin faces.
# chromium: the browser the termsmith serve tests drive through Playwright (never `playwright install`).
# libreoffice-writer-nogui: tests convert the DOCX with LibreOffice headless (numbering, fonts, redlines).
# gcc: compiles the lint's readers (mypyc; see below), an accelerator only.
SYSTEM_PACKAGES=(libharfbuzz-subset0 fonts-noto-cjk fonts-noto-core poppler-utils chromium libreoffice-writer-nogui gcc)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing system packages: ${missing[*]}" >&2
    echo "setup: run as root:  sudo apt-get install -y ${missing[*]}" >&2
    echo "setup: (PDF rendering of Chinese text needs them; validate and lint work without)" >&2
  fi
fi

# The faces a termsmith DOCX names (SimSun, PMingLiU, Times New Roman …) mapped to the Noto
# SC/TC faces, so LibreOffice draws Chinese in the right regional forms (see the file's comment).
FONT_CONF=rendering/fontconfig/64-termsmith-word-faces.conf
if [ "$(id -u)" = 0 ] && [ -d /etc/fonts/conf.d ]; then
  conf_dir=/etc/fonts/conf.d
else
  conf_dir="${XDG_CONFIG_HOME:-$HOME/.config}/fontconfig/conf.d"
fi
if ! cmp -s "$FONT_CONF" "$conf_dir/$(basename "$FONT_CONF")"; then
  mkdir -p "$conf_dir" && cp "$FONT_CONF" "$conf_dir/" && { command -v fc-cache >/dev/null && fc-cache -f >/dev/null || true; }
  echo "setup: installed $conf_dir/$(basename "$FONT_CONF")"
fi

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "setup: termsmith needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version 2>&1))" >&2
  exit 2
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
# constraints.txt pins every version (scripts/lock.sh regenerates it), so a new
# release upstream cannot break a fresh install overnight.
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test,dev]'
# the lint's readers compiled by mypyc into termsmith's cache (~30 s; README, "lint-compiled/"):
# an accelerator only, so a machine without a C compiler keeps the Python readers
.venv/bin/python -m termsmith.lint.compile_readers || echo "setup: lint runs its Python readers" >&2
echo "setup: ready — .venv/bin/termsmith --help"
