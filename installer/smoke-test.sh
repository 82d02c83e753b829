#!/usr/bin/env bash
# Runs a built Spikeworks app-image headless, from a scratch folder outside the checkout, so that nothing can
# resolve to the source tree: version, datasets verify, a tiny train on a bundled sample, and a report of it.
#
#   installer/smoke-test.sh [APP_DIR]     APP_DIR defaults to target/installer/app-image/Spikeworks
#                                         (an installed .deb is /opt/spikeworks)
# Exit 0 when every step did what it should; otherwise the failing step and its output.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP="$(cd "${1:-$HERE/../target/installer/app-image/Spikeworks}" && pwd)"
LAUNCHER="$(ls "$APP"/bin/* | head -1)"
[[ -x "$LAUNCHER" ]] || { echo "error: no launcher in $APP/bin" >&2; exit 1; }
SAMPLES="$APP/lib/app/sample-projects"

SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
cd "$SCRATCH"
# No environment or properties that could point into a checkout.
unset SPIKEWORKS_ASSETS JAVA_HOME CLASSPATH JAVA_TOOL_OPTIONS

fail() { echo "FAIL: $1" >&2; cat "$SCRATCH/out.txt" >&2; exit 1; }
expect() { grep -q -- "$1" "$SCRATCH/out.txt" || fail "$2: expected '$1'"; }
check() {  # name, command...
  local name="$1"; shift
  local t0=$SECONDS
  "$@" >"$SCRATCH/out.txt" 2>&1 || fail "$name exited with $?"
  echo "ok   $name ($((SECONDS - t0)) s)"
}

# The launcher must add the Vector API module itself, or the app starts a second JVM to get it; with that relaunch
# turned off, the JVM's incubator warning shows whether the launcher added the module.
check "version" env SPIKEWORKS_NO_RELAUNCH=1 "$LAUNCHER" version
expect "^Spikeworks " version
expect "^Java 17" "version (the bundled runtime)"
expect "Using incubator modules: jdk.incubator.vector" "version: the launcher must add jdk.incubator.vector"

check "datasets" "$LAUNCHER" datasets
expect "^assets: $APP/lib/app/assets" "datasets (the bundled assets, not a checkout's)"

check "datasets verify" "$LAUNCHER" datasets verify
expect "sha256 ok" "datasets verify"
grep -qi "fail\|unreadable" "$SCRATCH/out.txt" && fail "datasets verify reported a problem"

check "train" "$LAUNCHER" train "$SAMPLES/mnist-bptt.json" --epochs 1 --limit-train 128 --limit-test 64 --quiet --out run
expect "done in" train
for f in metrics.csv confusion.csv summary.json project.json raster.csv weights.swweights; do [[ -s "run/$f" ]] || fail "train did not write $f"; done

check "report" "$LAUNCHER" report run --out report.html
for section in confusion raster weights; do
  grep -q "<section id=\"$section\">" report.html || fail "report has no $section section"
done
grep -q 'data:image/png;base64,' report.html || fail "report has no embedded image"
echo "smoke test passed: $APP"
