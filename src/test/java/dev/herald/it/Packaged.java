package dev.herald.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as a user starts it: the native executable when the build made one (the {@code native}
 * profile sets {@code native.image.path}), else {@code java -jar target/quarkus-app/quarkus-run.jar}. Settings are
 * given as {@code -D} options, which both accept; the environment can be given too.
 */
final class Packaged {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private Packaged() {
    }

    /** True when the tests run against the native executable. */
    static boolean isNative() {
        return nativeExecutable() != null;
    }

    private static Path nativeExecutable() {
        String path = System.getProperty("native.image.path");
        return path == null || path.isBlank() ? null : Path.of(path);
    }

    /** The command line that runs the application with {@code properties} ({@code -Dkey=value}) and {@code args}. */
    static List<String> command(List<String> properties, String... args) {
        List<String> command = new ArrayList<>();
        Path executable = nativeExecutable();
        if (executable != null) {
            assertTrue(Files.isExecutable(executable), "build the native executable first: " + executable);
            command.add(executable.toString());
            command.addAll(properties);
        } else {
            assertTrue(Files.isRegularFile(JAR), "package the application first");
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(properties);
            command.add("-jar");
            command.add(JAR.toString());
        }
        command.addAll(List.of(args));
        return command;
    }

    /** What a finished run printed (stdout and stderr together) and its exit status. */
    record Result(int status, String output) {
    }

    /** Runs the application to its end (at most 60 s) and returns its status and output. */
    static Result run(List<String> properties, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("herald-run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command(properties, args)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** A loopback port nothing listens on right now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
