#!/usr/bin/env bash
# Install the Debian packages slaworkshop needs, only those missing.
#   run:  what the window needs (Qt's xcb platform libraries)
#   test: what the tests need (PostgreSQL server, HarfBuzz subsetting for WeasyPrint,
#         poppler-utils for looking at PDF pages, Qt's offscreen libraries)
# Without root (or without apt-get) it installs nothing and says what is skipped.
set -euo pipefail

common=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0)
run=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
     libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0)
test=(postgresql poppler-utils)

case "${1:-test}" in
  run)  wanted=("${common[@]}" "${run[@]}") ;;
  test) wanted=("${common[@]}" "${test[@]}") ;;
  *)    echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: no apt-get here; install these yourself if the tests need them: ${missing[*]}" >&2
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "install-system-deps: not root, so not installing: ${missing[*]}." >&2
  echo "install-system-deps: tests that need them (PostgreSQL, PDF pages) are skipped unless CI=true." >&2
  exit 0
fi
echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
