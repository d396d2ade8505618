package dev.herald.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Starts the service with secrets configured and DEBUG logging into a file, then reads the file. */
@QuarkusTest
@TestProfile(StartupLogSecretsTest.WithSecrets.class)
class StartupLogSecretsTest {

    static final Path LOG = Path.of("target", "startup-secrets-test.log");
    static final List<String> SECRETS = List.of("k3y-s3cr3t-v1", "cl13nt-s3cr3t", "c4llb4ck-t0k3n");

    /** Secrets set, everything Herald logs captured at DEBUG. */
    public static class WithSecrets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.deleteIfExists(LOG);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("herald.upstream.api-key", SECRETS.get(0), "herald.upstream.client-secret", SECRETS.get(1),
                    "herald.callbacks.token", SECRETS.get(2), "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(), "quarkus.log.category.\"dev.herald\".level", "DEBUG",
                    "quarkus.log.file.level", "DEBUG");
        }
    }

    @Test
    void startupLogReportsTheCompileDurationAndItsPhases() throws IOException {
        String log = Files.readString(LOG);
        assertTrue(Pattern
                .compile("INFO .*Compiled 3 notifications \\(2 triggers, 1 mirror\\) from "
                        + "src/test/resources/e2e/rules and src/test/resources/e2e/templates in \\d+ ms")
                .matcher(log).find(), log);
        assertTrue(
                Pattern.compile("DEBUG .*Compile phases: list files \\d+ ms, parse YAML \\d+ ms, .*"
                        + "bind notifications \\d+ ms, cross-check \\d+ ms$", Pattern.MULTILINE).matcher(log).find(),
                log);
    }

    @Test
    void startupLogNamesTheUpstreamButNoSecret() throws IOException {
        String log = Files.readString(LOG);
        assertTrue(log.contains("Compiled 3 notifications"), log);
        assertTrue(log.contains("Upstream: the built-in sandbox, an emulator of the provider's v2 API"), log);
        for (String secret : SECRETS) {
            assertFalse(log.contains(secret), "secret in startup log");
        }
    }
}
