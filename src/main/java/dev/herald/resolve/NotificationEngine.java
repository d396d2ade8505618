package dev.herald.resolve;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The engine's entry point: definitions compiled once, events resolved into validated messages. Plain Java; the Quarkus
 * shell holds one instance. Public because it is the engine's API.
 */
public final class NotificationEngine {

    /**
     * Reads and compiles every rule under {@code rulesDir} and every mirror and include under {@code templatesDir}.
     *
     * @throws dev.herald.compile.DefinitionsException
     *             with every problem found, when there is any
     */
    public static NotificationEngine compile(Path rulesDir, Path templatesDir) {
        throw new UnsupportedOperationException("being written");
    }

    /** The compiled notifications, in file and then written order. */
    public List<DefinitionInfo> definitions() {
        throw new UnsupportedOperationException("being written");
    }

    /** True when at least one notification listens to {@code trigger}. */
    public boolean hasTrigger(String trigger) {
        throw new UnsupportedOperationException("being written");
    }

    /**
     * Resolves one event for every notification of the trigger, in definition order. Never throws for bad event data:
     * such problems are {@link Outcome.Failed} outcomes. {@code tracing} keeps every expression's value (preview).
     */
    public List<Outcome> resolve(String trigger, JsonNode event, boolean tracing) {
        throw new UnsupportedOperationException("being written");
    }
}
