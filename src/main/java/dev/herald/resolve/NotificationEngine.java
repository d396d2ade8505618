package dev.herald.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import dev.herald.compile.CompileReport;
import dev.herald.compile.CompiledTemplate;
import dev.herald.compile.DefinitionCompiler;
import dev.herald.compile.Definitions;
import dev.herald.compile.ErrorCode;
import dev.herald.compile.Mirror;
import dev.herald.compile.Notification;
import dev.herald.definition.Location;
import dev.herald.expr.ResolveException;
import dev.herald.expr.Scope;
import dev.herald.message.LimitViolation;
import dev.herald.message.Message;
import dev.herald.message.MessageValidator;
import dev.herald.message.Template;

/**
 * The engine's entry point: definitions compiled once, events resolved into validated messages. Plain Java; the Quarkus
 * shell holds one instance. Public because it is the engine's API.
 */
public final class NotificationEngine {

    private final Definitions definitions;
    private final MessageValidator validator;
    private final List<DefinitionInfo> infos;
    private final CompileReport report;

    NotificationEngine(Definitions definitions, MessageValidator validator, CompileReport report) {
        this.definitions = definitions;
        this.validator = Objects.requireNonNull(validator, "validator");
        this.infos = definitions.notifications().stream().map(NotificationEngine::info).toList();
        this.report = report;
    }

    /**
     * Reads and compiles every rule under {@code rulesDir} and every mirror and include under {@code templatesDir}. The
     * caller supplies the validator: the Quarkus shell passes the one built from its own Hibernate Validator, plain
     * tools and tests build one with {@link MessageValidator#create()}.
     *
     * @throws dev.herald.compile.DefinitionsException
     *             with every problem found, when there is any
     */
    public static NotificationEngine compile(Path rulesDir, Path templatesDir, MessageValidator validator) {
        long started = System.nanoTime();
        List<CompileReport.Phase> phases = new ArrayList<>();
        Definitions definitions = DefinitionCompiler.compile(rulesDir, templatesDir,
                (name, nanos) -> phases.add(new CompileReport.Phase(name, nanos)));
        CompileReport report = new CompileReport(definitions.notifications().size(), definitions.byTrigger().size(),
                definitions.mirrors().size(), phases, System.nanoTime() - started);
        return new NotificationEngine(definitions, validator, report);
    }

    /** Counts and phase durations of the compilation that built this engine. */
    public CompileReport compileReport() {
        return report;
    }

    /** The compiled notifications, in file and then written order. */
    public List<DefinitionInfo> definitions() {
        return infos;
    }

    /** The mirror of a template, or {@code null} when {@code templates/} has none (preview page). */
    public Mirror mirror(String templateName) {
        return definitions.mirrors().get(templateName);
    }

    /** True when at least one notification listens to {@code trigger}. */
    public boolean hasTrigger(String trigger) {
        return definitions.byTrigger().containsKey(trigger);
    }

    /** True when a notification of {@code trigger} has a {@code once_per}, so that firing it needs the store. */
    public boolean usesOncePer(String trigger) {
        return definitions.byTrigger().getOrDefault(trigger, List.of()).stream().anyMatch(n -> n.oncePer() != null);
    }

    /**
     * Resolves one event for every notification of the trigger, in definition order. Never throws for bad event data:
     * such problems are {@link Outcome.Failed} outcomes. {@code tracing} keeps every expression's value (preview).
     */
    public List<Outcome> resolve(String trigger, JsonNode event, boolean tracing) {
        List<Notification> notifications = definitions.byTrigger().getOrDefault(trigger, List.of());
        List<Outcome> outcomes = new ArrayList<>(notifications.size());
        for (Notification notification : notifications) {
            outcomes.add(resolve(notification, event, tracing));
        }
        return outcomes;
    }

