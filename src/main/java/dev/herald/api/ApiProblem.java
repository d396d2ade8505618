package dev.herald.api;

import java.time.Duration;

/**
 * Ends a request with a problem response; mapped by {@link ProblemMappers}. Its message is {@code CODE: detail}. Public
 * because the preview page shows it instead of answering with it.
 */
public final class ApiProblem extends RuntimeException {

    private final Problem problem;
    private final Duration retryAfter;

    ApiProblem(Problem problem) {
        this(problem, null);
    }

    ApiProblem(Problem problem, Duration retryAfter) {
        super(problem.code() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    Problem problem() {
        return problem;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
