#!/usr/bin/env bash
# Builds Spikeworks for people without Maven or Java: a trimmed Java runtime (jdeps + jlink), a Linux app-image
# (jpackage), a .tar.gz of it and a .deb. Linux x64 only; installer/windows and installer/macos hold the
# equivalents for the other systems (jpackage cannot cross-build).
#
#   installer/build.sh                 everything: app-image, tarball and .deb (about 2 minutes)
#   installer/build.sh app-image       app-image and tarball only (about 20 s after Maven)
#   installer/build.sh deb             .deb only (reuses the app inputs)
#   SKIP_MAVEN=1 installer/build.sh    reuse target/spikeworks.jar and target/lib (e.g. after `mvn verify`)
#   MVN_OPTS=-o installer/build.sh     extra Maven options (offline here)
#   DPKG_DEB_COMPRESSOR_TYPE=gzip installer/build.sh deb   a quicker .deb to test with (dpkg-deb's own setting;
#                                      xz, the default, takes minutes on a busy machine and saves little on jars)
#
# What goes in (name, description, launcher options, runtime modules, assets) is installer/package.properties,
# which the macOS and Windows scripts read too.
# Output, all under target/installer/: runtime/, input/, app-image/Spikeworks/, Spikeworks-<v>-linux-x64.tar.gz,
# spikeworks_<v>_amd64.deb. Needs JDK 17+ (jdeps, jlink, jpackage), and for the .deb dpkg-deb and fakeroot.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
WHAT="${1:-all}"
case "$WHAT" in all|app-image|deb) ;; *) echo "usage: installer/build.sh [all|app-image|deb]" >&2; exit 2 ;; esac

JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
for tool in jdeps jlink jpackage; do
  command -v "${JAVA_BIN}$tool" >/dev/null || { echo "error: ${JAVA_BIN}$tool not found; install a JDK 17 (openjdk-17-jdk)" >&2; exit 1; }
done

# jpackage wants a purely numeric version: 0.1.0-SNAPSHOT becomes 0.1.0.
POM_VERSION="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)"
VERSION="${POM_VERSION%%-*}"
prop() { sed -n "s/^$1=//p" "$HERE/package.properties"; }
OUT="$ROOT/target/installer"
INPUT="$OUT/input"
RUNTIME="$OUT/runtime"

step() { printf '\n== %s\n' "$*"; }

if [[ "${SKIP_MAVEN:-0}" != 1 ]]; then
  step "Maven package (jar and libraries)"
  (cd "$ROOT" && mvn -B -q ${MVN_OPTS:-} package -DskipTests)
fi
[[ -f "$ROOT/target/spikeworks.jar" && -d "$ROOT/target/lib" ]] \
  || { echo "error: target/spikeworks.jar or target/lib missing; run without SKIP_MAVEN=1" >&2; exit 1; }

