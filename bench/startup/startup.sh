#!/usr/bin/env bash
# Startup benchmark: time from launching the packaged JVM app to the first successful POST /events/{trigger}
# (HTTP 200 with a "sent" notification), for (a) the sample rules/ and templates/ and (b) N generated definitions
# with mirrors (bench/startup/generate.sh), interleaved, RUNS runs each; prints every run, the medians and the
# ratio b/a, and the compile duration each run logged ("Compiled ... in N ms").
#
# Usage: bench/startup/startup.sh            (from anywhere; works in the repository root)
# Environment: RUNS (default 7), COUNT (generated definitions, default 500), PORT (default 18280),
#              JAVA_OPTS (extra JVM flags, e.g. -XX:StartFlightRecording=...), NATIVE_OPTS (run-time options of a
#              native executable, e.g. -Xmn16m), CHECK=0 to skip the check (before
#              the runs) that every generated trigger answers 200 with no notification failed,
#              COMPARE_JAR=path/to/other/quarkus-run.jar to measure another build (e.g. before a change) in the
#              same rounds: each round then runs samples and generated with both; it may also be a native
#              executable (target/herald-*-runner), which is launched directly (bench/native.sh does that).
# Each run also reports the resident memory (VmRSS) of the process when the first request succeeded.
# Besides wall time, each run reports the CPU time (user + system, all threads) the JVM had used when the first
# request succeeded, read from /proc: less sensitive than wall time to other load on the machine.
# Production profile against the built-in sandbox: HERALD_UPSTREAM_MODE=sandbox HERALD_SANDBOX_ENABLED=true.
# Polling uses bash's /dev/tcp (no process per attempt) every 5 ms, so the poller takes almost no CPU from the JVM.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-7}"
COUNT="${COUNT:-500}"
PORT="${PORT:-18280}"
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

# run APP LABEL RULES TEMPLATES TRIGGER EVENT_FILE: prints "wall_ms cpu_ms compile_ms rss_mb"; APP is a jar or a
# native executable
run() {
    local jar=$1; shift
    local label=$1 rules=$2 templates=$3 trigger=$4 body length log pid t0 t1 deadline stat cpums rsskb
    body=$(<"$5")
    length=$(bytes "$body")
    log="$WORK/$label.log"
    if { exec {probe}<>"/dev/tcp/127.0.0.1/$PORT"; } 2>/dev/null; then
        exec {probe}>&-
        echo "port $PORT is already in use: set PORT to a free one" >&2
        return 1
    fi
    t0=$EPOCHREALTIME
    HERALD_UPSTREAM_MODE=sandbox HERALD_SANDBOX_ENABLED=true HERALD_RULES_DIR="$rules" \
        HERALD_TEMPLATES_DIR="$templates" QUARKUS_HTTP_PORT="$PORT" \
        $(launcher "$jar") >"$log" 2>&1 &
    pid=$!
    deadline=$((${t0%.*} + 120))
    while true; do
        STATUS=""
        if post "$PORT" "$trigger" "$body" "$length" && [[ $STATUS == 200 && $RESPONSE == *'"status":"sent"'* ]]; then
            t1=$EPOCHREALTIME
            read -r -a stat <"/proc/$pid/stat"
            cpums=$(((stat[13] + stat[14]) * 1000 / TICKS))
            rsskb=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
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
    awk -v a="$t0" -v b="$t1" -v u="$cpums" -v c="${compile:-?}" -v r="$rsskb" \
        'BEGIN { printf "%d %s %s %d\n", (b - a) * 1000, u, c, r / 1024 }'
}

