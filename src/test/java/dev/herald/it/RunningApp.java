package dev.herald.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged application running as its own process on a free port (jar or native executable, see {@link Packaged}),
 * with its output in a file. {@link #close()} stops it with SIGKILL if it still runs.
 */
final class RunningApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private RunningApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the application with {@code properties} and waits (at most 60 s) until it answers on its port. */
    static RunningApp start(List<String> properties, Map<String, String> environment, String... prefix)
            throws IOException, InterruptedException {
        int port = Packaged.freePort();
        List<String> all = new ArrayList<>(properties);
        all.add("-Dquarkus.http.port=" + port);
        List<String> command = new ArrayList<>(List.of(prefix));
        command.addAll(Packaged.command(all));
        Path log = Files.createTempFile("herald-app", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        RunningApp app = new RunningApp(builder.start(), log, port);
        app.awaitListening();
        return app;
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the application stopped:\n" + output());
            if (output().contains("Listening on")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the application did not start within 60 s:\n" + output());
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    Process process() {
        return process;
    }

    /** Everything the application printed so far. */
    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** A GET of {@code path}, answered as text. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A POST of a JSON body to {@code path}, answered as text. */
    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends SIGTERM to the application (the child of a wrapper such as {@code strace}, when there is one) and waits for
     * the process to end; returns its exit status.
     */
    int terminate(Duration most) throws InterruptedException {
        process.toHandle().children().findFirst().orElse(process.toHandle()).destroy();
        assertTrue(process.waitFor(most.toMillis(), TimeUnit.MILLISECONDS),
                "the application did not stop within " + most);
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
