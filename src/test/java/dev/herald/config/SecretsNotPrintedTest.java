package dev.herald.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import dev.herald.upstream.UpstreamSettings;

/** The config object's string forms and the startup summary never show a secret. */
class SecretsNotPrintedTest {

    static final List<String> SECRETS = List.of("k3y-s3cr3t-v1", "cl13nt-s3cr3t", "c4llb4ck-t0k3n");

    static HeraldConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(HeraldConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return config.getConfigMapping(HeraldConfig.class);
    }

    private static HeraldConfig withSecrets() {
        return config(Map.of("herald.upstream.mode", "insider", "herald.upstream.base-url", "https://provider.test",
                "herald.upstream.api-key", SECRETS.get(0), "herald.upstream.client-id", "client-1",
                "herald.upstream.client-secret", SECRETS.get(1), "herald.callbacks.token", SECRETS.get(2)));
    }

    @Test
    void configToStringHidesSecrets() {
        HeraldConfig config = withSecrets();
        assertTrue(config.upstream().clientSecret().isPresent(), "the secret is configured");
        for (Object form : List.of(config, config.upstream(), config.callbacks(), config.api())) {
            assertNoSecret(String.valueOf(form));
        }
    }

    @Test
    void startupSummaryHidesSecrets() {
        HeraldConfig config = withSecrets();
        String summary = UpstreamSettings.of(config.upstream()).toString();
        assertNoSecret(summary);
        assertTrue(summary.contains("mode=insider"), summary);
        assertTrue(summary.contains("credentials=client set"), summary);
    }

    @Test
    void refusalMessagesNameVariablesButNoValues() {
        HeraldConfig config = config(
                Map.of("herald.upstream.mode", "insider", "herald.upstream.client-secret", SECRETS.get(1)));
        String message = UpstreamCheck.problem(config.upstream(), true).orElseThrow();
        assertNoSecret(message);
        assertTrue(message.contains("HERALD_UPSTREAM_CLIENT_ID="), message);
    }

    static void assertNoSecret(String text) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), () -> "secret printed in: " + text);
        }
    }
}
