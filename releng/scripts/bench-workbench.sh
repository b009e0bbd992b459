#!/usr/bin/env bash
# Start-up benchmark of the workbench (issue 9's "time from launch to a usable window, warm"): starts
# the built product's workbench RUNS times (default 5) on a fresh workspace after one cold start that
# creates the sample project, and prints, for each warm start, the time from launching the process
# to the first turn of the event loop with the window open (the product writes it when started with
# -Dverbatim.bench.readyFile and then closes itself normally, saving its layout for the next start).
# Needs a display: uses $DISPLAY, or starts a private Xvfb with twm when there is none.
# BENCH_JAVA_OPTIONS adds JVM options (-D/-X) to every start, to compare settings, e.g. without the
# Statement editor's warm-up:  BENCH_JAVA_OPTIONS=-Dverbatim.editorWarmUp=false releng/scripts/bench-workbench.sh
#   releng/scripts/bench-workbench.sh [RUNS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/releng/scripts/java.sh"
PRODUCT="$ROOT/releng/org.verbatim.repository/target/products/org.verbatim.app.product/linux/gtk/x86_64/verbatim/verbatim"
runs="${1:-5}"
extra="${BENCH_JAVA_OPTIONS:-}"
if [ ! -x "$PRODUCT" ]; then
  echo "bench-workbench: no built product at $PRODUCT; build it first with ./verbatim --help" >&2
  exit 1
fi
work="$(mktemp -d)"
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  display=:$(( 500 + RANDOM % 400 ))
  Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 50); do DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  DISPLAY=$display twm -f "$ROOT/releng/scripts/twmrc" >/dev/null 2>&1 &
  pids+=($!)
  export DISPLAY=$display
fi

# One start of the workbench; prints "WALL_MS JVM_MS" (launch to ready, JVM start to ready).
start_once() {
  local ready="$work/ready" t0 line
  rm -f "$ready"
  t0=$(date +%s%3N)
  VERBATIM_WORKSPACE="$work/workspace" JAVA_TOOL_OPTIONS="-Dverbatim.bench.readyFile=$ready${extra:+ $extra}" \
    timeout 300 "$PRODUCT" >"$work/log" 2>&1 || true
  if [ ! -s "$ready" ]; then
    echo "bench-workbench: the workbench did not report a usable window; its output is:" >&2
    tail -n 20 "$work/log" >&2
    exit 1
  fi
  read -r line <"$ready"
  set -- $line
  echo "$(( $1 - t0 )) $2"
}

cold=$(start_once)
echo "cold start (new workspace, sample project created): ${cold%% *} ms from launch"
# the sample project is imported by a background job after the first window: let it finish
sleep 5
walls=()
for i in $(seq "$runs"); do
  r=$(start_once)
  walls+=("${r%% *}")
  echo "warm start $i: ${r%% *} ms from launch to a usable window (${r##* } ms after the JVM started)"
done
sorted=($(printf '%s\n' "${walls[@]}" | sort -n))
echo "warm starts: median ${sorted[$(( runs / 2 ))]} ms, best ${sorted[0]} ms, worst ${sorted[$(( runs - 1 ))]} ms over $runs runs (load average $(cut -d' ' -f1 /proc/loadavg))${extra:+, with $extra}"
