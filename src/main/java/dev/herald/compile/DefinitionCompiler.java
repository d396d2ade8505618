package dev.herald.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;

import dev.herald.definition.Location;
import dev.herald.definition.YamlNode;
import dev.herald.definition.YamlReader;
import dev.herald.expr.Expressions;

/**
 * Compiles {@code rules/} and {@code templates/} in named phases: read files, parse YAML, bind mirrors, bind
 * notifications, cross-check, build. Collects every problem and fails once. Parsing and binding run file by file on
 * every processor; each file's problems are kept apart and merged in file order, so the problems and their order are
 * those of a sequential run. Public: the engine's compile entry.
 */
public final class DefinitionCompiler {

    private final Path rulesDir;
    private final Path templatesDir;
    private final Problems problems = new Problems();
    private final ObjLongConsumer<String> phases;
    private final int threads;
    private long phaseStarted;

    private DefinitionCompiler(Path rulesDir, Path templatesDir, ObjLongConsumer<String> phases, int threads) {
        this.rulesDir = rulesDir;
        this.templatesDir = templatesDir;
        this.phases = phases;
        this.threads = threads;
    }

    /**
     * Compiles everything, or throws {@link DefinitionsException} with every problem of every file.
     */
    public static Definitions compile(Path rulesDir, Path templatesDir) {
        return compile(rulesDir, templatesDir, (phase, nanos) -> {
        });
    }

    /**
     * Compiles everything as {@link #compile(Path, Path)} does, telling {@code phases} the name and duration (in
     * nanoseconds) of each phase as it ends.
     */
    public static Definitions compile(Path rulesDir, Path templatesDir, ObjLongConsumer<String> phases) {
        return compile(rulesDir, templatesDir, phases, ParallelMap.processors());
    }

    /** Compiles on at most {@code threads} threads (1: sequentially; a test compares both). */
    static Definitions compile(Path rulesDir, Path templatesDir, ObjLongConsumer<String> phases, int threads) {
        return new DefinitionCompiler(rulesDir, templatesDir, phases, threads).run();
    }

    private Definitions run() {
        phaseStarted = System.nanoTime();
        List<Path> ruleFiles = yamlFiles(rulesDir, "rules", true);
        List<Path> mirrorFiles = yamlFiles(templatesDir, "templates", false);
        phaseEnded("list files");
        Map<Path, YamlNode> ruleTrees = parse(ruleFiles);
        Map<Path, YamlNode> mirrorTrees = parse(mirrorFiles);
        phaseEnded("parse YAML");
        Expressions expressions = new Expressions(templatesDir);
        phaseEnded("expression engine");
        Map<String, Mirror> mirrors = bindMirrors(expressions, mirrorTrees);
        phaseEnded("bind mirrors");
        List<Notification> notifications = bindNotifications(expressions, mirrors, ruleTrees);
        phaseEnded("bind notifications");
        Map<String, List<Notification>> byTrigger = crossCheck(notifications);
        phaseEnded("cross-check");
        problems.throwIfAny();
        return new Definitions(notifications, byTrigger, mirrors);
    }

    private void phaseEnded(String name) {
        long now = System.nanoTime();
        phases.accept(name, now - phaseStarted);
        phaseStarted = now;
    }

