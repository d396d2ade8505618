package dev.herald.sandbox;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Counts send requests per API: in total, by answered status, and per wall-clock second (epoch seconds) for the last
 * {@link #WINDOW_SECONDS} seconds, so a client's pacing can be checked. A dropped connection counts under status 0.
 * Thread-safe.
 */
final class RequestStats {

    /** How many seconds of per-second counts are kept, up to the newest. */
    static final int WINDOW_SECONDS = 300;

    private static final class Counts {
        long total;
        final Map<Integer, Long> byStatus = new TreeMap<>();
        final TreeMap<Long, Long> perSecond = new TreeMap<>();

        void add(Counts other) {
            total += other.total;
            other.byStatus.forEach((status, n) -> byStatus.merge(status, n, Long::sum));
            other.perSecond.forEach((second, n) -> perSecond.merge(second, n, Long::sum));
        }
    }

    private final Map<ApiVersion, Counts> counts = new EnumMap<>(ApiVersion.class);

    RequestStats() {
        clear();
    }

    synchronized void record(ApiVersion api, Instant receivedAt, int status) {
        Counts of = counts.get(api);
        of.total++;
        of.byStatus.merge(status, 1L, Long::sum);
        long second = receivedAt.getEpochSecond();
        of.perSecond.merge(second, 1L, Long::sum);
        of.perSecond.headMap(second - WINDOW_SECONDS + 1).clear();
    }

    synchronized void clear() {
        for (ApiVersion api : ApiVersion.values()) {
            counts.put(api, new Counts());
        }
    }

    /**
     * {@code {"total": n, "by_status": {"200": n, ...}, "per_second": [{"second": s, "count": n}, ...],
     * "max_per_second": n}}: total and by_status since the last clear, per_second (ascending, only seconds that saw a
     * request) and its maximum over the last {@link #WINDOW_SECONDS} seconds before {@code now}.
     *
     * @param api
     *            the only API to count, or null for both
     */
    synchronized ObjectNode toJson(ApiVersion api, Instant now) {
        Counts sum = new Counts();
        counts.forEach((version, of) -> {
            if (api == null || api == version) {
                sum.add(of);
            }
        });
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("total", sum.total);
        ObjectNode byStatus = node.putObject("by_status");
        sum.byStatus.forEach((status, n) -> byStatus.put(Integer.toString(status), n));
        var perSecond = node.putArray("per_second");
        long max = 0;
        for (Map.Entry<Long, Long> second : sum.perSecond.tailMap(now.getEpochSecond() - WINDOW_SECONDS + 1)
                .entrySet()) {
            perSecond.addObject().put("second", second.getKey()).put("count", second.getValue());
            max = Math.max(max, second.getValue());
        }
        node.put("max_per_second", max);
        return node;
    }
}