    private Outcome resolve(Notification notification, JsonNode event, boolean tracing) {
        try {
            Scope scope = Scope.of(event, notification.trigger(), tracing);
            if (notification.when() != null && !notification.when().test(scope)) {
                return new Outcome.Skipped(notification.name(), "when: " + notification.when().source() + " was false");
            }
            String phone = notification.to().text(scope);
            if (!MessageValidator.isE164(phone)) {
                Location at = notification.to().location();
                return failed(notification,
                        new ResolveProblem(ErrorCode.INVALID_PHONE,
                                "to: " + notification.to().source() + " resolved to \"" + phone
                                        + "\", not an E.164 number like +905551234567",
                                at.fileLine(), notification.to().source(), "to", "E.164", null));
            }
            Built built = build(notification, scope, tracing);
            List<LimitViolation> violations = validator.validate(built.message());
            if (!violations.isEmpty()) {
                return limitViolations(notification, event, tracing, violations);
            }
            Outcome.Recipient recipient = new Outcome.Recipient(phone, notification.userId().resolve(built.scope()),
                    notification.from().resolve(built.scope()), notification.replyType().resolve(built.scope()),
                    java.util.Collections.unmodifiableMap(notification.uniqueArgs().resolve(built.scope())));
            Outcome.OncePer oncePer = notification.oncePer() == null ? null
                    : new Outcome.OncePer(notification.oncePer().source(), notification.oncePer().text(scope));
            return new Outcome.Ready(notification.name(), recipient, built.message(), built.language(),
                    built.languageReason(), built.renderedText(), scope.trace(), scope.notes(), oncePer);
        } catch (ResolveException e) {
            return failed(notification,
                    new ResolveProblem(e.code(), e.getMessage(),
                            e.location() == null ? notification.location().fileLine() : e.location().fileLine(),
                            e.expression(), null, null, null));
        }
    }

    private record Built(Message message, Scope scope, String language, String languageReason, String renderedText) {
    }

    /** Builds the message; the template's rendered text only when {@code tracing} (the preview shows it). */
    private Built build(Notification notification, Scope scope, boolean tracing) {
        CompiledTemplate compiled = notification.template();
        if (compiled == null) {
            return new Built(notification.message().resolve(scope), scope, null, null, null);
        }
        String name = compiled.name().resolve(scope);
        Mirror mirror = compiled.mirror() != null ? compiled.mirror() : definitions.mirrors().get(name);
        LanguageChoice language = LanguageChoice.choose(compiled, mirror, scope);
        Scope withLang = scope.withLang(language.code());
        Template template = new Template(name,
                new dev.herald.message.Language(language.code(), compiled.policy().resolve(withLang)),
                compiled.components().resolve(withLang));
        Message message = new Message("template", notification.context().resolve(withLang), null, null, null, null,
                null, null, null, template, null);
        return new Built(message, withLang, language.code(), language.reason(),
                tracing ? RenderedText.of(template, mirror) : null);
    }

    /** Resolves once more while remembering where each part was defined, to point every violation at the YAML. */
    private Outcome limitViolations(Notification notification, JsonNode event, boolean tracing,
            List<LimitViolation> first) {
        Scope tracked = Scope.of(event, notification.trigger(), false).trackingOrigins();
        List<LimitViolation> violations = first;
        try {
            violations = validator.validate(build(notification, tracked, false).message());
        } catch (ResolveException e) {
            tracked = null; // cannot happen for a deterministic resolution; keep the first answer
        }
        List<ResolveProblem> problems = new ArrayList<>(violations.size());
        for (LimitViolation violation : violations) {
            Location at = tracked == null ? null : innermostOrigin(tracked, violation);
            problems.add(new ResolveProblem(ErrorCode.LIMIT_VIOLATION, violation.message(),
                    (at == null ? notification.location() : at).fileLine(), null, violation.path(), violation.limit(),
                    violation.actualLength()));
        }
        return new Outcome.Failed(notification.name(), List.copyOf(problems));
    }

    /**
     * Where the innermost record on the violation's path that has a known origin was defined ({@code enclosing} ends
     * with the leaf bean).
     */
    private static Location innermostOrigin(Scope tracked, LimitViolation violation) {
        Location at = null;
        for (int i = violation.enclosing().size() - 1; at == null && i >= 0; i--) {
            at = tracked.originOf(violation.enclosing().get(i));
        }
        return at;
    }

    private static Outcome failed(Notification notification, ResolveProblem problem) {
        return new Outcome.Failed(notification.name(), List.of(problem));
    }

    private static DefinitionInfo info(Notification notification) {
        CompiledTemplate template = notification.template();
        List<String> languages = template == null || template.mirror() == null ? null
                : List.copyOf(template.mirror().languages().keySet());
        return new DefinitionInfo(notification.name(), notification.trigger(), notification.description(),
                notification.kind(), template == null ? null : template.literalName(), languages,
                notification.location().fileLine());
    }
}
