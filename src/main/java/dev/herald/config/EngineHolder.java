package dev.herald.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

import dev.herald.compile.CompileReport;
import dev.herald.compile.DefinitionsException;
import dev.herald.message.MessageValidator;
import dev.herald.resolve.NotificationEngine;
import dev.herald.sandbox.SandboxSwitch;
import dev.herald.upstream.UpstreamSettings;

/**
 * Compiles the definitions once, at startup, and holds the engine. Bad definitions or a missing upstream configuration
 * stop the service: the failure is thrown as a {@link ConfigurationException} without a cause, which Quarkus prints as
 * its bare message (no stack trace) before exiting with status 1. Public because the REST resources and the health
 * check read the engine.
 */
@ApplicationScoped
public class EngineHolder {

    private static final Logger LOG = Logger.getLogger(EngineHolder.class);

    private final HeraldConfig config;
    private final MessageValidator validator;
    private final SandboxSwitch sandbox;
    private volatile NotificationEngine engine;
    /** Set when {@code herald.reload} is on (dev mode); then it, not {@link #engine}, holds the definitions. */
    private volatile DefinitionsReloader reloader;

    /** {@code validator} is Quarkus's Hibernate Validator: the engine never bootstraps its own in the service. */
    EngineHolder(HeraldConfig config, Validator validator, SandboxSwitch sandbox) {
        this.config = config;
        this.sandbox = sandbox;
        this.validator = new MessageValidator(validator);
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (!config.engineEnabled()) {
            LOG.info("Engine disabled (herald.engine.enabled=false): serving the sandbox only");
            return;
        }
        UpstreamCheck.problem(config.upstream(), sandbox.served()).ifPresent(message -> {
            throw new ConfigurationException(message, Set.of("herald.upstream.mode"));
        });
        Path rules = Path.of(config.rulesDir());
        Path templates = Path.of(config.templatesDir());
        if (config.reload()) {
            startReloading(rules, templates);
            return;
        }
        try {
            engine = NotificationEngine.compile(rules, templates, validator);
        } catch (DefinitionsException e) {
            // No cause on purpose: Quarkus prints a ConfigurationException root cause as its message only.
            throw new ConfigurationException(e.getMessage(), Set.of("herald.rules-dir", "herald.templates-dir"));
        }
        CompileReport report = engine.compileReport();
        LOG.infof("Compiled %s from %s and %s in %d ms", report.counts(), rules, templates, report.millis());
        LOG.debugf("Compile phases: %s", report.phasesText());
        logUpstream();
    }

    /** The compiled engine; present once startup has completed. */
    public NotificationEngine engine() {
        DefinitionsReloader live = reloader;
        if (live != null) {
            return live.current();
        }
        NotificationEngine current = engine;
        if (current == null) {
            throw new IllegalStateException("definitions are not compiled yet");
        }
        return current;
    }

    /** False when this process runs the sandbox alone. */
    public boolean enabled() {
        return config.engineEnabled();
    }

    /** True with live reload on: {@link #engine()} may then read and compile files before it answers. */
    public boolean reloading() {
        return reloader != null;
    }

    /** True once the definitions are compiled. */
    public boolean loaded() {
        DefinitionsReloader live = reloader;
        return live != null ? live.healthy() : engine != null;
    }

    // Live reload (herald.reload, on in dev mode): see DefinitionsReloader.

    /** How often, at most, the files are looked at again before a request. */
    static final Duration RELOAD_INTERVAL = Duration.ofMillis(500);

    /**
     * Compiles now and again whenever a file changes. Broken definitions do not stop the service here: they are logged
     * and every request that needs the engine fails with them until the files are fixed (then {@link #engine()} throws
     * {@link DefinitionsException}).
     */
    private void startReloading(Path rules, Path templates) {
        reloader = DefinitionsReloader.of(rules, templates, validator, RELOAD_INTERVAL);
        LOG.infof("Live reload on (herald.reload): %s and %s are checked for changes before requests", rules,
                templates);
        logUpstream();
    }

    /** One line on where messages go; in sandbox mode it says plainly that nothing reaches WhatsApp. */
    private void logUpstream() {
        UpstreamSettings settings = UpstreamSettings.of(config.upstream());
        if (settings.mode() == UpstreamMode.SANDBOX) {
            LOG.infof(
                    "Upstream: the built-in sandbox, an emulator of the provider's %s API (%s); nothing is sent "
                            + "to WhatsApp. Set HERALD_UPSTREAM_MODE=insider for the real provider",
                    settings.version().name().toLowerCase(), settings.baseUri());
        } else {
            LOG.infof("Upstream: %s", settings);
        }
    }
}
