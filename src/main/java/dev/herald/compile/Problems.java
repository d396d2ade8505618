package dev.herald.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.herald.definition.Location;

/** Collects problems across all phases so they are reported in one go. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();

    void add(Location location, ErrorCode code, String message) {
        list.add(new Problem(location, code, message));
    }

    /** Adds every problem of {@code other}, in the order they were found. */
    void addAll(Problems other) {
        list.addAll(other.list);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    /** Throws every problem found, sorted by file, line and column, if there is any. */
    void throwIfAny() {
        if (!list.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing((Problem p) -> p.location().file())
                    .thenComparingInt(p -> p.location().line()).thenComparingInt(p -> p.location().column()));
            throw new DefinitionsException(sorted);
        }
    }
}
