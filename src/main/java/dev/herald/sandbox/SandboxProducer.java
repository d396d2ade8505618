package dev.herald.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.Startup;

/**
 * Wires the plain-Java {@link Sandbox} from {@link SandboxConfig}, with the emulator's own {@link FaultRules} (seeded
 * from {@code herald.sandbox.faults}) as its fault plan. The send listener is a default bean: a later bean of that type
 * (status callbacks) replaces it without touching this class.
 */
@Singleton
class SandboxProducer {

    private static final System.Logger LOG = System.getLogger(SandboxProducer.class.getName());

    @Produces
    @Singleton
    Sandbox sandbox(SandboxConfig config, FaultRules faults, SendListener listener) {
        return new Sandbox(config.settings(), Clock.systemUTC(), faults, listener);
    }

    /** Created at startup, so that an invalid {@code herald.sandbox.faults} stops it. */
    @Produces
    @Singleton
    @Startup
    FaultRules faultRules(SandboxConfig config) {
        List<FaultRule> rules = configuredRules(config.faults());
        if (!rules.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "sandbox fault rules from herald.sandbox.faults: " + rules);
        }
        return new FaultRules(rules);
    }

    @Produces
    @Singleton
    @DefaultBean
    SendListener noListener() {
        return SendListener.none();
    }

    /**
     * The rules of {@code herald.sandbox.faults}, in order.
     *
     * @throws IllegalArgumentException
     *             naming every problem of every rule
     */
    static List<FaultRule> configuredRules(List<String> texts) {
        if (texts.size() == 1 && texts.get(0).strip().equals(SandboxConfig.NO_FAULTS)) {
            return List.of();
        }
        List<FaultRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                rules.add(FaultRule.parse(texts.get(i)));
            } catch (InvalidFaultRule invalid) {
                String where = "herald.sandbox.faults[" + i + "] \"" + texts.get(i) + "\": ";
                invalid.problems().forEach(problem -> problems.add(where + problem));
            }
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("Invalid sandbox fault rules (" + problems.size() + "):");
            for (int i = 0; i < problems.size(); i++) {
                message.append(System.lineSeparator()).append(i + 1).append(". ").append(problems.get(i));
            }
            throw new IllegalArgumentException(message.toString());
        }
        return List.copyOf(rules);
    }
}
