#!/usr/bin/env bash
# End-to-end load harness (issue 6, parts 2 and 4): Herald against a naive forwarder, both delivering to the same
# sandbox process, in the same run. See bench/load.md for what it measures, why, and the last results.
#
#   bench/load.sh                       # build if needed, run everything (about 7 minutes), print the results table
#   ROUNDS=1 WRK_DURATION=10 bench/load.sh            # shorter
#   PROFILE=1 bench/load.sh             # also async-profiler (Maven Central) in Herald during its first max round
#   THREAD_SWEEP="8 32 200" bench/load.sh              # then restart Herald per quarkus.thread-pool.max-threads value
#
# Every setting below can be overridden from the environment. Results go to $OUT (bench/out/<timestamp>/):
# results.md (the table), the raw wrk/h2load outputs, the three logs, Herald's GC log, memory samples, profile.txt.
# Needs: a JDK 17 (java, jcmd, jar), curl, jq, wrk, h2load (the last four are apt-get installed when missing).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# ---- settings --------------------------------------------------------------------------------------------------
HERALD_PORT=${HERALD_PORT:-8180}
SANDBOX_PORT=${SANDBOX_PORT:-8189}
FORWARDER_PORT=${FORWARDER_PORT:-8190}
TRIGGER=${TRIGGER:-customer.registered}
EVENT_FILE=${EVENT_FILE:-$ROOT/src/test/resources/events/customer.registered.json}
# Maximum throughput (closed loop): wrk, fixed threads/connections/duration (seconds).
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-64}
WRK_DURATION=${WRK_DURATION:-20}
WARMUP_DURATION=${WARMUP_DURATION:-90} # C2 is still compiling Herald after 60 s of load (-XX:+PrintCompilation), quiet by 80 s
ROUNDS=${ROUNDS:-2}
# Fixed rate (open loop): h2load --rps; default rate = half the forwarder's measured maximum.
FIXED_RATE=${FIXED_RATE:-}
FIXED_DURATION=${FIXED_DURATION:-30}
FIXED_WARMUP=${FIXED_WARMUP:-5}
PER_CLIENT_RPS=${PER_CLIENT_RPS:-10}
H2LOAD_PROCS=${H2LOAD_PROCS:-10}
# Herald under test.
HERALD_RATE_LIMIT=${HERALD_RATE_LIMIT:-1000}
HERALD_MAX_THREADS=${HERALD_MAX_THREADS:-}
HERALD_JVM_OPTS=${HERALD_JVM_OPTS:--Xms128m -Xmx128m}
FORWARDER_JVM_OPTS=${FORWARDER_JVM_OPTS:--Xms128m -Xmx128m}
SANDBOX_JVM_OPTS=${SANDBOX_JVM_OPTS:--Xmx512m}
PROFILE=${PROFILE:-0}
THREAD_SWEEP=${THREAD_SWEEP:-}
OUT=${OUT:-$ROOT/bench/out/$(date +%Y%m%d-%H%M%S)}

HERALD_URL="http://localhost:$HERALD_PORT/events/$TRIGGER"
FORWARDER_URL="http://localhost:$FORWARDER_PORT/events/$TRIGGER"
SANDBOX="http://localhost:$SANDBOX_PORT/sandbox"
HERALD_JAR=$ROOT/target/quarkus-app/quarkus-run.jar
FORWARDER_JAR=$ROOT/bench/forwarder/target/quarkus-app/quarkus-run.jar

log() { printf '[load %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
    log "FAILED: $*"
    exit 1
}

# ---- tools -----------------------------------------------------------------------------------------------------
missing=()
for tool in wrk h2load jq curl; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    packages=()
    for tool in "${missing[@]}"; do
        case $tool in
        h2load) packages+=(nghttp2-client) ;;
        *) packages+=("$tool") ;;
        esac
    done
    if command -v apt-get >/dev/null 2>&1 && [[ $(id -u) == 0 ]]; then
        log "installing ${packages[*]} (missing: ${missing[*]})"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
    else
        die "missing ${missing[*]}: install the Debian packages ${packages[*]} (apt-get install -y ${packages[*]})"
    fi
