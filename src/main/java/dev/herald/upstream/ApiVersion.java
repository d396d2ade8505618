package dev.herald.upstream;

/** The provider API generation: v1 (key auth, camelCase items) or v2 (OAuth 2.0, snake_case items, sender). */
public enum ApiVersion {
    V1, V2
}
