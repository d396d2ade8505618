package dev.herald.compile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem found in the definitions, thrown once after all files were read. Its message is the numbered list users
 * read at startup. Public because the service shell catches it.
 */
public final class DefinitionsException extends RuntimeException {

    private final List<Problem> problems;

    public DefinitionsException(List<Problem> problems) {
        super(format(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    static String format(List<Problem> problems) {
        String header = "Herald found " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in the definitions:";
        return header + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
