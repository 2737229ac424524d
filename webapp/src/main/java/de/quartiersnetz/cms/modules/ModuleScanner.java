package de.quartiersnetz.cms.modules;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Finds the modules below the light-modules directory and, in each, the definition files (by first-level
 * folder), bootstrap files and i18n bundles. Symlinks are followed; hidden entries are ignored.
 */
final class ModuleScanner {

    /** First-level folders that hold no YAML definitions. */
    private static final Set<String> NOT_DEFINITIONS = Set.of("includes", "bootstrap", "webresources", "i18n");

    private final Path root;

    ModuleScanner(Path lightModulesDir) {
        this.root = lightModulesDir;
    }

    List<ScannedModule> scan(Problems problems) {
        if (!Files.isDirectory(root)) {
            problems.add("", root, root.toString(), 0, "the light-modules directory does not exist; no modules loaded");
            return List.of();
        }
        List<ScannedModule> modules = new ArrayList<>();
        for (Path moduleDir : children(root, problems, "")) {
            if (Files.isDirectory(moduleDir)) {
                modules.add(scanModule(moduleDir, problems));
            }
        }
        return modules;
    }

    private ScannedModule scanModule(Path moduleDir, Problems problems) {
        String name = moduleDir.getFileName().toString();
        List<DefinitionFile> definitions = new ArrayList<>();
        List<Path> bootstrap = new ArrayList<>();
        List<Path> i18n = new ArrayList<>();
        for (Path folder : children(moduleDir, problems, name)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            String type = folder.getFileName().toString();
            switch (type) {
                case "bootstrap" -> bootstrap.addAll(files(folder, ".yaml", problems, name, moduleDir));
                case "i18n" -> i18n.addAll(files(folder, ".properties", problems, name, moduleDir));
                default -> {
                    if (!NOT_DEFINITIONS.contains(type)) {
                        for (Path file : files(folder, ".yaml", problems, name, moduleDir)) {
                            definitions.add(new DefinitionFile(name, type, withoutExtension(relative(folder, file)),
                                    file, relative(moduleDir, file)));
                        }
                    }
                }
            }
        }
        LightModule module = new LightModule(name, moduleDir, version(moduleDir, name, problems));
        return new ScannedModule(module, List.copyOf(definitions), List.copyOf(bootstrap), List.copyOf(i18n));
    }

    private List<Path> children(Path dir, Problems problems, String module) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !isHidden(p)).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.add(module, dir, dir.toString(), 0, "cannot be listed (" + e + "); skipped");
            return List.of();
        }
    }

    private List<Path> files(Path folder, String suffix, Problems problems, String module, Path moduleDir) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(folder) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file) && file.getFileName().toString().endsWith(suffix)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(module, file, relative(moduleDir, file), 0, "cannot be read (" + e + "); skipped");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(module, folder, relative(moduleDir, folder), 0, "cannot be read (" + e + "); skipped");
        }
        found.sort(Comparator.comparing(p -> relative(folder, p)));
        return found;
    }

    /** {@code version} of module.yaml exactly as written ({@code 1.10} stays {@code 1.10}), or null. */
    private static String version(Path moduleDir, String module, Problems problems) {
        Path descriptor = moduleDir.resolve("module.yaml");
        if (!Files.isRegularFile(descriptor)) {
            return null;
        }
        try (Reader reader = new UnicodeReader(Files.newInputStream(descriptor))) {
            Node root = new Yaml().compose(reader);
            if (root instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && "version".equals(key.getValue())
                            && tuple.getValueNode() instanceof ScalarNode value) {
                        return value.getValue();
                    }
                }
            }
            return null;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(module, descriptor, "module.yaml", line, e.getProblem() + (line > 0 ? " (line " + line + ")" : "")
                    + "; module descriptor ignored");
        } catch (IOException | YAMLException e) {
            problems.add(module, descriptor, "module.yaml", 0, "cannot be read (" + e.getMessage() + "); module descriptor ignored");
        }
        return null;
    }

    static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }

    private static String withoutExtension(String path) {
        return path.substring(0, path.length() - ".yaml".length());
    }
}
