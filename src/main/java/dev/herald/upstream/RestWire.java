package dev.herald.upstream;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/** The production {@link Wire}: the two REST client interfaces, built lazily (the sandbox port is known late). */
final class RestWire implements Wire {

    private final UpstreamSettings settings;
    private volatile ProviderApi provider;
    private volatile TokenApi tokenApi;

    RestWire(UpstreamSettings settings) {
        this.settings = settings;
    }

    @Override
    public Answer send(ApiVersion version, String auth, String json) {
        Response answer = version == ApiVersion.V1 ? provider().sendV1(auth, json) : provider().sendV2(auth, json);
        return read(answer);
    }

    @Override
    public Answer token(String basic) {
        return read(tokenApi().token(basic, "client_credentials"));
    }

    private static Answer read(Response answer) {
        try (answer) {
            String body;
            try {
                body = answer.hasEntity() ? answer.readEntity(String.class) : "";
            } catch (RuntimeException unreadable) {
                body = "";
            }
            return new Answer(answer.getStatus(), body, answer.getHeaderString(HttpHeaders.RETRY_AFTER));
        }
    }

    private ProviderApi provider() {
        ProviderApi current = provider;
        if (current == null) {
            synchronized (this) {
                if (provider == null) {
                    provider = builder(settings.baseUri()).build(ProviderApi.class);
                }
                current = provider;
            }
        }
        return current;
    }

    private TokenApi tokenApi() {
        TokenApi current = tokenApi;
        if (current == null) {
            synchronized (this) {
                if (tokenApi == null) {
                    tokenApi = builder(settings.tokenUri()).build(TokenApi.class);
                }
                current = tokenApi;
            }
        }
        return current;
    }

    private QuarkusRestClientBuilder builder(URI base) {
        long millis = settings.timeout().toMillis();
        return QuarkusRestClientBuilder.newBuilder().baseUri(base).connectTimeout(millis, TimeUnit.MILLISECONDS)
                .readTimeout(millis, TimeUnit.MILLISECONDS).disableDefaultMapper(true);
    }
}
