package dev.herald.upstream;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntSupplier;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;

import dev.herald.config.HeraldConfig;
import dev.herald.config.UpstreamMode;

/**
 * The effective upstream settings: the configured values, with the sandbox defaults filled in when
 * {@code herald.upstream.mode=sandbox}. The sandbox base URL is computed when first needed from the port this process
 * really listens on. {@link #toString()} never shows credentials. Public for the API layer and the health check.
 */
public final class UpstreamSettings {

    /** The v1 key the sandbox accepts. */
    static final String SANDBOX_KEY = "sandbox-key";
    /** The OAuth 2.0 client the sandbox accepts. */
    static final String SANDBOX_CLIENT = "sandbox-client";
    /** The OAuth 2.0 client secret the sandbox accepts. */
    static final String SANDBOX_SECRET = "sandbox-secret";
    /** The default sender number in sandbox mode. */
    static final String SANDBOX_FROM = "+905551234567";

    private final UpstreamMode mode;
    private final ApiVersion version;
    private final Optional<String> baseUrl;
    private final Optional<String> tokenUrl;
    private final Optional<String> from;
    private final Optional<String> apiKey;
    private final Optional<String> clientId;
    private final Optional<String> clientSecret;
    private final Duration timeout;
    private final IntSupplier httpPort;

    /** Settings over {@code config} with a fixed sandbox port; public for plain tests of the dispatch core. */
    public UpstreamSettings(HeraldConfig.Upstream config, IntSupplier httpPort) {
        this.mode = config.mode().orElse(null);
        this.version = config.apiVersion();
        boolean sandbox = mode == UpstreamMode.SANDBOX;
        this.baseUrl = config.baseUrl().map(UpstreamSettings::trimSlash);
        this.tokenUrl = config.tokenUrl();
        this.from = config.from().or(() -> sandbox ? Optional.of(SANDBOX_FROM) : Optional.empty());
        this.apiKey = config.apiKey().or(() -> sandbox ? Optional.of(SANDBOX_KEY) : Optional.empty());
        this.clientId = config.clientId().or(() -> sandbox ? Optional.of(SANDBOX_CLIENT) : Optional.empty());
        this.clientSecret = config.clientSecret().or(() -> sandbox ? Optional.of(SANDBOX_SECRET) : Optional.empty());
        this.timeout = config.timeout();
        this.httpPort = httpPort;
    }

    /** Settings over {@code config}, taking the sandbox port from this process's HTTP configuration. */
    public static UpstreamSettings of(HeraldConfig.Upstream config) {
        return new UpstreamSettings(config, UpstreamSettings::currentHttpPort);
    }

    /** {@code sandbox} or {@code insider}; {@code null} when not configured (startup refuses that). */
    public UpstreamMode mode() {
        return mode;
    }

    /** The provider API generation. */
    public ApiVersion version() {
        return version;
    }

    /** The default v2 sender number, or {@code null}. */
    public String from() {
        return from.orElse(null);
    }

    /** The provider base URL; in sandbox mode without a configured one, this process's {@code /sandbox}. */
    public URI baseUri() {
        return URI.create(baseUrl.orElseGet(() -> "http://localhost:" + httpPort.getAsInt() + "/sandbox"));
    }

    /** The OAuth 2.0 token endpoint. */
    URI tokenUri() {
        return tokenUrl.map(URI::create).orElseGet(() -> URI.create(baseUri() + "/oauth2/token"));
    }

    /** The token endpoint as shown in errors and logs: scheme, host, port and path, no credentials or query. */
    String tokenEndpointForLogs() {
        URI uri = tokenUri();
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getPath() == null ? "" : uri.getPath());
    }

    Optional<String> apiKey() {
        return apiKey;
    }

    Optional<String> clientId() {
        return clientId;
    }

    Optional<String> clientSecret() {
        return clientSecret;
    }

    Duration timeout() {
        return timeout;
    }

    /** The port this process serves HTTP on: the test port under {@code @QuarkusTest}. */
    static int currentHttpPort() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        int fallback = LaunchMode.current() == LaunchMode.TEST ? 8081 : 8080;
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(fallback);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A description safe for logs: mode, version and addresses, never credentials. */
    @Override
    public String toString() {
        String where = baseUrl.orElse(mode == UpstreamMode.SANDBOX ? "this process /sandbox" : "(not set)");
        return "mode=" + (mode == null ? "(not set)" : mode.name().toLowerCase()) + ", api-version="
                + version.name().toLowerCase() + ", base-url=" + where + ", from="
                + from.map(PhoneMask::mask).orElse("(not set)") + ", credentials="
                + (version == ApiVersion.V1 ? "api-key " : "client ") + (hasCredentials() ? "set" : "missing");
    }

    boolean hasCredentials() {
        return version == ApiVersion.V1 ? apiKey.isPresent() : clientId.isPresent() && clientSecret.isPresent();
    }
}