fi
for tool in wrk h2load jq curl java jcmd awk sort; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found (java and jcmd come with a JDK 17, e.g. openjdk-17-jdk-headless)"
done
[[ -f $EVENT_FILE ]] || die "no event file $EVENT_FILE"

# ---- build -----------------------------------------------------------------------------------------------------
stale() { # jar, sources...: true when the jar is missing or older than a source file
    local jar=$1
    shift
    [[ ! -f $jar ]] || [[ -n $(find "$@" -newer "$jar" -type f -print -quit 2>/dev/null) ]]
}
if stale "$HERALD_JAR" src/main pom.xml; then
    log "building Herald: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests
fi
if stale "$FORWARDER_JAR" bench/forwarder/src bench/forwarder/pom.xml; then
    log "building the forwarder: ./mvnw -B -q -f bench/forwarder/pom.xml package -DskipTests"
    ./mvnw -B -q -f bench/forwarder/pom.xml package -DskipTests
fi

mkdir -p "$OUT"
log "results in $OUT"

# Profiler (PROFILE=1): async-profiler from Maven Central, its native library loaded into Herald with jcmd
# (JVMTI.agent_load; the agent's options are quoted, else jcmd reads "event=..." as its own named argument).
PROFILER_LIB=
if [[ $PROFILE == 1 ]]; then
    profiler_jar=$HOME/.m2/repository/tools/profiler/async-profiler/4.1/async-profiler-4.1.jar
    [[ -f $profiler_jar ]] || ./mvnw -B -q dependency:get -Dartifact=tools.profiler:async-profiler:4.1
    case $(uname -m) in
    x86_64) platform=linux-x64 ;;
    aarch64) platform=linux-arm64 ;;
    *) die "async-profiler has no library for $(uname -m)" ;;
    esac
    (cd "$OUT" && jar xf "$profiler_jar" "$platform/libasyncProfiler.so")
    PROFILER_LIB=$OUT/$platform/libasyncProfiler.so
    [[ -f $PROFILER_LIB ]] || die "could not extract $platform/libasyncProfiler.so from $profiler_jar"
fi

# ---- processes -------------------------------------------------------------------------------------------------
PIDS=()
stop_pid() {
    local pid=$1
    kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.2
    done
    kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! curl -s -o /dev/null -m 1 "http://localhost:$1/"; }
for port in "$HERALD_PORT" "$SANDBOX_PORT" "$FORWARDER_PORT"; do
    port_free "$port" || die "port $port is already in use (set HERALD_PORT, SANDBOX_PORT, FORWARDER_PORT)"
done

start() { # name, command...: starts it in the background, its pid in $OUT/name.pid
    local name=$1
    shift
    "$@" >"$OUT/$name.log" 2>&1 &
    local pid=$!
    PIDS+=("$pid")
    echo "$pid" >"$OUT/$name.pid"
    log "started $name (pid $pid): $*"
}
wait_ready() { # name, port
    local name=$1 port=$2 pid
    pid=$(cat "$OUT/$name.pid")
    for _ in $(seq 240); do
        if curl -fsS -m 2 -o /dev/null "http://localhost:$port/q/health/ready" 2>/dev/null; then
            log "$name ready on :$port"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || {
            tail -n 30 "$OUT/$name.log" >&2
            die "$name exited before it was ready (log: $OUT/$name.log)"
        }
        sleep 0.5
    done
    die "$name not ready on :$port after 120 s (log: $OUT/$name.log)"
}

# The sandbox: its own process, rate limit off (0) so it never throttles the forwarder.
start sandbox java $SANDBOX_JVM_OPTS -Dquarkus.profile=sandbox -Dquarkus.http.port="$SANDBOX_PORT" \
    -Dherald.sandbox.rate-limit=0 -jar "$HERALD_JAR"

