package dev.herald.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's definitions, events and peer programs. They travel inside the jar (under {@code bench/}) and are
 * copied once to a temporary directory, because the engine compiles {@code rules/} and {@code templates/} from disk.
 */
final class BenchFiles {

    private static final List<String> FILES = List.of("rules/bench.yaml", "templates/order_update.yaml",
            "templates/order_shipped.yaml", "templates/weekly_picks.yaml");

    private static Path root;

    private BenchFiles() {
    }

    /** The directory holding {@code rules/} and {@code templates/}. */
    static synchronized Path definitions() {
        if (root == null) {
            try {
                Path dir = Files.createTempDirectory("herald-bench");
                for (String file : FILES) {
                    Path target = dir.resolve(file);
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes(file));
                }
                root = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    /** A file under {@code bench/jmh/}, e.g. {@code events/bench.list_for_each.json}. */
    static byte[] bytes(String file) {
        try (InputStream in = BenchFiles.class.getResourceAsStream("/bench/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bench/" + file + " is not in the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String file) {
        return new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }
}
