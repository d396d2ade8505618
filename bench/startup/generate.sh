#!/usr/bin/env bash
# Writes N (default 500) varied, valid Herald definitions with template mirrors into OUT_DIR:
#   OUT_DIR/rules/*.yaml, OUT_DIR/templates/*.yaml (+ two includable .txt files),
#   OUT_DIR/event.json (an event every generated trigger resolves), OUT_DIR/probe-trigger.
# Usage: bench/startup/generate.sh [OUT_DIR=target/bench-startup/defs] [N=500] [SEED=42]
# Needs only a JDK 17+ (single-file source launch); the output is deterministic.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-target/bench-startup/defs}"
count="${2:-500}"
seed="${3:-42}"
exec java "$here/Generate.java" "$out" "$count" "$seed"