HERALD_GC_LOG=$OUT/herald-gc.log
MAIN_GC_LOG=$HERALD_GC_LOG
start_herald() { # [max-threads]
    local threads=${1:-$HERALD_MAX_THREADS} extra=()
    [[ -n $threads ]] && extra+=("-Dquarkus.thread-pool.max-threads=$threads")
    # Production profile, v1 like the forwarder (same upstream endpoint and auth for both).
    start herald env HERALD_UPSTREAM_MODE=insider HERALD_UPSTREAM_API_VERSION=v1 \
        HERALD_UPSTREAM_BASE_URL="$SANDBOX" HERALD_UPSTREAM_API_KEY=sandbox-key \
        HERALD_DELIVERY_RATE_LIMIT="$HERALD_RATE_LIMIT" \
        java $HERALD_JVM_OPTS -Xlog:gc:file="$HERALD_GC_LOG":uptime -Dquarkus.http.port="$HERALD_PORT" \
        "${extra[@]}" -jar "$HERALD_JAR"
}
start_herald
start forwarder java $FORWARDER_JVM_OPTS -Dquarkus.http.port="$FORWARDER_PORT" \
    -Dforwarder.upstream-url="$SANDBOX/v1/send" -Dforwarder.api-key=sandbox-key -jar "$FORWARDER_JAR"
wait_ready sandbox "$SANDBOX_PORT"
wait_ready herald "$HERALD_PORT"
wait_ready forwarder "$FORWARDER_PORT"

# ---- bodies ----------------------------------------------------------------------------------------------------
# Herald gets the event; the forwarder gets the exact v1 request Herald sends for it (from Herald's own preview).
EVENT_BODY=$OUT/event.json
FORWARD_BODY=$OUT/v1-request.json
jq -c . "$EVENT_FILE" >"$EVENT_BODY"
curl -fsS -X POST "$HERALD_URL/preview" -H 'Content-Type: application/json' --data-binary @"$EVENT_BODY" |
    jq -ce '.notifications[0].request' >"$FORWARD_BODY" || die "Herald's preview gave no request body"
curl -fsS -X POST "$HERALD_URL" -H 'Content-Type: application/json' --data-binary @"$EVENT_BODY" |
    jq -e '.notifications[0].status == "sent"' >/dev/null || die "Herald did not send the sample event"
curl -fsS -X POST "$FORWARDER_URL" -H 'Content-Type: application/json' --data-binary @"$FORWARD_BODY" |
    jq -e '.keys | length == 1' >/dev/null || die "the sandbox did not accept the forwarded body"
log "event: $(cat "$EVENT_BODY")"
log "forwarded v1 request: $(cat "$FORWARD_BODY")"

# ---- measurements ----------------------------------------------------------------------------------------------
RESULTS=$OUT/results.tsv # label, kind, target rate, events/s, p50, p99, p99.9 (ms), errors, CPU ms/event (service, sandbox), note
: >"$RESULTS"

sandbox_reset() { curl -fsS -X DELETE "$SANDBOX/admin/stats" >/dev/null; }
# Reads the sandbox's per-second v1 counts since the last reset; checks that no second went over Herald's limit.
PACING_OK=1
sandbox_check() { # label
    local label=$1 stats max total
    stats=$(curl -fsS "$SANDBOX/admin/stats?api=v1")
    echo "$stats" >"$OUT/sandbox-stats-$label.json"
    max=$(jq '.max_per_second' <<<"$stats")
    total=$(jq '.total' <<<"$stats")
    if ((max <= HERALD_RATE_LIMIT)); then
        echo "pacing check $label: OK, busiest second $max upstream requests <= limit $HERALD_RATE_LIMIT/s ($total requests, by status $(jq -c .by_status <<<"$stats"))" | tee -a "$OUT/pacing.txt" >&2
    else
        PACING_OK=0
        echo "pacing check $label: OVER, busiest second $max upstream requests > limit $HERALD_RATE_LIMIT/s" | tee -a "$OUT/pacing.txt" >&2
    fi
}