# launcher APP: the command that starts it (word-split on purpose: JAVA_OPTS may hold several flags)
launcher() {
    if [[ $1 == *.jar ]]; then echo "java $JAVA_OPTS -jar $1"; else echo "$1 ${NATIVE_OPTS:-}"; fi
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

TICKS=$(getconf CLK_TCK)
SAMPLE=(samples rules templates customer.registered src/test/resources/events/customer.registered.json)
GEN=(generated "$DEFS/rules" "$DEFS/templates" "$(<"$DEFS/probe-trigger")" "$DEFS/event.json")
JARS=("$JAR")
[[ -n ${COMPARE_JAR:-} ]] && JARS+=("$COMPARE_JAR")
CHECK_ALL=0
if [[ $CHECK == 1 ]]; then
    CHECK_ALL=1
    run "$JAR" "${GEN[@]}" >/dev/null
    CHECK_ALL=0
fi

echo "warm-up (file cache, not counted)" >&2
for jar in "${JARS[@]}"; do
    run "$jar" "${SAMPLE[@]}" >/dev/null
    run "$jar" "${GEN[@]}" >/dev/null
done

declare -A wall cpu comp rss
printf '%-4s %-8s %-10s %10s %8s %11s %7s\n' run app set wall_ms cpu_ms compile_ms rss_mb
for ((i = 1; i <= RUNS; i++)); do
    # alternate the order so that no measurement always follows the same other one
    jobs=()
    for j in "${!JARS[@]}"; do jobs+=("$j:a" "$j:b"); done
    if ((i % 2 == 0)); then
        for ((k = 0, n = ${#jobs[@]}; k < n / 2; k++)); do
            tmp=${jobs[k]}; jobs[k]=${jobs[n - 1 - k]}; jobs[n - 1 - k]=$tmp
        done
    fi
    for job in "${jobs[@]}"; do
        j=${job%%:*}; set=${job#*:}
        if [[ $set == a ]]; then args=("${SAMPLE[@]}"); else args=("${GEN[@]}"); fi
        read -r w u c r < <(run "${JARS[j]}" "${args[@]}")
        wall[$j$set]+="$w "; cpu[$j$set]+="$u "; comp[$j$set]+="$c "; rss[$j$set]+="$r "
        printf '%-4s %-8s %-10s %10s %8s %11s %7s\n' "$i" "$([[ $j == 0 ]] && echo this || echo compare)" "${args[0]}" \
            "$w" "$u" "$c" "$r"
    done
done

# paired "A1 A2 ..." "B1 B2 ...": the median of Bi/Ai
paired() {
    awk -v a="$1" -v b="$2" 'BEGIN { n = split(a, x, " "); split(b, y, " ")
        for (i = 1; i <= n; i++) r[i] = y[i] / x[i]
        for (i = 1; i <= n; i++) for (k = i + 1; k <= n; k++) if (r[k] < r[i]) { t = r[i]; r[i] = r[k]; r[k] = t }
        printf "%.2f", (n % 2) ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2 }'
}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo
echo "$(date -u +%FT%TZ); load average after: $(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs each; JAVA_OPTS: ${JAVA_OPTS:-none}"
for j in "${!JARS[@]}"; do
    echo "app: ${JARS[j]}"
    printf '  %-22s %16s %14s %12s %14s\n' set "wall to 1st req" "CPU to 1st req" "compile log" "RSS at 1st req"
    for set in a b; do
        name=$([[ $set == a ]] && echo "(a) samples (6)" || echo "(b) generated ($COUNT)")
        printf '  %-22s %13s ms %11s ms %9s ms %11s MB\n' "$name" "$(median <<<"${wall[$j$set]}")" \
            "$(median <<<"${cpu[$j$set]}")" "$(median <<<"${comp[$j$set]}")" "$(median <<<"${rss[$j$set]}")"
    done
    awk -v a="$(median <<<"${wall[${j}a]}")" -v b="$(median <<<"${wall[${j}b]}")" \
        -v c="$(median <<<"${cpu[${j}a]}")" -v d="$(median <<<"${cpu[${j}b]}")" \
        'BEGIN { printf "  ratio b/a of the medians: wall %.2f, CPU %.2f\n", b / a, d / c }'
    # the same round's (a) and (b) ran next to each other, under about the same load: their ratio is steadier
    printf '  median of the per-round ratios b/a: wall %s, CPU %s\n' \
        "$(paired "${wall[${j}a]}" "${wall[${j}b]}")" "$(paired "${cpu[${j}a]}" "${cpu[${j}b]}")"
done
