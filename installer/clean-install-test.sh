#!/usr/bin/env bash
# Installs the Spikeworks .deb on a clean Debian 12 (a debootstrap'ed minimal root, no VM or container engine
# needed) and checks that its declared dependencies are enough:
#   1. apt-get install ./spikeworks_*.deb, so apt pulls only what the .deb declares (listed in packages-added.txt);
#   2. every native library the app loads (the bundled Java runtime's, JavaFX's, ND4J's and OpenBLAS's, as
#      extracted from their jars) is resolved by ldd: a "not found" is a missing dependency, named with the host
#      package that provides it;
#   3. installer/smoke-test.sh /opt/spikeworks: version, datasets verify, a tiny train and its report;
#   4. the GUI under Xvfb (installed only now, after the library check, so that it cannot hide a missing library):
#      the start page, then the MNIST sample opened from it and trained for a while; screenshots of both.
#
#   sudo installer/clean-install-test.sh [DEB]     DEB defaults to target/installer/spikeworks_*_amd64.deb
#
# Root only (debootstrap, chroot, mounts). Environment: CLEAN_ROOT (default /tmp/clean-root, must be outside the
# checkout; about 1.5 GB while it runs), MIRROR (default: the host's first Debian source), KEEP_ROOT=1 to keep the
# root afterwards, OUT (default target/installer/clean-install) for logs and screenshots, BASE_TAR=FILE to keep
# the freshly debootstrap'ed root in FILE (about 250 MB) and start later runs from it. Takes 10–15 minutes on a
# busy machine, mostly debootstrap and downloads. Exit 0 when every check passed; missing libraries fail it.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
DEB="${1:-$(ls "$REPO"/target/installer/spikeworks_*_amd64.deb 2>/dev/null | head -1)}"
[[ -f "$DEB" ]] || { echo "error: no .deb (build it with installer/build.sh deb, or give its path)" >&2; exit 1; }
DEB="$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")"
ROOT="${CLEAN_ROOT:-/tmp/clean-root}"
OUT="${OUT:-$REPO/target/installer/clean-install}"
[[ $EUID -eq 0 ]] || { echo "error: run as root (debootstrap, chroot and mounts need it)" >&2; exit 1; }
case "$(realpath -m "$ROOT")/" in "$REPO"/*) echo "error: CLEAN_ROOT must be outside the checkout" >&2; exit 1 ;; esac
command -v debootstrap >/dev/null || { echo "error: debootstrap not found: apt-get install debootstrap" >&2; exit 1; }
if [[ -z "${MIRROR:-}" ]]; then
  MIRROR="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -m1 '/debian/*$' || true)"
  [[ -n "$MIRROR" ]] || MIRROR="$(awk '$1 == "deb" && $2 ~ /\/debian\/?$/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)"
  [[ -n "$MIRROR" ]] || { echo "error: no Debian mirror found in the host's apt sources; set MIRROR" >&2; exit 1; }
fi
mkdir -p "$OUT"
step() { printf '\n== %s\n' "$*"; }
in_root() { chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

cleanup() {
  for m in dev/pts dev sys proc; do mountpoint -q "$ROOT/$m" && umount -l "$ROOT/$m"; done
  # never delete through a mount that is still there (the host's /dev)
  if [[ "${KEEP_ROOT:-0}" != 1 ]] && ! grep -q " $ROOT/" /proc/mounts; then rm -rf "$ROOT"; fi
}

rm -rf "$ROOT"
trap cleanup EXIT
if [[ -n "${BASE_TAR:-}" && -f "${BASE_TAR:-}" ]]; then
  step "clean Debian 12 (minbase) from $BASE_TAR into $ROOT"
  mkdir -p "$ROOT" && tar -C "$ROOT" -xf "$BASE_TAR"
else
  step "debootstrap Debian 12 (minbase) into $ROOT from $MIRROR"
  debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR" > "$OUT/debootstrap.log" 2>&1 \
    || { tail -20 "$OUT/debootstrap.log" >&2; exit 1; }
  # BASE_TAR=FILE keeps the fresh root to start the next run from (the debootstrap takes minutes)
  if [[ -n "${BASE_TAR:-}" ]]; then tar -C "$ROOT" -cf "$BASE_TAR" .; fi
fi
mount -t proc proc "$ROOT/proc"
mount -t sysfs sys "$ROOT/sys"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
in_root dpkg-query -W -f '${Package}\n' | sort > "$OUT/packages-before.txt"

step "apt-get install ./$(basename "$DEB") (only what it declares)"
cp "$DEB" "$ROOT/tmp/"
in_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive in_root apt-get install -y --no-install-recommends "/tmp/$(basename "$DEB")" \
  > "$OUT/apt-install.log" 2>&1 || { tail -30 "$OUT/apt-install.log" >&2; exit 1; }
in_root dpkg-query -W -f '${Package}\n' | sort > "$OUT/packages-after.txt"
comm -13 "$OUT/packages-before.txt" "$OUT/packages-after.txt" > "$OUT/packages-added.txt"
echo "Depends: $(dpkg-deb -f "$DEB" Depends)"
echo "$(wc -l < "$OUT/packages-added.txt") packages installed with it (packages-added.txt)"
[[ "$(in_root dpkg-query -W -f '${Status}' spikeworks)" == "install ok installed" ]] \
  || { echo "FAIL: spikeworks is not configured" >&2; exit 1; }

step "native libraries: does every one resolve?"
# The jars' native libraries are extracted at run time into the user's caches; here they are extracted once (on
# the host, which has unzip) and ldd'ed inside the clean root, each group with its own folder on the search path.
NATIVE="$ROOT/tmp/natives"
rm -rf "$NATIVE"; mkdir -p "$NATIVE"
for jar in "$ROOT"/opt/spikeworks/lib/app/*.jar; do
  sos="$(unzip -Z1 "$jar" | grep -E '\.so(\.[0-9]+)*$' || true)"
  [[ -z "$sos" ]] && continue
  dir="$NATIVE/$(basename "$jar" .jar)"
  mkdir -p "$dir"
  unzip -q -j -o "$jar" $sos -d "$dir"
done
# JavaCPP loads OpenBLAS under the name ND4J's JNI library asks for (the same file, copied in its cache)
for d in "$NATIVE"/openblas-*/; do [[ -f "$d/libopenblas.so.0" ]] && ln -sf libopenblas.so.0 "$d/libopenblas_nolapack.so.0"; done
# the jars' libraries load one another from JavaCPP's cache, so all of their folders are searched together
BUNDLED="$(cd "$NATIVE" && for d in */; do printf '/tmp/natives/%s:' "${d%/}"; done)"
: > "$OUT/ldd-missing.txt"
check_libs() {  # folder inside the root, where its libraries are
  local d="$1"
  for so in $(cd "$ROOT$d" && find . -name '*.so*' -type f | sort); do
    in_root env LD_LIBRARY_PATH="$BUNDLED/opt/spikeworks/lib/runtime/lib:/opt/spikeworks/lib/runtime/lib/server" \
      ldd "$d/${so#./}" 2>&1 | awk -v lib="$d/${so#./}" '/not found/ {print lib ": " $1}' >> "$OUT/ldd-missing.txt" || true
  done
}
check_libs /opt/spikeworks/lib/runtime/lib
for d in "$NATIVE"/*/; do check_libs "/tmp/natives/$(basename "$d")"; done
# libprism_es2 alone needs libGL; glass picks GTK 3 (libglassgtk3) over GTK 2 (libglassgtk2 is not shipped)
MISSING="$(awk '{print $2}' "$OUT/ldd-missing.txt" | sort -u)"
if [[ -n "$MISSING" ]]; then
  echo "MISSING libraries (ldd-missing.txt has which library needs each):"
  for so in $MISSING; do
    pkg="$(dpkg -S "*/$so" 2>/dev/null | head -1 | cut -d: -f1 || true)"
    echo "  $so  (host package: ${pkg:-unknown})"
  done
  LIBS_OK=0