RSS_SAMPLER=
sample_rss_start() { # pid, file: VmRSS every second (cheap: /proc only)
    local pid=$1 file=$2
    (while kill -0 "$pid" 2>/dev/null; do
        echo "$(date +%s) $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null)"
        sleep 1
    done) >>"$file" &
    RSS_SAMPLER=$!
}
sample_rss_stop() {
    [[ -n $RSS_SAMPLER ]] && kill "$RSS_SAMPLER" 2>/dev/null && wait "$RSS_SAMPLER" 2>/dev/null || true
    RSS_SAMPLER=
}

CLK_TCK=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # utime + stime of a process, in clock ticks
CPU_MARK=
cpu_mark() { CPU_MARK="$(cpu_ticks "$(cat "$OUT/$1.pid")") $(cpu_ticks "$(cat "$OUT/sandbox.pid")")"; }
cpu_per_event() { # service name, events -> "service ms/event, sandbox ms/event" of CPU since cpu_mark
    local service sandbox
    service=$(cpu_ticks "$(cat "$OUT/$1.pid")")
    sandbox=$(cpu_ticks "$(cat "$OUT/sandbox.pid")")
    awk -v m="$CPU_MARK" -v s="$service" -v b="$sandbox" -v n="$2" -v t="$CLK_TCK" 'BEGIN {
        split(m, a, " "); if (n < 1) n = 1
        printf "%.3f\t%.3f", (s - a[1]) * 1000 / t / n, (b - a[2]) * 1000 / t / n }'
}

run_wrk() { # label, url, body, seconds -> RESULTS row (kind max)
    local label=$1 url=$2 body=$3 seconds=$4 line service=${1%%-*}
    cpu_mark "$service"
    log "wrk $label: -t$WRK_THREADS -c$WRK_CONNECTIONS -d${seconds}s $url"
    BODY_FILE=$body wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${seconds}s" --timeout 10s \
        -s "$ROOT/bench/post.lua" "$url" >"$OUT/wrk-$label.txt" 2>&1
    line=$(grep '^RESULT' "$OUT/wrk-$label.txt") || die "wrk $label gave no result (see $OUT/wrk-$label.txt)"
    local requests cpu
    requests=$(sed -E 's/.* requests=([0-9]+) .*/\1/' <<<"$line")
    cpu=$(cpu_per_event "$service" "$requests")
    awk -v label="$label" -v cpu="$cpu" '{
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        errors = v["connect"] + v["read"] + v["write"] + v["status"] + v["timeout"]
        ok = v["requests"] - v["status"]
        printf "%s\tmax\t-\t%.0f\t%.2f\t%.2f\t%.2f\t%d\t%s\tclosed loop\n", label, ok / (v["duration_us"] / 1e6),
            v["p50_us"] / 1000, v["p99_us"] / 1000, v["p999_us"] / 1000, errors, cpu
    }' <<<"$line" | tee -a "$RESULTS" >&2
}

