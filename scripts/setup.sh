#!/usr/bin/env bash
# Installs and prepares everything ReplyCheck builds with, on Debian bookworm as root (or with sudo).
# Idempotent: each step leaves a stamp keyed by its inputs in .cache/ and is skipped while they hold.
#
#   1. Debian packages from scripts/apt-packages.txt            (apt-get install)
#   2. ICU 72.1 (bookworm) and Dear ImGui 1.90.1 (trixie) sources (apt-get source, sha256-checked)
#      through a PRIVATE apt configuration in .cache/apt: its deb-src entry is derived from the
#      system's /etc/apt/sources.list.d entry, and the system's own apt sources are never changed.
#   3. ICU's common library compiled with em++                   (.cache/icu-wasm)
#   4. The filtered ICU data package (scripts/icu-data.txt)     (.cache/icu-data/icudt72l.dat)
#   5. Header-only libraries the wasm build may include          (.cache/include)
#   6. npm test dependencies, pinned by tests/package-lock.json  (tests/node_modules)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache=${REPLYCHECK_CACHE:-$root/.cache}
mkdir -p "$cache"
export NODE_PATH=/usr/share/nodejs NODE_OPTIONS=--no-experimental-fetch

say() { printf '[setup] %s\n' "$*" >&2; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
hash_of() { cat "$@" | sha256sum | cut -c1-16; }
stamp_ok() { [ -f "$cache/stamps/$1" ] && [ "$(cat "$cache/stamps/$1")" = "$2" ]; }
stamp_set() { mkdir -p "$cache/stamps"; printf '%s' "$2" > "$cache/stamps/$1"; }

# --- 1. Debian packages -----------------------------------------------------------------------
packages=$(sed 's/#.*//' "$root/scripts/apt-packages.txt" | tr -s ' \n' ' ')
missing=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' $packages 2>/dev/null | awk '$2 != "ii" {print $1}' || true)
for p in $packages; do dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing="$missing $p"; done
missing=$(echo $missing | tr ' ' '\n' | sort -u | tr '\n' ' ')
if [ -n "${missing// /}" ]; then
  say "installing Debian packages: $missing"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# --- 2. Third-party sources -------------------------------------------------------------------
apt_dir="$cache/apt"
private_apt=(-o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache"
  -o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
  -o "Dir::Etc::Preferences=/dev/null" -o "Dir::Etc::PreferencesParts=$apt_dir/preferences.d"
  -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root")

# The archive and keyring come from the system's Debian entry; we only change the type to
# deb-src and the suites to the two we need.
write_private_sources() {
  local uri="" keyring=""
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    uri=$(awk '/^URIs:/ && !u {print $2; u=1}' "$f")
    keyring=$(awk '/^Signed-By:/ && !k {print $2; k=1}' "$f")
    grep -q '^Suites:.*bookworm' "$f" && [ -n "$uri" ] && break
    uri=""
  done
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && $0 ~ /bookworm/ {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list)
  fi
  [ -n "$uri" ] || die "no Debian bookworm entry in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list to derive a deb-src entry from"
  mkdir -p "$apt_dir/sources.list.d" "$apt_dir/preferences.d" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
  {
    echo "Types: deb-src"; echo "URIs: $uri"; echo "Suites: bookworm trixie"; echo "Components: main"
    [ -n "$keyring" ] && echo "Signed-By: $keyring"
  } > "$apt_dir/sources.list.d/replycheck-src.sources"
}

fetch_source() {  # suite package version file sha256
  local suite=$1 pkg=$2 version=$3 file=$4 sum=$5 dest="$cache/src/downloads"
  mkdir -p "$dest"
  if [ ! -f "$dest/$file" ] || [ "$(sha256sum < "$dest/$file" | cut -d' ' -f1)" != "$sum" ]; then
    if [ ! -f "$apt_dir/lists.stamp" ]; then
      write_private_sources
      say "reading Debian source indexes (bookworm, trixie) into $apt_dir"
      apt-get "${private_apt[@]}" update -qq || die "apt-get update of the private deb-src list failed"
      touch "$apt_dir/lists.stamp"
    fi
    say "fetching $pkg $version ($suite) with apt-get source"
    (cd "$dest" && apt-get "${private_apt[@]}" source --download-only -qq "$pkg=$version" >/dev/null) ||
      die "cannot fetch source package $pkg=$version from $suite. It is pinned in scripts/sources.lock; check that $suite's deb-src index still carries this version ('apt-cache showsrc $pkg' with the options in this script)"
  fi
  [ "$(sha256sum < "$dest/$file" | cut -d' ' -f1)" = "$sum" ] ||
    die "$file does not match the sha256 pinned in scripts/sources.lock"
}

unpack() {  # archive target-dir
  local archive=$1 target=$2
  stamp_ok "unpack-$(basename "$target")" "$(basename "$archive")" && [ -d "$target" ] && return 0
  rm -rf "$target" "$target.tmp"; mkdir -p "$target.tmp"
  tar -xf "$archive" -C "$target.tmp" --strip-components=1
  mv "$target.tmp" "$target"
  stamp_set "unpack-$(basename "$target")" "$(basename "$archive")"
}

while read -r suite pkg version file sum; do
  case "$suite" in ''|'#'*) continue ;; esac
  fetch_source "$suite" "$pkg" "$version" "$file" "$sum"
done < "$root/scripts/sources.lock"
unpack "$cache/src/downloads/icu_72.1.orig.tar.gz" "$cache/src/icu-72.1"
unpack "$cache/src/downloads/imgui_1.90.1+ds.orig.tar.xz" "$cache/src/imgui-1.90.1"

# --- 3. ICU common for wasm -------------------------------------------------------------------
icu_key=$(hash_of "$root/cmake/icu-wasm/CMakeLists.txt" "$root/scripts/sources.lock"; em++ --version | head -1)
if ! stamp_ok icu-wasm "$icu_key" || [ ! -f "$cache/icu-wasm/lib/libicuuc.a" ]; then
  say "building ICU common with em++ (about 2-4 minutes, once)"
  rm -rf "$cache/icu-wasm-build" "$cache/icu-wasm"
  cmake -S "$root/cmake/icu-wasm" -B "$cache/icu-wasm-build" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake \
    -DICU_SOURCE_DIR="$cache/src/icu-72.1/source" -DCMAKE_INSTALL_PREFIX="$cache/icu-wasm" >/dev/null
  cmake --build "$cache/icu-wasm-build" -j"$(nproc)" >/dev/null
  cmake --install "$cache/icu-wasm-build" >/dev/null
  rm -rf "$cache/icu-wasm-build"
  stamp_set icu-wasm "$icu_key"
fi

# --- 4. Filtered ICU data ---------------------------------------------------------------------
data_key=$(hash_of "$root/scripts/icu-data.txt" "$root/scripts/sources.lock")
if ! stamp_ok icu-data "$data_key" || [ ! -f "$cache/icu-data/icudt72l.dat" ]; then
  say "making the filtered ICU data package"
  work="$cache/icu-data/items"
  rm -rf "$cache/icu-data"; mkdir -p "$work/brkitr"
  icupkg -d "$work" -x "$root/scripts/icu-data.txt" "$cache/src/icu-72.1/source/data/in/icudt72l.dat"
  icupkg -tl --ignore-deps --toc_prefix icudt72l -s "$work" -a "$root/scripts/icu-data.txt" new "$cache/icu-data/icudt72l.dat"
  rm -rf "$work"
  stamp_set icu-data "$data_key"
fi

# --- 5. Header-only libraries for the wasm build ----------------------------------------------
# The wasm compiler must not see /usr/include as a whole, so the one library it needs is copied.
if [ ! -f "$cache/include/nlohmann/json.hpp" ] || ! cmp -s /usr/include/nlohmann/json.hpp "$cache/include/nlohmann/json.hpp"; then
  rm -rf "$cache/include/nlohmann"; mkdir -p "$cache/include"
  cp -r /usr/include/nlohmann "$cache/include/nlohmann"
fi

# --- 6. npm test dependencies -----------------------------------------------------------------
npm_key=$(hash_of "$root/tests/package-lock.json")
if ! stamp_ok npm "$npm_key" || [ ! -d "$root/tests/node_modules/playwright-core" ]; then
  say "installing npm test dependencies (tests/package-lock.json)"
  (cd "$root/tests" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  stamp_set npm "$npm_key"
fi
say "ready"