else
  echo "every native library resolves"
  LIBS_OK=1
fi

step "CLI from the installed package (installer/smoke-test.sh /opt/spikeworks)"
cp "$HERE/smoke-test.sh" "$ROOT/tmp/smoke-test.sh"
in_root bash /tmp/smoke-test.sh /opt/spikeworks 2>&1 | tee "$OUT/smoke-test.log"
[[ "${PIPESTATUS[0]}" == 0 ]] || { echo "FAIL: smoke test" >&2; exit 1; }

step "GUI under Xvfb: start page, then lesson 2 opened from it and trained"
DEBIAN_FRONTEND=noninteractive in_root apt-get install -y --no-install-recommends xvfb xauth xdotool x11-apps \
  > "$OUT/apt-install-gui.log" 2>&1 || { tail -30 "$OUT/apt-install-gui.log" >&2; exit 1; }
in_root dpkg-query -W -f '${Package}\n' | sort > "$OUT/packages-with-gui-tools.txt"
comm -13 "$OUT/packages-after.txt" "$OUT/packages-with-gui-tools.txt" > "$OUT/packages-gui-tools-added.txt"
cp "$HERE/clean-install-gui.sh" "$ROOT/tmp/clean-install-gui.sh"
in_root bash /tmp/clean-install-gui.sh /tmp/gui 2>&1 | tee "$OUT/gui.log"
GUI_RC="${PIPESTATUS[0]}"
for f in start-page trained; do
  if [[ -f "$ROOT/tmp/gui/$f.xwd" ]]; then convert "xwd:$ROOT/tmp/gui/$f.xwd" "$OUT/$f.png"; echo "screenshot: $OUT/$f.png"; fi
