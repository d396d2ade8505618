package dev.herald.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class UpstreamCheckTest {

    private static Optional<String> check(Map<String, String> properties) {
        return UpstreamCheck.problem(SecretsNotPrintedTest.config(properties).upstream(), true);
    }

    @Test
    void refusesMissingModeAndSaysWhatToSet() {
        String message = check(Map.of()).orElseThrow();
        assertTrue(message.contains("herald.upstream.mode is not set"), message);
        assertTrue(
                message.contains(
                        "HERALD_UPSTREAM_MODE=insider HERALD_UPSTREAM_BASE_URL=https://whatsapp.useinsider.com"),
                message);
        assertTrue(message.contains("HERALD_UPSTREAM_API_KEY=..."), message);
        assertTrue(message.contains("HERALD_UPSTREAM_MODE=sandbox"), message);
    }

    @Test
    void insiderV1NeedsBaseUrlAndKey() {
        String message = check(Map.of("herald.upstream.mode", "insider", "herald.upstream.api-version", "v1"))
                .orElseThrow();
        assertTrue(
                message.endsWith(
                        "HERALD_UPSTREAM_BASE_URL=https://whatsapp.useinsider.com HERALD_UPSTREAM_API_KEY=..."),
                message);
    }

    @Test
    void insiderV2NeedsClientCredentialsAndSender() {
        String message = check(Map.of("herald.upstream.mode", "INSIDER", "herald.upstream.base-url", "https://p.test"))
                .orElseThrow();
        assertTrue(message.endsWith("HERALD_UPSTREAM_CLIENT_ID=... HERALD_UPSTREAM_CLIENT_SECRET=... "
                + "HERALD_UPSTREAM_FROM=+90...  (the v2 sender number, E.164)"), message);
    }

    @Test
    void completeConfigurationsPass() {
        assertEquals(Optional.empty(), check(Map.of("herald.upstream.mode", "sandbox")));
        assertEquals(Optional.empty(),
                check(Map.of("herald.upstream.mode", "insider", "herald.upstream.base-url", "https://p.test",
                        "herald.upstream.client-id", "c", "herald.upstream.client-secret", "s", "herald.upstream.from",
                        "+905551234567")));
        assertEquals(Optional.empty(), check(Map.of("herald.upstream.mode", "insider", "herald.upstream.api-version",
                "v1", "herald.upstream.base-url", "https://p.test", "herald.upstream.api-key", "k")));
    }

    @Test
    void sandboxModeNeedsASandboxToDeliverTo() {
        Map<String, String> sandbox = Map.of("herald.upstream.mode", "sandbox");
        String message = UpstreamCheck.problem(SecretsNotPrintedTest.config(sandbox).upstream(), false).orElseThrow();
        assertTrue(message.contains("herald.sandbox.enabled=false turns it off"), message);
        assertTrue(message.contains("HERALD_UPSTREAM_BASE_URL=http://<host>:<port>/sandbox"), message);
        assertEquals(Optional.empty(),
                UpstreamCheck.problem(SecretsNotPrintedTest.config(
                        Map.of("herald.upstream.mode", "sandbox", "herald.upstream.base-url", "http://s:1/sandbox"))
                        .upstream(), false));
    }

    @Test
    void defaultsMatchTheContract() {
        HeraldConfig config = SecretsNotPrintedTest.config(Map.of());
        assertEquals("rules", config.rulesDir());
        assertEquals("templates", config.templatesDir());
        assertEquals(dev.herald.upstream.ApiVersion.V2, config.upstream().apiVersion());
        assertEquals(java.time.Duration.ofSeconds(2), config.upstream().timeout());
        assertEquals(262144L, config.api().maxBodySize().asLongValue());
    }
}
