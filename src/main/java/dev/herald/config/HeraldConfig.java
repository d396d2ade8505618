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

    /** Retries, circuit breaker, bulkhead, pacing and batching of upstream requests. */
    Delivery delivery();

    /** Provider status callbacks. */
    Callbacks callbacks();

    /** Repeats of an event ({@code Idempotency-Key}, body {@code id}) and {@code once_per}. */
    Idempotency idempotency();

    /** What happens on SIGTERM. */
    Shutdown shutdown();

    /** Graceful shutdown (package {@code dev.herald.lifecycle}). */
    interface Shutdown {

        /**
         * On SIGTERM new events are refused (503 SHUTTING_DOWN) and the events in flight finish: the shutdown waits for
         * them at most {@code herald.delivery.deadline} plus this grace, which covers an upstream request still
         * answering at the deadline ({@code herald.upstream.timeout}) and the answers' writing. The platform's
         * termination grace period must be longer than both together.
         */
        @WithDefault("3s")
        Duration grace();
    }

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

        /**
         * Per-attempt timeout: connect and read timeout of one upstream request (and of one token request). A send that
         * times out after it was written is not resent (the provider may have accepted it).
         */
        @WithDefault("2s")
        Duration timeout();
    }

    /** Fault tolerance, pacing and batching of deliveries (package {@code dev.herald.dispatch}). */
    interface Delivery {

        /**
         * Per-event deadline: by then the caller has its answer. Messages not accepted by then are answered 503 with
         * {@code Retry-After}; no attempt starts later than the deadline minus {@code herald.upstream.timeout}.
         */
        @WithDefault("10s")
        Duration deadline();

        /** Upstream requests per second, for all senders together, paced evenly (no burst above it in any second). */
        @WithDefault("1000")
        int rateLimit();

        /** Retries of retryable failures (backoff when the provider gives no {@code Retry-After}). */
        Retry retry();

        /** The circuit breaker on the upstream. */
        Breaker breaker();

        /** The bulkhead: concurrent upstream requests. */
        Bulkhead bulkhead();

        /** Micro-batching of messages of concurrent events into one request. */
        Batch batch();

        /** Retry backoff. */
        interface Retry {

            /** First backoff; doubles per retry (exponential), randomised by {@code jitter}. */
            @WithDefault("100ms")
            Duration initialBackoff();

            /** Largest backoff. */
            @WithDefault("2s")
            Duration maxBackoff();

            /** Fraction of each backoff drawn at random (0: none, 0.5: between 50% and 100% of it). */
            @WithDefault("0.5")
            double jitter();
        }

        /** Circuit breaker (SmallRye Fault Tolerance). */
        interface Breaker {

            /** Rolling window: the last this many upstream requests are judged. */
            @WithDefault("20")
            int requestVolume();

            /** Open when at least this fraction of the window failed retryably (no answer, 429, 5xx, 2003, ...). */
            @WithDefault("0.5")
            double failureRatio();

            /** How long the breaker stays open before letting trial requests through; also the Retry-After. */
            @WithDefault("5s")
            Duration delay();

            /** Successful trial requests that close a half-open breaker. */
            @WithDefault("1")
            int successThreshold();
        }

        /** Bulkhead (SmallRye Fault Tolerance). */
        interface Bulkhead {

            /** Upstream requests in flight at once; more are retried with backoff within the deadline. */
            @WithDefault("50")
            int maxConcurrent();
        }

        /** Micro-batching. */
        interface Batch {

            /** Most messages in one upstream request. */
            @WithDefault("50")
            int maxMessages();

            /** How long the first message of a batch waits for others before the batch is sent. */
            @WithDefault("2ms")
            Duration maxLinger();
        }
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

        /**
         * Secret. The bearer token the provider sends with status callbacks. Unset: every callback is refused (401).
         */
        Optional<String> token();

        /** The in-memory message log the callbacks update. */
        Log log();

        /** The message log: what was sent under each key and its status history. */
        interface Log {

            /** Most messages kept; the oldest are dropped beyond it (pending callbacks are bounded the same). */
            @WithDefault("100000")
            int maxSize();

            /** How long a sent message is kept. */
            @WithDefault("24h")
            Duration ttl();

            /** How long a callback for a key not (yet) sent by this process is kept, waiting for the send's record. */
            @WithDefault("1h")
            Duration pendingTtl();
        }
    }

    /** Idempotent repeats and {@code once_per}, held in memory by this process. */
    interface Idempotency {

        /** How long the answer to a request with an idempotency key is kept and replayed, from its first arrival. */
        @WithDefault("24h")
        Duration ttl();

        /**
         * Most keys remembered (each store: requests, once_per values); beyond it the oldest are forgotten first.
         */
        @WithDefault("100000")
        int maxEntries();

        /**
         * How long a repeat waits for the first request with its key to finish before answering 409
         * IDEMPOTENCY_IN_FLIGHT.
         */
        @WithName("wait")
        @WithDefault("5s")
        Duration waitFor();

        /** How long a {@code once_per} value is remembered after its notification was accepted by the provider. */
        @WithDefault("24h")
        Duration oncePerTtl();
    }
}
