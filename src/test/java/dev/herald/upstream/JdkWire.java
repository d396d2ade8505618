package dev.herald.upstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.herald.config.HeraldConfig;
import dev.herald.config.UpstreamMode;

/** A {@link Wire} over the JDK HTTP client, so plain tests run the real {@link UpstreamClient} without Quarkus. */
public final class JdkWire implements Wire {

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;

    JdkWire(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** A real upstream client (insider mode, sandbox credentials) talking to {@code base} over the JDK client. */
    public static UpstreamClient client(URI base, ApiVersion version, Duration timeout) {
        return new UpstreamClient(new UpstreamSettings(insider(base, version, timeout), () -> 0), new ObjectMapper(),
                Clock.systemUTC(), new JdkWire(base, timeout));
    }

    /** Insider-mode settings for {@code base}, with test credentials ({@code test-client} / {@code test-secret}). */
    static HeraldConfig.Upstream insider(URI base, ApiVersion version, Duration timeout) {
        return new HeraldConfig.Upstream() {
            public Optional<UpstreamMode> mode() {
                return Optional.of(UpstreamMode.INSIDER);
            }

            public ApiVersion apiVersion() {
                return version;
            }

            public Optional<String> baseUrl() {
                return Optional.of(base.toString());
            }

            public Optional<String> from() {
                return Optional.of("+905551234567");
            }

            public Optional<String> tokenUrl() {
                return Optional.empty();
            }

            public Optional<String> apiKey() {
                return Optional.of("test-key");
            }

            public Optional<String> clientId() {
                return Optional.of("test-client");
            }

            public Optional<String> clientSecret() {
                return Optional.of("test-secret");
            }

            public Duration timeout() {
                return timeout;
            }
        };
    }

    @Override
    public Answer send(ApiVersion version, String auth, String json) {
        String path = version == ApiVersion.V1 ? "/v1/send" : "/v2/transactional/messages/send";
        String header = version == ApiVersion.V1 ? "X-INS-AUTH-KEY" : "Authorization";
        return post(HttpRequest.newBuilder(URI.create(base + path)).header(header, auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Override
    public Answer token(String basic) {
        return post(HttpRequest.newBuilder(URI.create(base + "/oauth2/token")).header("Authorization", basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    }

    private Answer post(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.body(),
                    answer.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
