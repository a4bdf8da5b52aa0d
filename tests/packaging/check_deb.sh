#!/usr/bin/env bash
# Builds the Debian package with CPack from an already built tree, unpacks it
# into a temporary directory and checks what a user installing it would get:
# control fields and dependencies, the executables, the desktop entry, the
# AppStream metainfo and the icon (with the validators distributions use).
#
# Usage: check_deb.sh --cpack CPACK --config CPackConfig.cmake --app-id ID
#                     --version X.Y.Z --gui 0|1 --server 0|1
set -euo pipefail

cpack="" config="" app_id="" version="" gui=0 server=0
while [ $# -gt 0 ]; do
  case "$1" in
    --cpack) cpack=$2; shift 2 ;;
    --config) config=$2; shift 2 ;;
    --app-id) app_id=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --gui) gui=$2; shift 2 ;;
    --server) server=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ -n "$cpack" ] && [ -f "$config" ] && [ -n "$app_id" ] && [ -n "$version" ] || {
  echo "usage: $0 --cpack CPACK --config CPackConfig.cmake --app-id ID --version V --gui 0|1 --server 0|1" >&2
  exit 2
}

failures=0
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
note() { printf 'NOTE  %s\n' "$*"; }
check() { # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

for tool in dpkg-deb desktop-file-validate appstreamcli xmllint readelf; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool (run scripts/setup)" >&2; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. Build the package. -B keeps CPack's staging and output out of the build
#    tree, so a concurrent `cpack` or `ninja package` is not disturbed.
if ! "$cpack" --config "$config" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log"
  echo "FAIL  cpack -G DEB (is the tree built? run cmake --build first)"
  exit 1
fi
shopt -s nullglob
debs=("$tmp"/out/*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || { cat "$tmp/cpack.log"; echo "FAIL  expected one .deb, found ${#debs[@]}"; exit 1; }
deb=${debs[0]}
pass "cpack built $(basename "$deb")"

# 2. Control fields.
dpkg-deb --info "$deb" >"$tmp/info.txt"
field() { dpkg-deb -f "$deb" "$1"; }
arch=$(dpkg --print-architecture)
check "Package is quittance" test "$(field Package)" = quittance
check "Version $(field Version) starts with $version-" test "${version}-" = "$(field Version | sed -E 's/^([^-]+-).*/\1/')"
check "Architecture is $arch" test "$(field Architecture)" = "$arch"
check "Section is office" test "$(field Section)" = office
check "Maintainer is Name <address>" grep -Eq '^[^<>]+ <[^<>@ ]+@[^<>@ ]+>$' <<<"$(field Maintainer)"
check "Description has a synopsis and a long text" test "$(field Description | wc -l)" -gt 2
depends=$(field Depends)
echo "      Depends: $depends"
# Split "a (>= 1), b | c" into one alternative per line: "name (op version)".
dep_list=$(tr ',|' '\n\n' <<<"$depends" | sed -E 's/^ +//; s/ +$//' | sed '/^$/d')
# has_dep NAME: NAME is a dependency, by name (any version constraint).
has_dep() { awk -v n="$1" '$1 == n {found = 1} END {exit !found}' <<<"$dep_list"; }
# satisfies PKG: PKG is in Depends, or provides a (virtual) package that is,
# as libspdlog1.10 provides the libspdlog1.10-fmt9 its shlibs file names.
satisfies() {
  local v
  has_dep "$1" && return 0
  for v in $(dpkg-query -W -f='${Provides}' "$1" 2>/dev/null | tr ',' '\n' | awk '{print $1}'); do
    has_dep "$v" && return 0
  done
  return 1
}
check "Depends has libsqlcipher1 (>= 4.6)" grep -Fxq 'libsqlcipher1 (>= 4.6)' <<<"$dep_list"
check "Depends has fonts-dejavu-core" has_dep fonts-dejavu-core
if [ "$gui" = 1 ]; then
  check "Depends has libqt6svg6 (icon engine)" has_dep libqt6svg6
fi
# Every listed dependency must be a package Debian 12 has (from the apt
# lists this machine uses, which include bookworm-backports).
unknown=""
while read -r name _; do
  apt-cache show "$name" >/dev/null 2>&1 || unknown="$unknown $name"
done <<<"$dep_list"
check "every package in Depends is known to apt${unknown:+ (not:$unknown)}" test -z "$unknown"
# apt itself accepts the file and resolves every dependency from the archives
# this machine uses (bookworm and bookworm-backports): a simulated install.
if apt-get install --simulate --no-install-recommends "$deb" >"$tmp/apt.txt" 2>&1 &&
   grep -Eq '^(Inst quittance |quittance is already the newest)' "$tmp/apt.txt"; then
  pass "apt-get install (simulated) accepts the package and resolves its dependencies"
else
  cat "$tmp/apt.txt"; fail "apt-get install (simulated) of the package"
fi

# 3. Contents: paths, owners and modes.
dpkg-deb -c "$deb" >"$tmp/contents.txt"
check "every file is owned by root:root" test -z "$(awk '$2 != "root/root"' "$tmp/contents.txt")"
check "nothing is world-writable" test -z "$(awk 'substr($1,9,1) == "w" && substr($1,1,1) != "l"' "$tmp/contents.txt")"
check "everything is under /usr" test -z "$(awk '{print $6}' "$tmp/contents.txt" | grep -Ev '^\./$|^\./usr(/|$)' || true)"
check "no headers, static libraries or CMake files" \
  test -z "$(awk '{print $6}' "$tmp/contents.txt" | grep -E '\.(h|hpp|a|cmake)$|/include/' || true)"

root="$tmp/root"
dpkg-deb -x "$deb" "$root"

# 4. Executables.
bins=(quittance-cli)
[ "$gui" = 1 ] && bins+=(quittance)
[ "$server" = 1 ] && bins+=(quittance-server)
# owner PATH: the package that ships PATH, trying the /lib and /usr/lib
# spellings (Debian 12 is merged-/usr, but dpkg knows each file by one).
owner() {
  local p c pkg
  for p in "$1" "$(readlink -f "$1")"; do
    for c in "$p" "${p#/usr}" "/usr$p"; do
      pkg=$(dpkg -S "$c" 2>/dev/null | head -n1 | cut -d: -f1 || true)
      [ -n "$pkg" ] && { echo "$pkg"; return; }
    done
  done
}
for b in "${bins[@]}"; do
  f="$root/usr/bin/$b"
  if [ -f "$f" ] && [ -x "$f" ]; then pass "usr/bin/$b is present and executable"; else fail "usr/bin/$b is missing or not executable"; continue; fi
  check "usr/bin/$b is a PIE with full RELRO" \
    bash -c 'readelf -h "$1" | grep -q "DYN (Position-Independent Executable" && readelf -d "$1" | grep -q "BIND_NOW"' _ "$f"
  check "usr/bin/$b is stripped" test -z "$(readelf -S "$f" | grep -F '.symtab' || true)"
  # Every shared library it needs must come from a package in Depends.
  missing=""
  while read -r soname; do
    # "libfoo.so.1 => /path (addr)", or "/path/ld-linux-x86-64.so.2 (addr)"
    path=$(ldd "$f" | awk -v s="$soname" '$1 == s {print $3; exit} $1 ~ ("/" s "$") {print $1; exit}' || true)
    if [ -z "$path" ] || [ "$path" = "not" ]; then missing="$missing $soname(unresolved)"; continue; fi
    pkg=$(owner "$path")
    if [ -z "$pkg" ]; then missing="$missing $soname(no-package)"; elif ! satisfies "$pkg"; then missing="$missing $soname($pkg)"; fi
  done < <(readelf -d "$f" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  check "usr/bin/$b: the package of every NEEDED library is in Depends${missing:+ (not:$missing)}" test -z "$missing"
done
# The CLI runs from the unpacked tree with the system's libraries.
if [ -x "$root/usr/bin/quittance-cli" ]; then
  home="$tmp/home"; mkdir -p "$home"
  if HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
      "$root/usr/bin/quittance-cli" --help >"$tmp/help.txt" 2>&1 && grep -q 'vault' "$tmp/help.txt"; then
    pass "usr/bin/quittance-cli --help runs"
  else
    cat "$tmp/help.txt"; fail "usr/bin/quittance-cli --help runs"
  fi
fi

# 5. Desktop entry.
desktop="$root/usr/share/applications/$app_id.desktop"
if [ -f "$desktop" ]; then
  pass "usr/share/applications/$app_id.desktop is present"
  if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
    pass "desktop-file-validate: no errors, warnings or hints"
  else
    echo "$out"; fail "desktop-file-validate"
  fi
  key() { sed -n "s/^$1=//p" "$desktop" | head -n1; }
  exec_line=$(key Exec)
  exec_bin=$(awk '{print $1}' <<<"$exec_line")
  check "Exec= ($exec_line) names a program without a path" grep -Eq '^[A-Za-z0-9._-]+$' <<<"$exec_bin"
  check "TryExec= is the Exec= program" test "$(key TryExec)" = "$exec_bin"
  if [ "$gui" = 1 ]; then
    check "Exec= program usr/bin/$exec_bin is installed and executable" test -x "$root/usr/bin/$exec_bin"
    # It starts: still running (showing its window, offscreen) after 5 s.
    if [ -x "$root/usr/bin/$exec_bin" ]; then
      home="$tmp/home-gui"; mkdir -p "$home"; rc=0
      HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
        XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=disabled: \
        timeout 5 "$root/usr/bin/$exec_bin" >"$tmp/gui.txt" 2>&1 || rc=$?
      if [ "$rc" = 124 ]; then pass "usr/bin/$exec_bin starts (running after 5 s, offscreen)"
      else cat "$tmp/gui.txt"; fail "usr/bin/$exec_bin exited with $rc within 5 s"; fi
    fi
  else
    check "Exec= program is quittance" test "$exec_bin" = quittance
    note "the GUI target is not part of this build (QUITTANCE_BUILD_GUI=OFF?): usr/bin/$exec_bin is not in this package; TryExec= hides the entry"
  fi
  icon=$(key Icon)
  check "Icon= is the application id" test "$icon" = "$app_id"
else
  fail "usr/share/applications/$app_id.desktop is missing"
fi

# 6. Icon.
svg="$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
if [ -f "$svg" ]; then
  pass "usr/share/icons/hicolor/scalable/apps/$app_id.svg is present"
  check "the icon is well-formed XML" xmllint --noout "$svg"
  check "the icon's root is an SVG <svg> element" \
    test "$(xmllint --xpath 'concat(namespace-uri(/*), " ", local-name(/*))' "$svg")" = "http://www.w3.org/2000/svg svg"
  check "the icon is square (viewBox 0 0 N N)" \
    grep -Eq '^0 0 ([0-9.]+) \1$' <<<"$(xmllint --xpath 'string(/*/@viewBox)' "$svg")"
  check "the icon has no scripts or external references" \
    test -z "$(grep -Eio '<script|xlink:href="(https?|file):|href="(https?|file):' "$svg" || true)"
else
  fail "usr/share/icons/hicolor/scalable/apps/$app_id.svg is missing"
fi

# 7. AppStream metainfo.
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
if [ -f "$metainfo" ]; then
  pass "usr/share/metainfo/$app_id.metainfo.xml is present"
  if appstreamcli validate --no-net "$metainfo" >"$tmp/as.txt" 2>&1; then
    pass "appstreamcli validate --no-net"
  else
    cat "$tmp/as.txt"; fail "appstreamcli validate --no-net"
  fi
  # validate-tree also checks that the metainfo, desktop entry and icon fit
  # together as installed.
  if appstreamcli validate-tree --no-net "$root" >"$tmp/astree.txt" 2>&1; then
    pass "appstreamcli validate-tree --no-net"
  else
    cat "$tmp/astree.txt"; fail "appstreamcli validate-tree --no-net"
  fi
  x() { xmllint --xpath "$1" "$metainfo" 2>/dev/null || true; }
  check "metainfo <id> is $app_id" test "$(x 'string(/component/id)')" = "$app_id"
  check "metainfo launchable is $app_id.desktop" test "$(x 'string(/component/launchable[@type="desktop-id"])')" = "$app_id.desktop"
  check "metainfo's newest release is $version" test "$(x 'string(/component/releases/release[1]/@version)')" = "$version"
  check "metainfo has a content rating" test "$(x 'count(/component/content_rating)')" = 1
  check "metainfo has project_license" test -n "$(x 'string(/component/project_license)')"
else
  fail "usr/share/metainfo/$app_id.metainfo.xml is missing"
fi

check "usr/share/doc/quittance/copyright is present" test -f "$root/usr/share/doc/quittance/copyright"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all package checks passed"
