#!/usr/bin/env bash
# Native executable against the JVM build, in the same run:
#  1. startup: time from exec to the first sent event, CPU to it and RSS at it, with the 6 sample definitions and with
#     COUNT (500) generated ones (bench/startup/startup.sh with the native executable as the compared app);
#  2. memory: RSS idle, then RSS while and after a steady RATE (500) events/s for DURATION (60) s, delivered to a
#     standalone sandbox process (so that Herald's RSS is its own), driven open-loop by h2load --rps.
# Usage: bench/native.sh     Environment: RUNS (startup rounds, default 5), COUNT, RATE, DURATION, PORT (default 18290),
#   NATIVE_OPTS (run-time options of the native executable, e.g. -Xmn16m), JAVA_OPTS (of the JVM),
#   PHASES ("startup memory" by default; one of them alone runs only that one)
# Needs the native executable (bash .ci/native, or ./mvnw -B package -DskipTests -Dnative) and the jar
# (./mvnw -B package -DskipTests, built here when missing); h2load (apt-get install nghttp2-client) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-5}"
RATE="${RATE:-500}"
DURATION="${DURATION:-60}"
PORT="${PORT:-18290}"
SANDBOX_PORT=$((PORT + 1))
JAR=target/quarkus-app/quarkus-run.jar
NATIVE="${NATIVE:-$(ls target/*-runner 2>/dev/null | head -1)}"
OUT=target/bench-native
mkdir -p "$OUT"
die() { echo "native.sh: $*" >&2; exit 1; }
[[ -x $NATIVE ]] || die "no native executable in target/: build it with bash .ci/native (or ./mvnw -B package -DskipTests -Dnative)"
[[ -f $JAR ]] || ./mvnw -B -q package -DskipTests
command -v h2load >/dev/null || die "h2load is missing: apt-get install -y nghttp2-client"

PHASES="${PHASES:-startup memory}"
NATIVE_OPTS="${NATIVE_OPTS:-}"
JAVA_OPTS="${JAVA_OPTS:-}"
if [[ $PHASES == *startup* ]]; then
    echo "== 1. startup (exec to first sent event), $RUNS rounds; 'this' is the jar, 'compare' the native executable"
    RUNS="$RUNS" COMPARE_JAR="$NATIVE" PORT="$PORT" NATIVE_OPTS="$NATIVE_OPTS" JAVA_OPTS="$JAVA_OPTS" \
        bench/startup/startup.sh | tee "$OUT/startup.txt"
fi
[[ $PHASES == *memory* ]] || exit 0

rss() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
hwm() { awk '/^VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
cpu() { local s; read -r -a s <"/proc/$1/stat"; echo $(((s[13] + s[14]) * 1000 / $(getconf CLK_TCK))); }
await() { for _ in $(seq 600); do curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null && return 0; sleep 0.1; done; die "port $1 not ready"; }

echo "== 2. memory at $RATE events/s for $DURATION s (standalone sandbox on :$SANDBOX_PORT)"
java -Dquarkus.profile=sandbox -Dquarkus.http.port="$SANDBOX_PORT" -jar "$JAR" >"$OUT/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true' EXIT
await "$SANDBOX_PORT"
event=src/test/resources/events/customer.registered.json
echo "native options: ${NATIVE_OPTS:-none}; JVM options: ${JAVA_OPTS:-none}" | tee "$OUT/memory.txt"
printf '%-8s %9s %9s %12s %12s %9s %22s %12s\n' app idle_mb load_mb after_mb peak_mb succeeded status_codes cpu_ms_load \
    | tee "$OUT/memory.txt"
for app in "$NATIVE" "$JAR"; do
    # word splitting of the options is meant
    if [[ $app == *.jar ]]; then name=jvm; cmd=(java $JAVA_OPTS -jar "$app"); else name=native; cmd=("$app" $NATIVE_OPTS); fi
    HERALD_UPSTREAM_MODE=sandbox HERALD_UPSTREAM_BASE_URL="http://127.0.0.1:$SANDBOX_PORT/sandbox" \
        QUARKUS_HTTP_PORT="$PORT" "${cmd[@]}" >"$OUT/$name.log" 2>&1 &
    pid=$!
    await "$PORT"
    curl -sf -X POST -H 'Content-Type: application/json' --data-binary @"$event" \
        "http://127.0.0.1:$PORT/events/customer.registered" >/dev/null
    sleep 5
    idle=$(rss $pid)
    before=$(cpu $pid)
    clients=10
    h2load --h1 -n $((RATE * DURATION)) -c $clients --rps $((RATE / clients)) -H 'Content-Type: application/json' \
        -d "$event" "http://127.0.0.1:$PORT/events/customer.registered" >"$OUT/$name-h2load.txt" 2>&1 &
    load=$!
    peak_during=0
    while kill -0 $load 2>/dev/null; do
        now=$(rss $pid); ((now > peak_during)) && peak_during=$now
        sleep 1
    done
    wait $load || true
    used=$(($(cpu $pid) - before))
    after=$(rss $pid)
    peak=$(hwm $pid)
    done=$(sed -n 's/^requests: .* \([0-9]*\) succeeded.*/\1/p' "$OUT/$name-h2load.txt")
    codes=$(sed -n 's/^status codes: \([0-9]*\) 2xx, [0-9]* 3xx, \([0-9]*\) 4xx, \([0-9]*\) 5xx/2xx=\1,4xx=\2,5xx=\3/p' \
        "$OUT/$name-h2load.txt")
    printf '%-8s %9s %9s %12s %12s %9s %22s %12s\n' "$name" "$idle" "$peak_during" "$after" "$peak" "${done:-?}" \
        "${codes:-?}" "$used" | tee -a "$OUT/memory.txt"
    kill $pid; wait $pid || true
done
echo "$(date -u +%FT%TZ); load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs" | tee -a "$OUT/memory.txt"
echo "columns: idle = RSS 5 s after the first event; load = highest RSS sampled each second during the load;" \
    "after = RSS when the load ended; peak = VmHWM (the process's high-water mark)" | tee -a "$OUT/memory.txt"
