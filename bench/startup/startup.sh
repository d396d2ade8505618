#!/usr/bin/env bash
# Startup benchmark: time from launching the packaged JVM app to the first successful POST /events/{trigger}
# (HTTP 200 with a "sent" notification), for (a) the sample rules/ and templates/ and (b) N generated definitions
# with mirrors (bench/startup/generate.sh), interleaved, RUNS runs each; prints every run, the medians and the
# ratio b/a, and the compile duration each run logged ("Compiled ... in N ms").
#
# Usage: bench/startup/startup.sh            (from anywhere; works in the repository root)
# Environment: RUNS (default 7), COUNT (generated definitions, default 500), PORT (default 8280),
#              JAVA_OPTS (extra JVM flags, e.g. -XX:StartFlightRecording=...), CHECK=0 to skip the final check
#              that every generated trigger answers 200 with every notification sent or skipped.
# Production profile against the built-in sandbox: HERALD_UPSTREAM_MODE=sandbox HERALD_SANDBOX_ENABLED=true.
# Polling uses bash's /dev/tcp (no process per attempt) every 5 ms, so the poller takes almost no CPU from the JVM.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-7}"
COUNT="${COUNT:-500}"
PORT="${PORT:-8280}"
CHECK="${CHECK:-1}"
JAVA_OPTS="${JAVA_OPTS:-}"
JAR=target/quarkus-app/quarkus-run.jar
WORK=target/bench-startup
DEFS="$WORK/defs"
mkdir -p "$WORK"

# Build the packaged app when it is missing or older than the sources.
if [[ ! -f $JAR ]] || [[ -n "$(find src/main pom.xml -newer "$JAR" -type f -print -quit)" ]]; then
    echo "building $JAR ..." >&2
    ./mvnw -B -q package -DskipTests
fi
# Generate the definitions when missing or when the generator changed.
if [[ ! -f $DEFS/probe-trigger ]] || [[ bench/startup/Generate.java -nt $DEFS/probe-trigger ]] \
    || [[ "$(find "$DEFS/rules" -name '*.yaml' | wc -l)" -ne $((COUNT / 10)) ]]; then
    bench/startup/generate.sh "$DEFS" "$COUNT" >&2
fi

exec {pause}<> <(:) # read -t on this fd is a sleep without a process