run_h2load() { # label, url, body, rate -> RESULTS row (kind fixed)
    local label=$1 url=$2 body=$3 rate=$4 clients per_client per_proc stagger i service=${1%%-*}
    # Clients = rate / PER_CLIENT_RPS, spread over H2LOAD_PROCS processes started evenly across one per-client
    # interval, so arrivals are spread out instead of every client firing in the same instant.
    clients=$(((rate + PER_CLIENT_RPS - 1) / PER_CLIENT_RPS))
    clients=$(((clients + H2LOAD_PROCS - 1) / H2LOAD_PROCS * H2LOAD_PROCS))
    per_proc=$((clients / H2LOAD_PROCS))
    per_client=$(awk -v r="$rate" -v c="$clients" 'BEGIN { printf "%.4f", r / c }')
    stagger=$(awk -v p="$per_client" -v n="$H2LOAD_PROCS" 'BEGIN { printf "%.4f", 1 / p / n }')
    log "h2load $label: $rate/s = $clients clients x $per_client/s ($H2LOAD_PROCS processes x -c$per_proc, ${stagger}s apart), ${FIXED_WARMUP}s warm-up + ${FIXED_DURATION}s"
    local pids=()
    cpu_mark "$service"
    for i in $(seq "$H2LOAD_PROCS"); do
        h2load --h1 -t1 -c"$per_proc" --rps="$per_client" -D "$FIXED_DURATION" --warm-up-time="$FIXED_WARMUP" \
            -d "$body" -H 'Content-Type: application/json' --log-file="$OUT/h2load-$label.$i.log" "$url" \
            >"$OUT/h2load-$label.$i.txt" 2>&1 &
        pids+=($!)
        sleep "$stagger"
    done
    for i in "${pids[@]}"; do wait "$i" || true; done
    local cpu
    cat "$OUT"/h2load-"$label".*.log >"$OUT/h2load-$label.log"
    # CPU over warm-up and measurement together, per request of both phases (h2load counts them in its output)
    cpu=$(cpu_per_event "$service" "$(awk '/^requests:/ { n += $2 } END { print n + 0 }' "$OUT"/h2load-"$label".*.txt)")
    # Columns: start (us since epoch), status, duration (us). Percentiles by rank over every measured request.
    local interval_us
    interval_us=$(awk -v p="$per_client" 'BEGIN { printf "%d", 1e6 / p }')
    awk -F'\t' '{ print $3, $2 }' "$OUT/h2load-$label.log" | sort -n -k1,1 |
        awk -v label="$label" -v rate="$rate" -v seconds="$FIXED_DURATION" -v interval="$interval_us" -v cpu="$cpu" '
        { d[NR] = $1; if ($2 < 200 || $2 > 299) bad++; if ($1 > interval) late++ }
        function pct(p,   i) { i = int(p / 100 * NR + 0.999999); if (i < 1) i = 1; return d[i] / 1000 }
        END {
            printf "%s\tfixed\t%d\t%.0f\t%.2f\t%.2f\t%.2f\t%d\t%s\t%d of %d responses slower than the per-client interval (%d ms)\n",
                label, rate, (NR - bad) / seconds, pct(50), pct(99), pct(99.9), bad, cpu, late, NR, interval / 1000
        }' | tee -a "$RESULTS" >&2
}

herald_pid() { cat "$OUT/herald.pid"; }
gc_lines() { wc -l <"$HERALD_GC_LOG" 2>/dev/null || echo 0; }
heap_after_gc() { # from-line, to-line of the GC log: after-GC heap of each young/mixed pause (MB): min/median/max
    sed -n "$(($1 + 1)),$2p" "$HERALD_GC_LOG" | grep -E 'Pause (Young|Full)' |
        sed -E 's/.* ([0-9]+)M->([0-9]+)M\(([0-9]+)M\).*/\1 \2 \3/' | grep -E '^[0-9]+ [0-9]+ [0-9]+$' |
        sort -n -k2,2 | awk '{ before[NR] = $1; after[NR] = $2; cap = $3; if ($1 > peak) peak = $1 }
            END { if (NR == 0) { print "no GC in the window"; exit }
                  printf "%d GCs; heap after GC min %d / median %d / max %d MB; heap before GC (peak used) max %d MB; heap committed %d MB\n",
                      NR, after[1], after[int((NR + 1) / 2)], after[NR], peak, cap }'
}
rss_summary() { # file
    awk '$2 != "" { n++; s = $2 / 1024; if (s > max) max = s; sum += s } END { if (n) printf "RSS during load (%d samples): mean %.0f MB, max %.0f MB\n", n, sum / n, max }' "$1"
}
memory_snapshot() { # label: full GC, then live heap and RSS
    local pid
    pid=$(herald_pid)
    jcmd "$pid" GC.run >/dev/null
    {
        echo "## $1"
        echo "RSS: $(awk '/^VmRSS/ {print $2, $3}' "/proc/$pid/status")"
        jcmd "$pid" GC.heap_info | tail -n +2
        echo "largest classes (jcmd GC.class_histogram):"
        jcmd "$pid" GC.class_histogram | sed -n '2,14p'
    } | tee -a "$OUT/memory.txt" >&2
}