done
cp "$ROOT/tmp/gui/app.log" "$OUT/app.log" 2>/dev/null || true
[[ "$GUI_RC" == 0 ]] || { echo "FAIL: GUI check (gui.log, app.log)" >&2; exit 1; }
# A library the app dlopen'ed (ldd cannot see those) or a font it read that only the test tools' packages brought
# would be a missing dependency too.
: > "$OUT/runtime-missing.txt"
while read -r f; do
  case "$f" in /opt/spikeworks/*|/root/*|/tmp/*|/dev/*|/proc/*|/memfd*) continue ;; esac
  # Debian 12 merges /lib into /usr/lib, but dpkg knows most libraries by their /lib path
  pkg="$( (in_root dpkg -S "$f" 2>/dev/null || in_root dpkg -S "${f#/usr}" 2>/dev/null) | head -1 | cut -d: -f1 || true)"
  [[ -n "$pkg" ]] && grep -qx "$pkg" "$OUT/packages-gui-tools-added.txt" && echo "$f ($pkg)" >> "$OUT/runtime-missing.txt"
done < "$ROOT/tmp/gui/mapped-files.txt"
cp "$ROOT/tmp/gui/mapped-files.txt" "$OUT/"
if [[ -s "$OUT/runtime-missing.txt" ]]; then
  echo "MISSING at run time (mapped by the app, brought only by the test tools):"; sed 's/^/  /' "$OUT/runtime-missing.txt"
  LIBS_OK=0
else
  echo "every file the running app mapped comes with the .deb's dependencies ($(wc -l < "$OUT/mapped-files.txt") files)"
fi

step "apt-get purge spikeworks"
in_root apt-get purge -y spikeworks > "$OUT/apt-purge.log" 2>&1 || { tail -20 "$OUT/apt-purge.log" >&2; exit 1; }
[[ ! -e "$ROOT/opt/spikeworks" && ! -e "$ROOT/usr/share/applications/spikeworks-Spikeworks.desktop" ]] \
  || { echo "FAIL: purge left /opt/spikeworks or the menu entry" >&2; exit 1; }
echo "purged: /opt/spikeworks and the menu entry are gone"

[[ "$LIBS_OK" == 1 ]] || { echo "FAIL: the .deb lacks the dependencies above" >&2; exit 1; }
echo "clean install passed: $DEB (logs and screenshots in $OUT)"