# post PORT TRIGGER BODY LENGTH: sets STATUS and RESPONSE; returns 1 when the connection is refused.
post() {
    local port=$1 trigger=$2 body=$3 length=$4 line
    { exec {conn}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
    printf 'POST /events/%s HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %s\r\nConnection: close\r\n\r\n%s' \
        "$trigger" "$length" "$body" >&"$conn" 2>/dev/null || { exec {conn}>&-; return 1; }
    RESPONSE=""
    IFS= read -r -d '' -u "$conn" RESPONSE || true
    exec {conn}>&-
    line=${RESPONSE%%$'\r'*}
    line=${line#* }
    STATUS=${line%% *}
}
bytes() { LC_ALL=C; echo ${#1}; }

# run LABEL RULES TEMPLATES TRIGGER EVENT_FILE: prints "millis compile_ms"
run() {
    local label=$1 rules=$2 templates=$3 trigger=$4 body length log pid t0 t1 deadline
    body=$(<"$5")
    length=$(bytes "$body")
    log="$WORK/$label.log"
    t0=$EPOCHREALTIME
    HERALD_UPSTREAM_MODE=sandbox HERALD_SANDBOX_ENABLED=true HERALD_RULES_DIR="$rules" \
        HERALD_TEMPLATES_DIR="$templates" QUARKUS_HTTP_PORT="$PORT" \
        java $JAVA_OPTS -jar "$JAR" >"$log" 2>&1 &
    pid=$!
    deadline=$((${t0%.*} + 120))
    while true; do
        STATUS=""
        if post "$PORT" "$trigger" "$body" "$length" && [[ $STATUS == 200 && $RESPONSE == *'"status":"sent"'* ]]; then
            t1=$EPOCHREALTIME
            break
        fi
        if [[ -n $STATUS ]]; then
            echo "$label: unexpected answer $STATUS: ${RESPONSE##*$'\r\n\r\n'}" >&2
            kill "$pid"; wait "$pid" || true; return 1
        fi
        if ! kill -0 "$pid" 2>/dev/null || ((${EPOCHREALTIME%.*} > deadline)); then
            echo "$label: the app did not answer; log $log:" >&2; tail -20 "$log" >&2
            kill "$pid" 2>/dev/null || true; return 1
        fi
        read -r -t 0.005 -u "$pause" || true
    done
    if [[ $CHECK_ALL == 1 ]]; then check_all "$body" "$length"; fi
    kill "$pid"; wait "$pid" || true
    local compile
    compile=$(sed -n 's/.*Compiled [0-9]* notifications.* in \([0-9]*\) ms.*/\1/p' "$log" | head -1)
    awk -v a="$t0" -v b="$t1" -v c="${compile:-?}" 'BEGIN { printf "%d %s\n", (b - a) * 1000, c }'
}

# Every generated trigger answers 200 with each notification sent or skipped (the definitions are not only valid).
check_all() {
    local body=$1 length=$2 trigger bad=0 n=0
    while read -r trigger; do
        post "$PORT" "$trigger" "$body" "$length" || { echo "check: $trigger: no connection" >&2; bad=1; continue; }
        n=$((n + 1))
        if [[ $STATUS != 200 || $RESPONSE == *'"status":"failed"'* ]]; then
            echo "check: $trigger answered $STATUS: ${RESPONSE##*$'\r\n\r\n'}" >&2; bad=1
        fi
    done <"$DEFS/triggers"
    echo "check: $n generated triggers fired, $([[ $bad == 0 ]] && echo 'all 200' || echo 'FAILURES above')" >&2
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

SAMPLE=(samples rules templates customer.registered src/test/resources/events/customer.registered.json)
GEN=(generated "$DEFS/rules" "$DEFS/templates" "$(<"$DEFS/probe-trigger")" "$DEFS/event.json")
CHECK_ALL=0
if [[ $CHECK == 1 ]]; then
    CHECK_ALL=1
    run "${GEN[@]}" >/dev/null
    CHECK_ALL=0
fi

echo "warm-up (file cache, not counted)" >&2
run "${SAMPLE[@]}" >/dev/null
run "${GEN[@]}" >/dev/null

a_ms=() a_c=() b_ms=() b_c=()
printf '%-4s %-10s %12s %12s\n' run set first_req_ms compile_ms
for ((i = 1; i <= RUNS; i++)); do
    # alternate the order so that neither set always runs right after the other
    if ((i % 2)); then order=(a b); else order=(b a); fi
    for set in "${order[@]}"; do
        if [[ $set == a ]]; then
            read -r ms c < <(run "${SAMPLE[@]}"); a_ms+=("$ms"); a_c+=("$c"); name=samples
        else
            read -r ms c < <(run "${GEN[@]}"); b_ms+=("$ms"); b_c+=("$c"); name="generated"
        fi
        printf '%-4s %-10s %12s %12s\n' "$i" "$name" "$ms" "$c"
    done
done
ma=$(printf '%s\n' "${a_ms[@]}" | median); mb=$(printf '%s\n' "${b_ms[@]}" | median)
ca=$(printf '%s\n' "${a_c[@]}" | median); cb=$(printf '%s\n' "${b_c[@]}" | median)
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); runs: $RUNS each; JAVA_OPTS: ${JAVA_OPTS:-none}"
printf '%-28s %18s %14s\n' set "first request (ms)" "compile (ms)"
printf '%-28s %18s %14s\n' "(a) samples (6)" "$ma" "$ca"
printf '%-28s %18s %14s\n' "(b) generated ($COUNT)" "$mb" "$cb"
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "ratio b/a (median first request): %.2f\n", b / a }'
