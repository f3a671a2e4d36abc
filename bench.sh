#!/usr/bin/env bash
# The benchmark command (docs/performance.md): builds the services, starts the local stack on free ports in a
# temporary data directory, runs bounded load against 127.0.0.1 only and prints one table per scenario with its
# baseline. Options: ./bench.sh --help (e.g. --scenario=gateway --duration=10). Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")"
for arg in "$@"; do
  case "$arg" in
    *' '*) echo "[bench] options take no spaces: $arg" >&2; exit 2 ;;
  esac
done
# --scenario=imports [--rows=N] [--heap=SIZE]: reading N students from one .xlsx and from CSV in one small JVM, no
# stack needed (docs/performance.md, "Imports")
if [[ " $* " == *" --scenario=imports "* ]]; then
  rows=100000 heap=256m
  for arg in "$@"; do
    case "$arg" in
      --rows=*) rows="${arg#--rows=}" ;;
      --heap=*) heap="${arg#--heap=}" ;;
    esac
  done
  exec ./mvnw -q -Pbench-imports -DskipTests -Dspotless.check.skip=true -pl student-service -am verify \
    -Dbench.rows="$rows" -Dbench.heap="$heap"
fi
# formatting is checked by the real build; a benchmark run should not fail on it; tests are the normal build's job
exec ./mvnw -q -Pbench -DskipTests -Dspotless.check.skip=true -pl benchmarks -am verify -Dbench.args="$*"