# Warm-up: the same load as the measurements, not recorded.
log "warm-up: ${WARMUP_DURATION}s each"
BODY_FILE=$FORWARD_BODY wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${WARMUP_DURATION}s" -s "$ROOT/bench/post.lua" "$FORWARDER_URL" >"$OUT/wrk-warmup-forwarder.txt" 2>&1
BODY_FILE=$EVENT_BODY wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${WARMUP_DURATION}s" -s "$ROOT/bench/post.lua" "$HERALD_URL" >"$OUT/wrk-warmup-herald.txt" 2>&1
memory_snapshot "Herald after warm-up (after a full GC: jcmd GC.run)"

# Maximum throughput: rounds alternate forwarder and Herald, so drift in the shared machine's load hits both.
GC_FROM=$(gc_lines)
sample_rss_start "$(herald_pid)" "$OUT/herald-rss.txt"
for round in $(seq "$ROUNDS"); do
    run_wrk "forwarder-max-$round" "$FORWARDER_URL" "$FORWARD_BODY" "$WRK_DURATION"
    sandbox_reset
    if [[ $PROFILE == 1 && $round == 1 ]]; then
        jcmd "$(herald_pid)" JVMTI.agent_load "$PROFILER_LIB" '"start,event=itimer,interval=5ms"' >"$OUT/profiler.txt"
    fi
    run_wrk "herald-max-$round" "$HERALD_URL" "$EVENT_BODY" "$WRK_DURATION"
    if [[ $PROFILE == 1 && $round == 1 ]]; then
        jcmd "$(herald_pid)" JVMTI.agent_load "$PROFILER_LIB" "\"stop,file=$OUT/herald-profile.collapsed,collapsed\"" >>"$OUT/profiler.txt"
    fi
    sandbox_check "herald-max-$round"
done

# Fixed rate: half the forwarder's mean maximum.
if [[ -z $FIXED_RATE ]]; then
    FIXED_RATE=$(awk -F'\t' '$1 ~ /^forwarder-max-/ { s += $4; n++ } END { printf "%d", s / n / 2 }' "$RESULTS")
fi
((FIXED_RATE > 0)) || die "no fixed rate (forwarder max throughput 0?)"
run_h2load forwarder-fixed "$FORWARDER_URL" "$FORWARD_BODY" "$FIXED_RATE"
sandbox_reset
run_h2load herald-fixed "$HERALD_URL" "$EVENT_BODY" "$FIXED_RATE"
sandbox_check herald-fixed
sample_rss_stop
GC_TO=$(gc_lines)
HEAP_DURING=$(heap_after_gc "$GC_FROM" "$GC_TO")
RSS_DURING=$(rss_summary "$OUT/herald-rss.txt")
memory_snapshot "Herald after the load (after a full GC: jcmd GC.run)"

# Optional: Herald's worker pool size against maximum throughput (Herald restarted per value).
if [[ -n $THREAD_SWEEP ]]; then
    for threads in $THREAD_SWEEP; do
        stop_pid "$(herald_pid)"
        HERALD_GC_LOG=$OUT/herald-gc-threads-$threads.log
        start_herald "$threads"
        wait_ready herald "$HERALD_PORT"
        BODY_FILE=$EVENT_BODY wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${WARMUP_DURATION}s" -s "$ROOT/bench/post.lua" "$HERALD_URL" >/dev/null 2>&1
        sandbox_reset
        run_wrk "herald-max-threads-$threads" "$HERALD_URL" "$EVENT_BODY" "$WRK_DURATION"
        sandbox_check "herald-max-threads-$threads"
    done
