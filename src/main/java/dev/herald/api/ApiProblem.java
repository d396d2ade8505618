package dev.herald.api;

import java.time.Duration;

/** Ends a request with a problem response; mapped by {@link ProblemMappers}. */
final class ApiProblem extends RuntimeException {

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
