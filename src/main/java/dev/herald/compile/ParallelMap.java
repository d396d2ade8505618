package dev.herald.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a list on every available processor and returns the results in the list's order, so that whatever the caller
 * does with them (problems, duplicates) happens in the same order as a sequential loop. The caller works too; the
 * helper threads are started per call, carry the caller's context class loader and end with the call. Exceptions are
 * rethrown in the caller: the one of the lowest index, as a sequential loop would have thrown first.
 */
final class ParallelMap {

    /** Below this many items a sequential loop is cheaper than starting a thread. */
    private static final int MIN_ITEMS = 8;

    private ParallelMap() {
    }

    /** The number of threads {@link #map} uses by default: one per available processor. */
    static int processors() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Applies {@code function} to every item on up to {@code maxThreads} threads (the caller included). */
    static <T, R> List<R> map(List<T> items, int maxThreads, Function<? super T, ? extends R> function) {
        int threads = Math.min(maxThreads, items.size() / (MIN_ITEMS / 2));
        if (threads <= 1 || items.size() < MIN_ITEMS) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(function.apply(item));
            }
            return results;
        }
        Object[] results = new Object[items.size()];
        Throwable[] failures = new Throwable[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                try {
                    results[i] = function.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                }
            }
        };
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Thread> helpers = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(worker, "herald-compile-" + t);
            helper.setDaemon(true);
            helper.setContextClassLoader(loader);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers finish the work either way; keep the flag for the caller
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }
}
