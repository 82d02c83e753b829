#!/usr/bin/env bash
# macOS equivalent of installer/build.sh: trimmed runtime, Spikeworks.app and a .dmg.
# NOT RUN: Spikeworks is built on Linux and jpackage cannot cross-build; this is the recipe for a macOS runner
# (CI matrix or a Mac). Needs JDK 17+ and Maven; Xcode command line tools for signing.
#
#   installer/macos/build.sh                 unsigned .dmg (Gatekeeper asks the user to allow it: right-click, Open)
#   SIGN_ID="Developer ID Application: ..." installer/macos/build.sh     signed (notarise it afterwards with notarytool)
#
# What differs from Linux:
# - ND4J's natives: macosx-x86_64 on Intel, macosx-arm64 on Apple silicon (whether ND4J 1.0.0-M2.1 ships an arm64
#   build was not checked; otherwise run the x86_64 build under Rosetta). JavaFX picks its "mac"/"mac-aarch64" jars.
# - The natives unpack on first run into ~/.javacpp/cache (about 400 MB, as on Linux).
# - The icon is installer/macos/spikeworks.icns, the same PNGs as Linux's (installer/icons.py packs assets/icons;
#   InstallerConsistencyTest checks it holds them).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/target/installer"
# Name, description, main class, launcher options, modules and assets: installer/package.properties, as on Linux
prop() { sed -n "s/^$1=//p" "$ROOT/installer/package.properties"; }
POM_VERSION="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)"
VERSION="${POM_VERSION%%-*}"
case "$(uname -m)" in arm64) CLASSIFIER=macosx-arm64 ;; *) CLASSIFIER=macosx-x86_64 ;; esac

cd "$ROOT"
mvn -B -q package -DskipTests -Dnd4j.classifier="$CLASSIFIER"
rm -rf "$OUT/input" "$OUT/runtime" "$OUT/app-image"; mkdir -p "$OUT/input/assets"
cp target/spikeworks.jar target/lib/*.jar "$OUT/input/"
for a in $(prop assets); do cp -r "assets/$a" "$OUT/input/assets/"; done
cp -r sample-projects "$OUT/input/"
rm -f "$OUT/input/sample-projects/.gitkeep"

jlink --add-modules "$(prop modules)" --strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=2 \
  --output "$OUT/runtime"

COMMON=(--name "$(prop name)" --app-version "$VERSION" --vendor "$(prop vendor)" --description "$(prop description)"
  --copyright "$(prop copyright)" --input "$OUT/input" --main-jar "$(prop main-jar)" --main-class "$(prop main-class)"
  --runtime-image "$OUT/runtime" --icon "$ROOT/installer/macos/spikeworks.icns"
  --mac-package-identifier io.spikeworks.app --mac-package-name Spikeworks)
for o in $(prop java-options); do COMMON+=(--java-options "$o"); done
SIGN=()
[[ -n "${SIGN_ID:-}" ]] && SIGN=(--mac-sign --mac-signing-key-user-name "$SIGN_ID")

jpackage --type app-image "${COMMON[@]}" "${SIGN[@]}" --dest "$OUT/app-image"
jpackage --type dmg "${COMMON[@]}" "${SIGN[@]}" --dest "$OUT"
ls -l "$OUT"/*.dmg