    private List<Path> yamlFiles(Path dir, String what, boolean required) {
        if (!Files.isDirectory(dir)) {
            if (required || Files.exists(dir)) {
                problems.add(Location.ofFile(display(dir)), ErrorCode.NO_SUCH_DIRECTORY,
                        what + " directory " + dir + " does not exist; set herald." + what + "-dir");
            }
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().endsWith(".test.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file read and parsed, with its syntax problems (in a phase that runs on every processor). */
    private record Parsed(Path file, String display, YamlReader.Result result, IOException failure) {
    }

    private Map<Path, YamlNode> parse(List<Path> files) {
        List<Parsed> parsed = ParallelMap.map(files, threads, file -> {
            String display = display(file);
            try {
                return new Parsed(file, display, YamlReader.read(file, display), null);
            } catch (IOException e) {
                return new Parsed(file, display, null, e);
            }
        });
        Map<Path, YamlNode> trees = new LinkedHashMap<>();
        for (Parsed file : parsed) {
            if (file.failure() != null) {
                problems.add(Location.ofFile(file.display()), ErrorCode.YAML_SYNTAX,
                        "cannot read the file: " + file.failure().getMessage());
                continue;
            }
            for (YamlReader.SyntaxProblem problem : file.result().problems()) {
                problems.add(problem.location(),
                        problem.duplicateKey() ? ErrorCode.DUPLICATE_KEY : ErrorCode.YAML_SYNTAX, problem.message());
            }
            if (file.result().root() != null) {
                trees.put(file.file(), file.result().root());
            }
        }
        return trees;
    }

    private static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /** What binding one file gave, and the problems it found, kept apart until merged in file order. */
    private record Bound<T>(T value, Problems problems) {
    }

    private Map<String, Mirror> bindMirrors(Expressions expressions, Map<Path, YamlNode> trees) {
        List<Bound<Mirror>> bound = ParallelMap.map(List.copyOf(trees.values()), threads, tree -> {
            Problems found = new Problems();
            return new Bound<>(new MirrorReader(new Binder(found, expressions)).read(tree), found);
        });
        Map<String, Mirror> mirrors = new LinkedHashMap<>();
        for (Bound<Mirror> file : bound) {
            problems.addAll(file.problems());
            Mirror mirror = file.value();
            if (mirror == null) {
                continue;
            }
            Mirror previous = mirrors.putIfAbsent(mirror.name(), mirror);
            if (previous != null) {
                problems.add(mirror.location(), ErrorCode.DUPLICATE_NAME, "template mirror \"" + mirror.name()
                        + "\" is already defined at " + previous.location().fileLine());
            }
        }
        return mirrors;
    }

    private List<Notification> bindNotifications(Expressions expressions, Map<String, Mirror> mirrors,
            Map<Path, YamlNode> trees) {
        List<Bound<List<Notification>>> bound = ParallelMap.map(List.copyOf(trees.values()), threads, tree -> {
            Problems found = new Problems();
            return new Bound<>(bindFile(new Binder(found, expressions), expressions, mirrors, tree), found);
        });
        List<Notification> notifications = new ArrayList<>();
        for (Bound<List<Notification>> file : bound) {
            problems.addAll(file.problems());
            notifications.addAll(file.value());
        }
        return notifications;
    }

    private static List<Notification> bindFile(Binder binder, Expressions expressions, Map<String, Mirror> mirrors,
            YamlNode tree) {
        YamlNode.Mapping file = binder.fields(tree, "a rules file", "notifications");
        if (file == null) {
            return List.of();
        }
        YamlNode list = binder.require(file, "notifications", "a rules file");
        if (list == null) {
            return List.of();
        }
        NotificationBinder notificationBinder = new NotificationBinder(binder, expressions, mirrors);
        List<Notification> notifications = new ArrayList<>();
        for (YamlNode item : binder.list(list, "notifications")) {
            Notification notification = notificationBinder.bind(item);
            if (notification != null) {
                notifications.add(notification);
            }
        }
        return notifications;
    }

    private Map<String, List<Notification>> crossCheck(List<Notification> notifications) {
        Map<String, Notification> byName = new LinkedHashMap<>();
        Map<String, List<Notification>> byTrigger = new LinkedHashMap<>();
        for (Notification notification : notifications) {
            Notification previous = byName.putIfAbsent(notification.name(), notification);
            if (previous != null) {
                problems.add(notification.location(), ErrorCode.DUPLICATE_NAME, "notification \"" + notification.name()
                        + "\" is already defined at " + previous.location().fileLine());
            }
            byTrigger.computeIfAbsent(notification.trigger(), t -> new ArrayList<>()).add(notification);
        }
        byTrigger.replaceAll((trigger, list) -> List.copyOf(list));
        return byTrigger;
    }
}
