package dev.herald.preview;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The sample definitions (top-level {@code rules/} and {@code templates/}), preview page on. */
public class SamplePreviewProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("herald.rules-dir", "rules", "herald.templates-dir", "templates", "herald.preview.enabled",
                "true");
    }
}
