#!/usr/bin/env bash
# Inside the clean root of installer/clean-install-test.sh (needs xvfb, xdotool, x11-apps): starts the installed
# app on a 1280×800 Xvfb screen, screenshots its start page, opens lesson 2 (Fashion-MNIST, rate vs latency coding)
# by clicking its link there, presses Run (F5), waits until the live views show training and screenshots it. Writes OUT/start-page.xwd,
# OUT/trained.xwd and OUT/app.log. The click position is the link's place on that screen; if the layout of the
# start page changes, the window title check below says so.
set -euo pipefail
OUT="${1:?usage: clean-install-gui.sh OUT_DIR}"
mkdir -p "$OUT"
# A display number no one uses: a chroot shares the host's abstract X sockets, so a fixed one may be taken (and the
# app would then open on someone else's screen). Xvfb writes the number it chose.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$OUT/display" > "$OUT/xvfb.log" 2>&1 &
XVFB=$!
APP=""
trap '[[ -n "$APP" ]] && kill "$APP" 2>/dev/null; kill "$XVFB" 2>/dev/null' EXIT
for _ in $(seq 1 100); do [[ -s "$OUT/display" ]] && break; sleep 0.2; done
[[ -s "$OUT/display" ]] && kill -0 "$XVFB" 2>/dev/null || { echo "FAIL: Xvfb did not start"; cat "$OUT/xvfb.log"; exit 1; }
export DISPLAY=":$(head -1 "$OUT/display")"
[[ "$(xdotool getdisplaygeometry)" == "1280 800" ]] || { echo "FAIL: $DISPLAY is not our 1280×800 screen"; exit 1; }

cd "$OUT"
/opt/spikeworks/bin/Spikeworks > "$OUT/app.log" 2>&1 &
APP=$!
timeout 120 xdotool search --sync --onlyvisible --name '^Spikeworks' >/dev/null \
  || { echo "FAIL: no Spikeworks window within 120 s"; cat "$OUT/app.log"; exit 1; }
# Screen contents as the size of a compressed dump: a blank window compresses to about 14 KB, the start page or
# the live views to well over 100 KB, and the views grow again once a batch has drawn spikes into them.
shot() { xwd -root -silent > "$OUT/$1.xwd"; gzip -1 -c "$OUT/$1.xwd" | wc -c; }
# the start page lays out and loads its thumbnails after the window shows: wait until the screen has content and
# stops changing
previous=0
for _ in $(seq 1 90); do
  sleep 2
  now="$(shot start-page)"
  (( now > 60000 && now == previous )) && break
  previous="$now"
done
(( previous > 60000 )) || { echo "FAIL: the start page did not show within 3 minutes"; exit 1; }
echo "ok   window: $(xdotool getwindowname "$(xdotool search --onlyvisible --name '^Spikeworks' | head -1)")"

xdotool mousemove 334 456 click 1   # lesson 2's link on the start page
timeout 60 xdotool search --sync --name 'Lesson: rate vs latency' >/dev/null \
  || { echo "FAIL: clicking the start page's lesson 2 link did not open it"; xwd -root -silent > "$OUT/trained.xwd"; exit 1; }
echo "ok   opened from the start page: lesson 2"
settled=0
for _ in $(seq 1 30); do sleep 2; now="$(shot trained)"; (( now == settled )) && break; settled="$now"; done
xdotool key F5
# training: the first batch may take a minute on a busy machine (JIT, first loads); wait until the views have
# drawn it, then let a few more batches run before the screenshot
drawn=0
for _ in $(seq 1 60); do
  sleep 5
  now="$(shot trained)"
  if (( now * 100 > settled * 115 )); then drawn=1; break; fi
done
(( drawn == 1 )) || { echo "FAIL: no training batch was drawn within 5 minutes"; exit 1; }
sleep 20
shot trained > /dev/null
kill -0 "$APP" 2>/dev/null || { echo "FAIL: the app exited"; cat "$OUT/app.log"; exit 1; }
# every file the running app has mapped (libraries it linked or dlopen'ed, fonts, caches): the caller checks that
# each belongs to a package the .deb brought, not to one only the test tools brought
awk '$6 ~ /^\// {print $6}' "/proc/$APP/maps" | sort -u > "$OUT/mapped-files.txt"
echo "ok   $(wc -l < "$OUT/mapped-files.txt") files mapped by the running app"
if grep -E 'Exception|Error:' "$OUT/app.log" | grep -v 'Unsupported JavaFX configuration'; then
  echo "FAIL: the app logged an exception (app.log)"; exit 1
fi
echo "ok   trained under Xvfb, no exception logged"
