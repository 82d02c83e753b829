#!/bin/bash
# Config D side by side: snnTorch (config_d.py) and `bench --config D`, in turn, ROUNDS times, so that the host's
# drift (a fifth within the hour on the 2-core VM) falls on both alike. A check, never part of the build or CI.
# Needs: Debian's python3-torch (apt-get install -y python3-torch) and snnTorch's pure-Python source on PYTHONPATH
# (pip install snntorch, or a checkout's snntorch/ folder: SNNTORCH_SRC=/path/to/folder-holding-snntorch).
# Usage: tools/snntorch/side-by-side.sh [ROUNDS] [WARMUP] [TIMED]   (from the project folder, after mvn package)
set -euo pipefail
ROUNDS=${1:-3}; WARMUP=${2:-20}; TIMED=${3:-30}
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$HERE/../.." && pwd)
JAR=${JAR:-$ROOT/target/spikeworks.jar}
export PYTHONPATH=${SNNTORCH_SRC:-}${PYTHONPATH:+:$PYTHONPATH}
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r $(date -u +%H:%M:%S)"
  /usr/bin/python3 "$HERE/config_d.py" "$WARMUP" "$TIMED" "$ROOT/assets/datasets/fashion-mnist" | tail -1
  java -jar "$JAR" bench --config D --warmup "$WARMUP" --batches "$TIMED" --assets "$ROOT/assets" | grep '^bench config'
done
