package dev.herald.config;

/** Where messages go. Public because it is part of {@link HeraldConfig}. */
public enum UpstreamMode {
    /** The built-in emulator of the provider, served by this same process under {@code /sandbox}. */
    SANDBOX,
    /** The real Insider WhatsApp API. */
    INSIDER
}
