package dev.herald.api;

import java.util.List;

import dev.herald.expr.Scope;
import dev.herald.resolve.Outcome;
import dev.herald.upstream.ApiVersion;
import dev.herald.upstream.Envelopes;

/** Builds the preview entry of one outcome, including the exact upstream request body it would send. */
final class Previews {

    private Previews() {
    }

    static PreviewAnswer.Entry entry(Outcome outcome, ApiVersion version, String defaultFrom) {
        if (outcome instanceof Outcome.Skipped s) {
            return new PreviewAnswer.Entry(s.name(), "skipped", s.reason(), null, null, null, null, null, null, null);
        }
        if (outcome instanceof Outcome.Failed f) {
            return new PreviewAnswer.Entry(f.name(), "failed", null, null, null, null, null, null, f.problems(), null);
        }
        Outcome.Ready r = (Outcome.Ready) outcome;
        List<PreviewAnswer.Parameter> parameters = r.trace() == null ? List.of()
                : r.trace().stream().map(Previews::parameter).toList();
        Object request = Envelopes.build(version, List.of(r), defaultFrom).get(0);
        return new PreviewAnswer.Entry(r.name(), "ready", null, r.language(), r.languageReason(), parameters, r.notes(),
                r.renderedText(), null, request);
    }

    private static PreviewAnswer.Parameter parameter(Scope.Evaluation evaluation) {
        String location = evaluation.location() == null ? null : evaluation.location().toString();
        return new PreviewAnswer.Parameter(evaluation.expression(), location, evaluation.value());
    }
}
