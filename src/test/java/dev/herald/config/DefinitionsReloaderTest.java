package dev.herald.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.herald.compile.DefinitionsException;
import dev.herald.message.MessageValidator;
import dev.herald.resolve.NotificationEngine;

class DefinitionsReloaderTest {

    private static final MessageValidator VALIDATOR = MessageValidator.create();

    private static final Duration INTERVAL = Duration.ofMillis(500);

    @TempDir
    Path root;
    Path rules;
    Path templates;
    Path rule;
    final AtomicLong clock = new AtomicLong();
    final AtomicInteger compilations = new AtomicInteger();
    DefinitionsReloader reloader;

    @BeforeEach
    void start() throws IOException {
        rules = Files.createDirectories(root.resolve("rules"));
        templates = Files.createDirectories(root.resolve("templates"));
        rule = rules.resolve("notes.yaml");
        write(rule, rule("note-echo", "note.posted"), 0);
        reloader = new DefinitionsReloader(rules, templates, (r, t) -> {
            compilations.incrementAndGet();
            return NotificationEngine.compile(r, t, VALIDATOR);
        }, INTERVAL, clock::get);
    }

    @Test
    void anEditedRuleIsCompiledOnTheNextRequestAfterTheInterval() throws IOException {
        NotificationEngine first = reloader.current();
        assertTrue(first.hasTrigger("note.posted"));

        write(rule, rule("note-echo", "note.published"), 1);
        assertSame(first, reloader.current(), "not looked at again within the interval");

        clock.addAndGet(INTERVAL.toNanos());
        NotificationEngine second = reloader.current();
        assertNotSame(first, second);
        assertTrue(second.hasTrigger("note.published"));
        assertFalse(second.hasTrigger("note.posted"));
    }

    @Test
    void unchangedFilesAreNotCompiledAgain() {
        NotificationEngine first = reloader.current();
        clock.addAndGet(INTERVAL.toNanos() * 3);
        assertSame(first, reloader.current());
        assertEquals(1, compilations.get());
    }

    @Test
    void aNewFileAndAChangedTemplateCount() throws IOException {
        NotificationEngine first = reloader.current();
        write(rules.resolve("more/other.yaml"), rule("other-echo", "other.posted"), 1);
        clock.addAndGet(INTERVAL.toNanos());
        NotificationEngine second = reloader.current();
        assertTrue(second.hasTrigger("other.posted"));

        write(templates.resolve("note.txt"), "Note: {event.note}", 2);
        clock.addAndGet(INTERVAL.toNanos());
        assertNotSame(second, reloader.current());
        assertNotSame(first, second);
    }

    @Test
    void aBrokenEditFailsEveryRequestWithItsProblemsUntilFixed() throws IOException {
        reloader.current();
        write(rule, rule("note-echo", "note.posted").replace("trigger:", "tirgger:"), 1);
        clock.addAndGet(INTERVAL.toNanos());

        DefinitionsException broken = assertThrows(DefinitionsException.class, reloader::current);
        assertTrue(broken.getMessage().contains("UNKNOWN_KEY: unknown key \"tirgger\""), broken.getMessage());
        assertTrue(broken.getMessage().contains("notes.yaml:4:5"), broken.getMessage());
        assertFalse(reloader.healthy());
        clock.addAndGet(INTERVAL.toNanos());
        assertThrows(DefinitionsException.class, reloader::current, "the last good definitions are not used");

        write(rule, rule("note-echo", "note.fixed"), 2);
        clock.addAndGet(INTERVAL.toNanos());
        assertTrue(reloader.current().hasTrigger("note.fixed"));
        assertTrue(reloader.healthy());
    }

    @Test
    void definitionsBrokenAtStartAreReportedAndRecoverWhenFixed() throws IOException {
        write(rule, "notifications: [", 1);
        DefinitionsReloader fromBroken = new DefinitionsReloader(rules, templates,
                (r, t) -> NotificationEngine.compile(r, t, VALIDATOR), INTERVAL, clock::get);
        DefinitionsException broken = assertThrows(DefinitionsException.class, fromBroken::current);
        assertTrue(broken.getMessage().contains("YAML_SYNTAX"), broken.getMessage());

        write(rule, rule("note-echo", "note.posted"), 2);
        clock.addAndGet(INTERVAL.toNanos());
        assertTrue(fromBroken.current().hasTrigger("note.posted"));
    }

    private static String rule(String name, String trigger) {
        return """
                notifications:
                  - name: %s
                    to: "{event.phone}"
                    trigger: %s
                    text: {body: "{event.note}"}
                """.formatted(name, trigger);
    }

    /** Writes and sets a distinct modification time, so that the test does not depend on the clock's granularity. */
    private static void write(Path file, String text, int generation) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(generation)));
    }
}