fi

# ---- report ----------------------------------------------------------------------------------------------------
{
    echo "| run | load | target/s | events/s | p50 ms | p99 ms | p99.9 ms | errors | CPU ms/event: service | sandbox | note |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 }' "$RESULTS"
    echo
    awk -F'\t' '
        $1 ~ /^forwarder-max-/ { f += $4; nf++ } $1 ~ /^herald-max-[0-9]+$/ { h += $4; nh++ }
        $1 == "forwarder-fixed" { fp99 = $6 } $1 == "herald-fixed" { hp99 = $6 }
        END {
            tr = (h / nh) / (f / nf); lr = hp99 / fp99
            printf "| ratio Herald/forwarder | value | goal | met |\n| --- | ---: | --- | --- |\n"
            printf "| max throughput (mean of %d rounds: %.0f / %.0f events/s) | %.2f | >= 0.8 | %s |\n", nh, h / nh, f / nf, tr, (tr >= 0.8) ? "yes" : "no"
            printf "| p99 at the fixed rate (%.2f / %.2f ms) | %.2f | <= 2 | %s |\n", hp99, fp99, lr, (lr <= 2) ? "yes" : "no"
        }' "$RESULTS"
    echo
    echo "Pacing (sandbox per-second counts of Herald's runs, limit herald.delivery.rate-limit=$HERALD_RATE_LIMIT):"
    sed 's/^/- /' "$OUT/pacing.txt"
    echo
    echo "Herald memory (JVM options: $HERALD_JVM_OPTS; GC log: $MAIN_GC_LOG):"
    echo "- during the measured load: $HEAP_DURING"
    echo "- $RSS_DURING"
    echo "- full-GC snapshots (live heap): see $OUT/memory.txt"
    grep -E '^## |^RSS| garbage-first heap' "$OUT/memory.txt" | sed 's/^/    /'
} >"$OUT/results.md"
cat "$OUT/results.md"

if [[ $PROFILE == 1 && -f $OUT/herald-profile.collapsed ]]; then
    # Collapsed stacks (frame;frame;... count): self = the innermost frame, inclusive = every frame on the stack.
    awk '{ n = $NF; total += n; sub(/ [0-9]+$/, ""); k = split($0, f, ";"); self[f[k]] += n
           split("", seen); for (i = 1; i <= k; i++) if (!(f[i] in seen)) { seen[f[i]] = 1; inc[f[i]] += n } }
         END { printf "samples: %d (async-profiler itimer, 5 ms, Herald during herald-max-1)\n", total
               for (x in self) printf "self\t%.1f%%\t%s\n", 100 * self[x] / total, x
               for (x in inc) printf "inclusive\t%.1f%%\t%s\n", 100 * inc[x] / total, x }' \
        "$OUT/herald-profile.collapsed" | sort -t$'\t' -k1,1 -k2,2nr >"$OUT/profile-all.txt"
    {
        head -n 1 "$OUT/profile-all.txt"
        echo "top frames (self):"
        grep '^self' "$OUT/profile-all.txt" | head -n 30
        echo "frames on the stack (inclusive):"
        grep '^inclusive' "$OUT/profile-all.txt" | head -n 80
        echo "Herald's own frames (inclusive):"
        grep -P '^inclusive\t[^\t]*\tdev/herald' "$OUT/profile-all.txt" | head -n 40
    } >"$OUT/profile.txt"
    log "profile summary: $OUT/profile.txt (all frames: $OUT/profile-all.txt)"
fi
((PACING_OK)) || die "Herald went over its rate limit at the sandbox (see above)"
