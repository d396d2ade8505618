package dev.herald.compile;

import java.util.List;
import java.util.Map;

/**
 * Everything compiled at startup: notifications in file and written order, grouped by trigger, and the template mirrors
 * by name. Immutable. Public because the resolver reads it.
 */
public record Definitions(List<Notification> notifications, Map<String, List<Notification>> byTrigger,
        Map<String, Mirror> mirrors) {

    public Definitions {
        notifications = List.copyOf(notifications);
        byTrigger = Map.copyOf(byTrigger);
        mirrors = Map.copyOf(mirrors);
    }
}
