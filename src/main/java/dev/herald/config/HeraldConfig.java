package dev.herald.config;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import dev.herald.upstream.ApiVersion;

/**
 * Every Herald setting, under {@code herald.*}. Each key can be set from the environment the Quarkus way:
 * {@code herald.upstream.mode} is {@code HERALD_UPSTREAM_MODE}. Secrets (keys, client secret, callback token) are read
 * here but never printed. Public because the upstream client, the API and tests read it.
 */
@ConfigMapping(prefix = "herald")
public interface HeraldConfig {

    /** Folder of notification definitions ({@code *.yaml}, any depth), relative to the working directory. */
    /**
     * Whether this process compiles definitions and serves {@code /events} and {@code /definitions}. {@code false} runs
     * the sandbox alone (profile {@code sandbox}), e.g. as the upstream of a load test.
     */
    @WithName("engine.enabled")
    @WithDefault("true")
    boolean engineEnabled();

    @WithDefault("rules")
    String rulesDir();

    /** Folder of template mirrors ({@code *.yaml}) and Qute includes, relative to the working directory. */
    @WithDefault("templates")
    String templatesDir();

    /**
     * Live reload: before serving a request, look at most every 500 ms for changed files under the rules and templates
     * folders and recompile them; broken files make requests fail with their problems until fixed. On in dev mode.
     */
    @WithDefault("false")
    boolean reload();

    /** The preview page at {@code /preview}. */
    Preview preview();

    /** Where and how messages are delivered. */
    Upstream upstream();

    /** Limits of the inbound HTTP API. */
    Api api();

    /** Provider status callbacks. */
    Callbacks callbacks();

    /** The provider connection. */
    interface Upstream {

        /**
         * {@code sandbox} (the emulator in this process) or {@code insider} (the real API). No default: the production
         * profile refuses to start without it; the dev and test profiles set {@code sandbox}.
         */
        Optional<UpstreamMode> mode();

        /** Provider API generation: {@code v1} (key auth) or {@code v2} (OAuth 2.0 client credentials). */
        @WithDefault("v2")
        ApiVersion apiVersion();

        /**
         * Provider base URL, e.g. {@code https://whatsapp.useinsider.com}; the paths {@code /v1/send} and
         * {@code /v2/transactional/messages/send} are appended. Required for {@code insider}; in {@code sandbox} mode
         * it defaults to {@code http://localhost:<http port>/sandbox}.
         */
        Optional<String> baseUrl();

        /**
         * Default v2 sender number (E.164), used when a notification has no {@code from}. In {@code sandbox} mode it
         * defaults to {@code +905551234567}.
         */
        Optional<String> from();

        /** OAuth 2.0 token endpoint for v2. Defaults to {@code <base-url>/oauth2/token}. */
        Optional<String> tokenUrl();

        /**
         * Secret. The v1 key sent as {@code X-INS-AUTH-KEY}. In {@code sandbox} mode it defaults to the sandbox key.
         */
        Optional<String> apiKey();

        /** The v2 OAuth 2.0 client id. In {@code sandbox} mode it defaults to the sandbox client. */
        Optional<String> clientId();

        /** Secret. The v2 OAuth 2.0 client secret. In {@code sandbox} mode it defaults to the sandbox secret. */
        Optional<String> clientSecret();

        /** Connect and read timeout of one upstream call. */
        @WithDefault("10s")
        Duration timeout();
    }

    /** The inbound HTTP API. */
    interface Api {

        /** Largest accepted event body; a larger one is answered with 413 BODY_TOO_LARGE. */
        @WithDefault("262144")
        MemorySize maxBodySize();

        /**
         * Secrets. API keys callers must send in {@code X-API-Key} (or {@code Authorization: Bearer <key>}) to use
         * {@code /events} and {@code /definitions}. Unset: the API is open (dev, test, or behind a trusted gateway).
         */
        Optional<java.util.Set<String>> keys();
    }

    /** The preview page. */
    interface Preview {

        /** Serve the preview page at {@code /preview}; on in dev and test, off in production unless set. */
        @WithDefault("false")
        boolean enabled();
    }

    /** Provider status callbacks. */
    interface Callbacks {

        /** Secret. The bearer token the provider sends with status callbacks. */
        Optional<String> token();
    }
}
