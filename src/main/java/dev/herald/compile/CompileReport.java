package dev.herald.compile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one compilation produced and how long it took: counts for the startup log line and each named phase's duration
 * (logged at DEBUG). Public because the engine and the Quarkus shell report it.
 */
public record CompileReport(int notifications, int triggers, int mirrors, List<Phase> phases, long nanos) {

    /** One named phase of the compilation and its duration. */
    public record Phase(String name, long nanos) {
    }

    public CompileReport {
        phases = List.copyOf(phases);
    }

    /** The whole compilation, in milliseconds. */
    public long millis() {
        return nanos / 1_000_000;
    }

    /** {@code 500 notifications (123 triggers, 500 mirrors)}. */
    public String counts() {
        return notifications + " notification" + (notifications == 1 ? "" : "s") + " (" + triggers + " trigger"
                + (triggers == 1 ? "" : "s") + ", " + mirrors + " mirror" + (mirrors == 1 ? "" : "s") + ")";
    }

    /** {@code list files 3 ms, parse YAML 120 ms, ...}, in the order the phases ran. */
    public String phasesText() {
        return phases.stream().map(p -> p.name() + " " + p.nanos() / 1_000_000 + " ms")
                .collect(Collectors.joining(", "));
    }
}
