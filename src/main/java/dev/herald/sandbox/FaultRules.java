package dev.herald.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The emulator's fault plan: an ordered queue of {@link FaultRule}s. For each request the rules are tried in the order
 * they were added; a rule that does not match the endpoint is skipped; a count rule ({@code next}) applies and uses one
 * of its requests, and is removed when none remain; a share rule draws from its own random and applies when the draw is
 * below its share, otherwise the next rule is tried. The first rule that applies decides; at most one applies.
 * Thread-safe.
 */
final class FaultRules implements FaultPlan {

    /** A queued rule and its state. */
    private static final class Entry {
        final long id;
        final FaultRule rule;
        final Random random;
        int remaining;
        long applied;

        Entry(long id, FaultRule rule) {
            this.id = id;
            this.rule = rule;
            this.random = rule.seed() == null ? new Random() : new Random(rule.seed());
            this.remaining = rule.next();
        }

        boolean applies() {
            if (rule.next() > 0) {
                return remaining > 0;
            }
            return random.nextDouble() < rule.share();
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private long lastId;

    /** Rules in effect from the start, in order. */
    FaultRules(List<FaultRule> initial) {
        initial.forEach(this::add);
    }

    /** Queues a rule behind the others; returns it as {@link #toJson()} lists it, with its new {@code id}. */
    synchronized ObjectNode add(FaultRule rule) {
        Entry entry = new Entry(++lastId, rule);
        entries.add(entry);
        return toJson(entry);
    }

    /** Removes every rule. Ids keep increasing. */
    synchronized void clear() {
        entries.clear();
    }

    /** The active rules, in order, as {@code GET /sandbox/admin/faults} lists them. */
    synchronized ArrayNode toJson() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        entries.forEach(entry -> array.add(toJson(entry)));
        return array;
    }

    /** One rule with its state: {@code id}, the rule's keys, {@code remaining} (count rules), {@code applied}. */
    private static ObjectNode toJson(Entry entry) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("id", entry.id);
        node.setAll(entry.rule.toJson());
        if (entry.rule.next() > 0) {
            node.put("remaining", entry.remaining);
        }
        node.put("applied", entry.applied);
        return node;
    }

    @Override
    public synchronized Optional<Injection> intercept(SandboxEndpoint endpoint) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
            Entry entry = it.next();
            if (!entry.rule.matches(endpoint) || !entry.applies()) {
                continue;
            }
            entry.applied++;
            if (entry.rule.next() > 0 && --entry.remaining == 0) {
                it.remove();
            }
            return Optional.of(entry.rule.injection());
        }
        return Optional.empty();
    }
}
