package dev.herald.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import dev.herald.compile.CompileReport;
import dev.herald.compile.DefinitionsException;
import dev.herald.message.MessageValidator;
import dev.herald.resolve.NotificationEngine;

/**
 * Live reload of the definitions (dev mode, {@code herald.reload}): before a request, at most once per interval,
 * compares a fingerprint of every file under the rules and templates folders (path, size, modification time) with the
 * last one and recompiles when it changed. A broken edit is never papered over with the last good engine:
 * {@link #current()} throws the compile problems until the files compile again. Plain Java, so a unit test drives it.
 */
final class DefinitionsReloader {

    private static final Logger LOG = Logger.getLogger(DefinitionsReloader.class);

    private final Path rules;
    private final Path templates;
    private final BiFunction<Path, Path, NotificationEngine> compiler;
    private final long intervalNanos;
    private final LongSupplier nanoClock;

    private List<String> fingerprint;
    private volatile long checkedAt;
    private volatile NotificationEngine engine;
    private volatile DefinitionsException broken;

    DefinitionsReloader(Path rules, Path templates, BiFunction<Path, Path, NotificationEngine> compiler,
            Duration interval, LongSupplier nanoClock) {
        this.rules = rules;
        this.templates = templates;
        this.compiler = compiler;
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
        synchronized (this) {
            this.checkedAt = nanoClock.getAsLong();
            this.fingerprint = fingerprint();
            compile(false);
        }
    }

    /** A reloader of the real compiler with {@code validator}, checking at most every {@code interval}. */
    static DefinitionsReloader of(Path rules, Path templates, MessageValidator validator, Duration interval) {
        return new DefinitionsReloader(rules, templates, (r, t) -> NotificationEngine.compile(r, t, validator),
                interval, System::nanoTime);
    }

    /**
     * The engine compiled from the files as they are now (checked at most once per interval).
     *
     * @throws DefinitionsException
     *             while the files on disk do not compile
     */
    NotificationEngine current() {
        if (nanoClock.getAsLong() - checkedAt >= intervalNanos) {
            check();
        }
        DefinitionsException failure = broken;
        if (failure != null) {
            throw failure;
        }
        return engine;
    }

    /** True when the files compiled the last time they were looked at. */
    boolean healthy() {
        return broken == null && engine != null;
    }

    private synchronized void check() {
        long now = nanoClock.getAsLong();
        if (now - checkedAt < intervalNanos) {
            return; // another request just checked
        }
        checkedAt = now;
        List<String> seen = fingerprint();
        if (!seen.equals(fingerprint)) {
            fingerprint = seen;
            compile(true);
        }
    }

    private void compile(boolean reload) {
        try {
            engine = compiler.apply(rules, templates);
            broken = null;
            CompileReport report = engine.compileReport();
            LOG.infof("%s %s from %s and %s in %d ms", reload ? "Reloaded" : "Compiled", report.counts(), rules,
                    templates, report.millis());
            LOG.debugf("Compile phases: %s", report.phasesText());
        } catch (DefinitionsException e) {
            broken = e;
            LOG.errorf("%s; requests fail until the files are fixed:%n%s",
                    reload ? "Definitions changed and do not compile" : "Definitions do not compile", e.getMessage());
        }
    }

    /** Path, size and modification time of every file under both folders, sorted; a missing folder adds nothing. */
    private List<String> fingerprint() {
        List<String> entries = new ArrayList<>();
        for (Path dir : List.of(rules, templates)) {
            if (!Files.isDirectory(dir)) {
                entries.add(dir + " absent");
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.forEach(file -> entries.add(describe(file)));
            } catch (IOException | UncheckedIOException e) {
                entries.add(dir + " unreadable: " + e.getMessage()); // compared again next time
            }
        }
        entries.sort(null);
        return entries;
    }

    private static String describe(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis() + " "
                    + attributes.lastModifiedTime().toInstant().getNano();
        } catch (IOException e) {
            return file + " gone";
        }
    }
}