# The app is not modular (nd4j-api's module descriptor is broken), so every jar goes on the class path from
# input/; assets/ and sample-projects/ next to the jar are where AssetLocator and the start page look.
step "App inputs"
rm -rf "$INPUT"; mkdir -p "$INPUT/assets"
cp "$ROOT/target/spikeworks.jar" "$ROOT"/target/lib/*.jar "$INPUT/"
for a in $(prop assets); do cp -r "$ROOT/assets/$a" "$INPUT/assets/"; done   # screenshots stay out (README only)
cp -r "$ROOT/sample-projects" "$INPUT/"                                # includes lessons/ when present
rm -f "$INPUT/sample-projects/.gitkeep"

# Modules: what jdeps finds in our jar and each library, plus the ones it cannot see (reflection, the
# management beans the UI reads, the incubating Vector API the kernels use). Jars whose module-info requires
# javafx.* make jdeps fail; for those the copy without module-info is analysed.
modules_of() {
  "${JAVA_BIN}jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$1" 2>/dev/null | tail -1
}
# jdeps takes minutes for the 45 libraries, so their answer is kept in lib-modules.txt under a fingerprint of the
# library list (names and sizes) and reused while it stays the same; our own jar is analysed every time.
FINGERPRINT="$(cd "$ROOT/target/lib" && ls -l *.jar | awk '{print $5, $NF}' | sha256sum | cut -c1-16)"
if [[ "$WHAT" != deb || ! -d "$RUNTIME" ]]; then
  step "jdeps: modules the jars use"
  if [[ -f "$OUT/lib-modules.txt" && "$(head -1 "$OUT/lib-modules.txt")" == "$FINGERPRINT" ]]; then
    LIB_MODULES="$(tail -1 "$OUT/lib-modules.txt")"
    echo "libraries unchanged: their modules from $OUT/lib-modules.txt"
  else
    SCRATCH="$(mktemp -d)"; trap 'rm -rf "$SCRATCH"' EXIT
    FOUND=""
    for jar in "$ROOT"/target/lib/*.jar; do
      # native libraries only (nd4j, openblas, javafx -linux jars); not grep -q, whose early exit fails the pipe
      unzip -Z1 "$jar" | grep '\.class$' >/dev/null || continue
      m="$(modules_of "$jar" || true)"
      if [[ -z "$m" || "$m" == *rror* ]]; then
        cp "$jar" "$SCRATCH/plain.jar"
        zip -q -d "$SCRATCH/plain.jar" 'module-info.class' 'META-INF/versions/*/module-info.class' >/dev/null 2>&1 || true
        m="$(modules_of "$SCRATCH/plain.jar" || true)"
      fi
      [[ "$m" == *rror* ]] && m=""
      FOUND="$FOUND,$m"
    done
    LIB_MODULES="$FOUND"
    printf '%s\n%s\n' "$FINGERPRINT" "$LIB_MODULES" > "$OUT/lib-modules.txt"
  fi
  # javafx.* are jars on the class path, not runtime modules. The runtime gets package.properties' list (shared with
  # macOS and Windows); what jdeps finds must be in it.
  FOUND_MODULES="$(echo "$LIB_MODULES,$(modules_of "$INPUT/spikeworks.jar")" | tr ',' '\n' | grep -E '^(java|jdk)\.' | sort -u)"
  MODULES="$(prop modules)"
  MISSING="$(comm -23 <(echo "$FOUND_MODULES") <(echo "$MODULES" | tr ',' '\n' | sort -u) | paste -sd, -)"
  [[ -z "$MISSING" ]] || { echo "error: the jars use $MISSING; add them to modules= in installer/package.properties" >&2; exit 1; }
  echo "$MODULES"

  step "jlink: trimmed runtime"
  rm -rf "$RUNTIME"
  "${JAVA_BIN}jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages \
    --strip-native-commands --compress=2 --output "$RUNTIME"
  du -sh "$RUNTIME"
fi

# Options shared by every package type. The launcher adds the Vector API module itself, so the app does not
# start a second JVM to get it (VectorModuleRelaunch), and keeps the GC setting that relaunch would add.
COMMON=(--name "$(prop name)" --app-version "$VERSION" --vendor "$(prop vendor)" --description "$(prop description)"
  --copyright "$(prop copyright)" --input "$INPUT" --main-jar "$(prop main-jar)" --main-class "$(prop main-class)"
  --runtime-image "$RUNTIME" --icon "$ROOT/assets/icons/spikeworks-256.png")
for o in $(prop java-options); do COMMON+=(--java-options "$o"); done

if [[ "$WHAT" != deb ]]; then
  step "jpackage: app-image"
  rm -rf "$OUT/app-image"
  "${JAVA_BIN}jpackage" --type app-image "${COMMON[@]}" --dest "$OUT/app-image"
  TARBALL="$OUT/Spikeworks-$VERSION-linux-x64.tar.gz"
  tar -C "$OUT/app-image" -czf "$TARBALL" Spikeworks
  du -sh "$OUT/app-image/Spikeworks" "$TARBALL"
fi

if [[ "$WHAT" != app-image ]]; then
  step "jpackage: .deb"
  for tool in dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null || { echo "error: $tool not found; apt-get install dpkg-dev fakeroot" >&2; exit 1; }
  done
  rm -rf "$OUT/deb"; mkdir -p "$OUT/deb"
  # The libraries JavaFX 21's glass (GTK 3, libXtst) and prism-es2 (libGL, libXxf86vm) link, per readelf -d;
  # jpackage declares none of them. installer/linux holds a
  # postinst/prerm that still succeed where xdg-desktop-menu cannot install a menu entry (minimal systems).
  "${JAVA_BIN}jpackage" --type deb "${COMMON[@]}" --dest "$OUT/deb" \
    --linux-package-name spikeworks --linux-package-deps "libgtk-3-0, libxtst6, libxxf86vm1, libgl1" \
    --linux-shortcut --linux-menu-group "Education;Science" --linux-app-category science \
    --linux-deb-maintainer "spikeworks@example.org" --resource-dir "$HERE/linux"
  mv "$OUT"/deb/*.deb "$OUT/"
  ls -l "$OUT"/*.deb
fi
step "done: $OUT"
