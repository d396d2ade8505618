package dev.herald.authoring;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.herald.compile.DefinitionsException;
import dev.herald.message.MessageValidator;
import dev.herald.resolve.NotificationEngine;

/**
 * {@code validate [--rules DIR] [--templates DIR]}: compiles the definitions, runs every {@code *.test.yaml} under the
 * rules folder, prints every problem and failure as {@code path:line:column: CODE: message} and a summary line. Exit
 * status 0 when all is well, 1 on any problem or failure, 2 on a usage error. Plain Java: no Quarkus, no server, no
 * network. Public because the main class and the build's tests run it.
 */
public final class ValidateCommand {

    static final String USAGE = "usage: validate [--rules DIR] [--templates DIR]";

    /** What one run found; {@link #lines()} is what it printed before the summary. */
    record Report(int notifications, int tests, int passed, int failed, int notRun, int problems, List<String> lines) {

        boolean ok() {
            return problems == 0 && failed == 0 && notRun == 0;
        }

        /** {@code validate: 6 notifications, 9 fixture tests: 9 passed, 0 failed} and what went wrong besides. */
        String summary(long millis) {
            StringBuilder line = new StringBuilder("validate: ");
            if (notifications < 0) {
                line.append(plural(problems, "problem")).append("; the definitions do not compile");
                if (tests > 0) {
                    line.append(", ").append(plural(tests, "fixture test")).append(" not run");
                }
            } else {
                line.append(plural(notifications, "notification")).append(", ").append(plural(tests, "fixture test"))
                        .append(": ").append(passed).append(" passed, ").append(failed).append(" failed");
                if (notRun > 0) {
                    line.append(", ").append(notRun).append(" not run");
                }
                if (problems > 0) {
                    line.append("; ").append(plural(problems, "problem"));
                }
            }
            return line.append(" (").append(millis).append(" ms)").toString();
        }
    }

    private ValidateCommand() {
    }

    /** Runs the command with the arguments that follow {@code validate}; returns the exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        Path rules = Path.of(setting("herald.rules-dir", "HERALD_RULES_DIR", "rules"));
        Path templates = Path.of(setting("herald.templates-dir", "HERALD_TEMPLATES_DIR", "templates"));
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--rules") || arg.equals("--templates")) && i + 1 < args.size()) {
                Path value = Path.of(args.get(++i));
                if (arg.equals("--rules")) {
                    rules = value;
                } else {
                    templates = value;
                }
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else {
                err.println("validate: unexpected argument \"" + arg + "\"");
                err.println(USAGE);
                return 2;
            }
        }
        Report report = validate(rules, templates);
        report.lines().forEach(out::println);
        out.println(report.summary((System.nanoTime() - started) / 1_000_000));
        out.flush();
        return report.ok() ? 0 : 1;
    }

    /** Compiles, reads and runs every fixture; never throws for bad definitions or fixtures. */
    static Report validate(Path rules, Path templates) {
        List<String> lines = new ArrayList<>();
        NotificationEngine engine = null;
        int problems = 0;
        try {
            engine = NotificationEngine.compile(rules, templates, MessageValidator.create());
        } catch (DefinitionsException e) {
            e.problems().forEach(p -> lines.add(p.toString()));
            problems += e.problems().size();
        }
        FixtureRunner runner = engine == null ? null : new FixtureRunner(engine);
        int tests = 0;
        int passed = 0;
        int failed = 0;
        int notRun = 0;
        for (Path file : fixtureFiles(rules)) {
            FixtureReader.Result read = FixtureReader.read(file, display(file));
            tests += read.written();
            notRun += read.written() - read.fixtures().size();
            problems += read.problems().size();
            List<FixtureRunner.Finding> findings = new ArrayList<>();
            read.problems().forEach(p -> findings.add(new FixtureRunner.Finding(p, List.of())));
            for (Fixture fixture : read.fixtures()) {
                if (runner == null) {
                    continue;
                }
                FixtureRunner.CaseResult result = runner.run(fixture);
                if (!result.ran()) {
                    notRun++;
                    problems += result.findings().size();
                } else if (result.passed()) {
                    passed++;
                } else {
                    failed++;
                }
                findings.addAll(result.findings());
            }
            findings.sort(Comparator.comparingInt((FixtureRunner.Finding f) -> f.problem().location().line())
                    .thenComparingInt(f -> f.problem().location().column()));
            findings.forEach(f -> lines.addAll(f.lines()));
        }
        if (engine == null) {
            return new Report(-1, tests, 0, 0, tests, problems, List.copyOf(lines));
        }
        return new Report(engine.definitions().size(), tests, passed, failed, notRun, problems, List.copyOf(lines));
    }

    /** Every {@code *.test.yaml} under the rules folder, any depth, sorted. */
    static List<Path> fixtureFiles(Path rules) {
        if (!Files.isDirectory(rules)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(rules)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".test.yaml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path as the compiler shows it: relative to the working directory when under it. */
    static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
