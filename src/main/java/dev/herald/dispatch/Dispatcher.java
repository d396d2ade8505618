package dev.herald.dispatch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import dev.herald.resolve.Outcome;
import dev.herald.upstream.ApiVersion;
import dev.herald.upstream.Envelopes;
import dev.herald.upstream.FailureRule;
import dev.herald.upstream.SendResult;

/**
 * The delivery core, plain Java: messages of concurrent events are queued per sender number ("lane"), coalesced into
 * micro-batches, paced by one {@link Pacer}, sent through a {@link Transport} (in production guarded by a SmallRye
 * circuit breaker, bulkhead and timeout) and retried here, deadline-aware: {@code Retry-After} when the provider gives
 * one, else exponential backoff with jitter; only rows of the failure table marked retryable, and never a request the
 * provider may have accepted. A batch refused with 2001/2002 is bisected so that only the bad message fails. Every
 * message's future completes by its deadline. Public for the Quarkus wiring and tests.
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    /** One attempt at one request body; never throws for provider failures. */
    @FunctionalInterface
    public interface Transport {
        SendResult send(Object requestBody);
    }

    /** One message waiting for its outcome. */
    private record Item(Outcome.Ready ready, long deadline, long enqueued, CompletableFuture<Delivery> outcome) {
    }

    private final DeliverySettings settings;
    private final Transport transport;
    private final DispatchMetrics metrics;
    private final Pacer pacer;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final ExecutorService pool;

    public Dispatcher(DeliverySettings settings, Transport transport, DispatchMetrics metrics) {
        this.settings = settings;
        this.transport = transport;
        this.metrics = metrics;
        this.pacer = new Pacer(settings.rateLimit());
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "herald-dispatch-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Delivers these messages without holding the caller's thread: the outcomes, in order, complete by the deadline
     * (plus at most one per-attempt timeout should an in-flight request overrun), never exceptionally.
     */
    public CompletableFuture<List<Delivery>> deliverAsync(List<Outcome.Ready> ready) {
        long now = System.nanoTime();
        long deadline = now + settings.deadline().toNanos();
        long grace = settings.attemptTimeout().toNanos() + TimeUnit.SECONDS.toNanos(1);
        List<CompletableFuture<Delivery>> outcomes = new ArrayList<>(ready.size());
        for (Outcome.Ready r : ready) {
            Item item = new Item(r, deadline, now, new CompletableFuture<>());
            outcomes.add(item.outcome().completeOnTimeout(noOutcome("no outcome within the deadline"),
                    deadline + grace - now, TimeUnit.NANOSECONDS));
            lanes.computeIfAbsent(sender(r), Lane::new).enqueue(item);
        }
        return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                .thenApply(all -> outcomes.stream().map(CompletableFuture::join).toList());
    }

    private static Delivery noOutcome(String why) {
        return Delivery.of(SendResult.Failed.local(FailureRule.CONNECTION_RESET, why, Duration.ofSeconds(1)));
    }

    private String sender(Outcome.Ready r) {
        if (settings.version() == ApiVersion.V1) {
            return "";
        }
        return r.recipient().from() != null ? r.recipient().from() : String.valueOf(settings.defaultFrom());
    }

    /** The messages of one sender number: collects a batch while it waits for a permit, then hands it off. */
    private final class Lane {

        private final ArrayDeque<Item> queue = new ArrayDeque<>();
        private boolean running;

        Lane(String sender) {
        }

        void enqueue(Item item) {
            synchronized (this) {
                queue.add(item);
                if (queue.size() >= settings.batchMaxMessages()) {
                    notifyAll();
                }
                if (running) {
                    return;
                }
                running = true;
            }
            pool.execute(this::run);
        }

        private void run() {
            try {
                while (true) {
                    long firstDeadline;
                    synchronized (this) {
                        dropExpired();
                        if (queue.isEmpty()) {
                            running = false;
                            return;
                        }
                        linger();
                        dropExpired();
                        if (queue.isEmpty()) {
                            continue;
                        }
                        firstDeadline = queue.peek().deadline();
                    }
                    long waited = pacer.acquire(firstDeadline - settings.attemptTimeout().toNanos());
                    List<Item> batch = new ArrayList<>();
                    synchronized (this) {
                        if (waited < 0) {
                            refuseBeyondPacer();
                            continue;
                        }
                        while (!queue.isEmpty() && batch.size() < settings.batchMaxMessages()) {
                            batch.add(queue.poll());
                        }
                    }
                    metrics.limiterWait(waited);
                    pool.execute(() -> sendSafely(batch));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                synchronized (this) {
                    running = false;
                    queue.forEach(i -> i.outcome().complete(deadlineMiss(Duration.ofSeconds(1))));
                    queue.clear();
                }
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    running = false;
                }
                throw e;
            }
        }

        /** Waits (holding the monitor, released while waiting) until the oldest item lingered long enough. */
        private void linger() throws InterruptedException {
            long until = queue.peek().enqueued() + settings.batchMaxLinger().toNanos();
            long left;
            while (queue.size() < settings.batchMaxMessages() && (left = until - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        private void dropExpired() {
            long latestStart = System.nanoTime() + settings.attemptTimeout().toNanos();
            for (Iterator<Item> it = queue.iterator(); it.hasNext();) {
                Item item = it.next();
                if (item.deadline() - latestStart < 0) {
                    it.remove();
                    item.outcome().complete(deadlineMiss(Duration.ofSeconds(1)));
                }
            }
        }

        /** The pacer has no slot before the oldest item's deadline: refuse every item that cannot make it. */
        private void refuseBeyondPacer() {
            Duration wait = pacer.untilNextSlot();
            long slot = System.nanoTime() + wait.toNanos() + settings.attemptTimeout().toNanos();
            for (Iterator<Item> it = queue.iterator(); it.hasNext();) {
                Item item = it.next();
                if (item.deadline() - slot < 0) {
                    it.remove();
                    item.outcome().complete(deadlineMiss(wait));
                }
            }
        }
    }

    private static Delivery deadlineMiss(Duration retryAfter) {
        Duration at = retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
        return Delivery.of(SendResult.Failed.local(FailureRule.DEADLINE,
                "not sent: the delivery deadline left no room for an upstream request (rate limit or provider busy)",
                at));
    }

    private void sendSafely(List<Item> batch) {
        try {
            send(batch, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batch.forEach(i -> i.outcome().complete(deadlineMiss(Duration.ofSeconds(1))));
        } catch (RuntimeException e) {
            LOG.error("Delivery of a batch failed unexpectedly", e);
            batch.forEach(i -> i.outcome()
                    .complete(Delivery.of(SendResult.Failed.local(FailureRule.CONNECTION_RESET,
                            "unexpected failure while sending (" + e.getClass().getSimpleName() + ")",
                            Duration.ofSeconds(1)))));
        }
    }

    /** Sends one batch until it is accepted, refused for good, or its deadline leaves no room; may bisect. */
    private void send(List<Item> batch, boolean havePermit) throws InterruptedException {
        long deadline = batch.stream().mapToLong(Item::deadline).min().orElseThrow();
        long timeout = settings.attemptTimeout().toNanos();
        int retries = 0;
        boolean permit = havePermit;
        SendResult.Failed last = null;
        while (true) {
            if (!permit) {
                long waited = pacer.acquire(deadline - timeout);
                if (waited < 0) {
                    complete(batch,
                            last != null
                                    ? Delivery.of(last.withDetail(last.detail() + " (gave up after " + retries
                                            + " retries: the deadline leaves no room for another)"))
                                    : deadlineMiss(pacer.untilNextSlot()));
                    return;
                }
                metrics.limiterWait(waited);
            }
            permit = false;
            metrics.batch(batch.size());
            SendResult result;
            pacer.gate();
            try {
                result = transport.send(envelope(batch));
            } finally {
                pacer.answered();
            }
            metrics.request(result);
            if (result instanceof SendResult.Accepted accepted) {
                for (int i = 0; i < batch.size(); i++) {
                    String key = i < accepted.keys().size() ? accepted.keys().get(i) : null;
                    batch.get(i).outcome().complete(Delivery.sent(key));
                }
                return;
            }
            SendResult.Failed failed = (SendResult.Failed) result;
            last = failed;
            FailureRule row = failed.row();
            if (row == FailureRule.RATE_LIMITED) {
                pacer.pause(failed.retryAfter());
            }
            if ((row == FailureRule.INVALID || row == FailureRule.UNDECODABLE) && batch.size() > 1) {
                int half = batch.size() / 2;
                LOG.infof("Batch of %d refused (%s); bisecting to isolate the bad message", batch.size(), row);
                send(new ArrayList<>(batch.subList(0, half)), false);
                send(new ArrayList<>(batch.subList(half, batch.size())), false);
                return;
            }
            if (!row.retryable() || retries >= row.maxRetries()) {
                complete(batch, Delivery.of(failed));
                return;
            }
            Duration wait = failed.providerRetryAfter() ? failed.retryAfter() : backoff(retries);
            long room = deadline - timeout - System.nanoTime();
            if (!failed.providerRetryAfter() && wait.toNanos() > room && room > 0) {
                wait = Duration.ofNanos(Math.max(0, room - 1_000_000));
            }
            if (wait.toNanos() > room) {
                complete(batch, Delivery.of(failed.withDetail(failed.detail() + " (gave up after " + (retries + 1)
                        + (retries == 0 ? " attempt" : " attempts") + ": the deadline leaves no room for another)")));
                return;
            }
            retries++;
            metrics.retry(row.name());
            Pacer.sleepUntil(System.nanoTime() + wait.toNanos());
        }
    }

    /** Exponential backoff with jitter: {@code initial * 2^retry}, capped, the jitter fraction drawn at random. */
    Duration backoff(int retry) {
        long base = settings.initialBackoff().toNanos() << Math.min(retry, 20);
        base = Math.min(base, settings.maxBackoff().toNanos());
        double jitter = Math.max(0, Math.min(1, settings.jitter()));
        long randomPart = (long) (base * jitter * ThreadLocalRandom.current().nextDouble());
        return Duration.ofNanos(base - randomPart);
    }

    private Object envelope(List<Item> batch) {
        List<Outcome.Ready> ready = new ArrayList<>(batch.size());
        batch.forEach(i -> ready.add(i.ready()));
        return Envelopes.build(settings.version(), ready, settings.defaultFrom()).get(0);
    }

    private static void complete(List<Item> batch, Delivery delivery) {
        batch.forEach(i -> i.outcome().complete(delivery));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
