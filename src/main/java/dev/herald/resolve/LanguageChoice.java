package dev.herald.resolve;

import java.util.ArrayList;
import java.util.List;

import dev.herald.compile.CompiledTemplate;
import dev.herald.compile.ErrorCode;
import dev.herald.compile.Languages;
import dev.herald.compile.Mirror;
import dev.herald.expr.ResolveException;
import dev.herald.expr.Scope;

/** The language chosen for a template message, and why (contract section 2.1). */
record LanguageChoice(String code, String reason) {

    static LanguageChoice choose(CompiledTemplate template, Mirror mirror, Scope scope) {
        String written = template.languageCode().text(scope);
        List<String> tried = candidates(written, template.fallback());
        if (mirror == null) {
            String first = tried.get(0);
            return new LanguageChoice(first, "\"" + written + "\" gives " + String.join(", ", tried)
                    + "; no mirror of the template, so the first candidate " + first + " is used");
        }
        for (String candidate : tried) {
            if (mirror.languages().containsKey(candidate)) {
                return new LanguageChoice(candidate, "\"" + written + "\" gives " + String.join(", ", tried) + "; "
                        + candidate + " is the first approved in " + mirror.location().file());
            }
        }
        throw new ResolveException(ErrorCode.NO_APPROVED_LANGUAGE,
                "none of " + String.join(", ", tried) + " is approved for template \"" + mirror.name()
                        + "\" (approved: " + String.join(", ", mirror.languages().keySet()) + ") ("
                        + template.languageCode().location().fileLine() + ")",
                template.languageCode().location(), template.languageCode().source());
    }

    /** The candidates of the written code, then the fallbacks, each once, in that order. */
    private static List<String> candidates(String written, List<String> fallback) {
        List<String> tried = new ArrayList<>(Languages.candidates(written));
        for (String code : fallback) {
            if (!tried.contains(code)) {
                tried.add(code);
            }
        }
        return tried;
    }
}
