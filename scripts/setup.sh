#!/usr/bin/env bash
# One-step setup on a fresh Debian machine with Node 20 and npm: system tools the tests use,
# the pinned pnpm, dependencies, a build, and the flagship rendered to out/.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
command -v gs >/dev/null || missing+=(ghostscript)
[ -f /usr/share/java/epubcheck.jar ] || missing+=(epubcheck)
command -v chromium >/dev/null || missing+=(chromium)
command -v redis-server >/dev/null || missing+=(redis-server)
# A Latin-only font: the HTML font test gives Chromium this one system font and no other.
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${missing[*]}"
  $sudo apt-get update -qq
  # No system CJK fonts: every output and test brings its own (Noto from npm), so results do not
  # depend on what a machine happens to have installed.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" fonts-noto-cjk- >/dev/null
fi

want=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  npm install -g "pnpm@$want" --no-fund --no-audit >/dev/null
fi

pnpm install --frozen-lockfile
pnpm build
pnpm examples
