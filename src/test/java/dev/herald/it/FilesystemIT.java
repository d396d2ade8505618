package dev.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What a container needs of the filesystem: the packaged application reads its definitions from directories given by
 * the environment ({@code HERALD_RULES_DIR}, {@code HERALD_TEMPLATES_DIR}), so an image can bake them in or mount them,
 * and it writes nothing outside {@code /tmp} while it starts, sends, answers metrics and health, and stops, so that it
 * runs on a read-only root filesystem. Every file system call that writes is traced with {@code strace} (installed by
 * {@code .ci/run}).
 */
class FilesystemIT {

    /** Calls that create, change or remove a file system entry. */
    private static final Pattern WRITING_CALL = Pattern.compile(
            "^(?:\\d+ +)?(mkdir|mkdirat|rename|renameat|renameat2|unlink|unlinkat|rmdir|link|linkat|symlink|symlinkat|"
                    + "truncate|creat|chmod|fchmodat|chown|fchownat|utimensat)\\((.*)$");
    /** An open with a flag that writes. */
    private static final Pattern WRITING_OPEN = Pattern
            .compile("^(?:\\d+ +)?(open|openat)\\((.*(O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND).*)$");
    private static final Pattern PATH = Pattern.compile("\"([^\"]*)\"");

    @Test
    void runsWithDefinitionsFromTheEnvironmentAndWritesNothingOutsideTmp() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/strace")),
                "install strace to run this test: apt-get install -y strace (.ci/run does)");
        Path definitions = Files.createTempDirectory("herald-definitions");
        copy(Path.of("rules"), definitions.resolve("rules"));
        copy(Path.of("templates"), definitions.resolve("templates"));
        Path trace = Files.createTempFile("herald-strace", ".txt");
        Map<String, String> environment = Map.of("HERALD_UPSTREAM_MODE", "sandbox", "HERALD_RULES_DIR",
                definitions.resolve("rules").toString(), "HERALD_TEMPLATES_DIR",
                definitions.resolve("templates").toString());
        List<String> strace = List.of("/usr/bin/strace", "-f", "-qq", "-o", trace.toString(), "-e",
                "trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,rmdir,link,linkat,"
                        + "symlink,symlinkat,truncate,chmod,fchmodat,chown,fchownat,utimensat");

        try (RunningApp app = RunningApp.start(List.of(), environment, strace.toArray(String[]::new))) {
            assertTrue(app.output().contains("Compiled 6 notifications"), app.output());
            assertTrue(app.output().contains("from " + definitions.resolve("rules")), app.output());
            assertEquals(200,
                    app.post("/events/customer.registered",
                            Files.readString(Path.of("src/test/resources/events/customer.registered.json")))
                            .statusCode());
            assertEquals(200, app.get("/q/health/ready").statusCode());
            assertEquals(200, app.get("/q/metrics").statusCode());
            app.terminate(Duration.ofSeconds(30));
        }

        List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
        String pid = lines.isEmpty() ? "" : lines.get(0).split(" ", 2)[0];
        List<String> outside = new ArrayList<>();
        for (String line : lines) {
            if (line.contains("= -1 ")) {
                continue; // refused or failed: nothing was written
            }
            Matcher call = WRITING_CALL.matcher(line);
            Matcher open = WRITING_OPEN.matcher(line);
            String arguments = call.matches() ? call.group(2) : open.matches() ? open.group(2) : null;
            if (arguments == null) {
                continue;
            }
            Matcher path = PATH.matcher(arguments);
            while (path.find()) {
                if (!allowed(path.group(1)) && !jvmPerfData(line, path.group(1), pid)) {
                    outside.add(line);
                }
            }
        }
        assertEquals(List.of(), outside, "writes outside /tmp");
    }

    /** {@code /tmp}, and the kernel's own files ({@code /dev/null}, {@code /proc/self/...}) which are no storage. */
    private static boolean allowed(String path) {
        return path.startsWith("/tmp/") || path.equals("/tmp") || path.startsWith("/dev/") || path.startsWith("/proc/")
                || path.startsWith("/sys/");
    }

    /**
     * On the JVM (not the native executable), HotSpot's performance data file: it changes into
     * {@code /tmp/hsperfdata_<user>} and creates a file named after the process id there, which strace shows as a
     * relative path. {@code pid} is the traced process's (the first in the trace).
     */
    private static boolean jvmPerfData(String line, String path, String pid) {
        return !Packaged.isNative() && path.equals(pid) && line.contains("O_CREAT|O_NOFOLLOW");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
