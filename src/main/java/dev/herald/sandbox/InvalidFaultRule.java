package dev.herald.sandbox;

import java.util.List;

/** A fault rule that cannot be used, with every problem found in it. */
final class InvalidFaultRule extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidFaultRule(List<String> problems) {
        super("invalid fault rule: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, e.g. {@code next: must be an integer of at least 1, was 0}. */
    List<String> problems() {
        return problems;
    }
}
