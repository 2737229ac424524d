package de.quartiersnetz.cms.content;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jcr.PropertyType;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import de.quartiersnetz.cms.repository.NodeSnapshot;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * Reads Magnolia YAML export/bootstrap files. The file name says where the content goes, as in Magnolia:
 * {@code <workspace>.<path.to.node>.yaml}; {@code <workspace>.yaml} holds top-level nodes.
 */
public final class ExportYamlReader {

    public ImportFile read(Path file) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".yaml") && !fileName.endsWith(".yml")) {
            throw new ImportFailure(file, 0, null, "not a YAML file (expected <workspace>.<path>.yaml)");
        }
        String[] parts = fileName.substring(0, fileName.lastIndexOf('.')).split("\\.");
        String parent = "/";
        for (int i = 1; i < parts.length - 1; i++) {
            parent = parent.equals("/") ? "/" + parts[i] : parent + "/" + parts[i];
        }
        return read(file, ImportFile.workspaceOf(file), parent);
    }

    public ImportFile read(Path file, String workspace, String parentPath) {
        try {
            WorkspacePaths.requireWorkspace(workspace);
            WorkspacePaths.normalise(parentPath);
        } catch (IllegalArgumentException e) {
            throw new ImportFailure(file, 0, null, e.getMessage());
        }
        String parent = WorkspacePaths.normalise(parentPath);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ImportFile(file, workspace, parent, roots(file, reader, parent));
        } catch (IOException e) {
            throw new ImportFailure(file, 0, null, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Reads node trees from YAML text held elsewhere than in a file, such as a stored version.
     *
     * @param source names the text in error messages
     */
    public List<NodeSnapshot> read(String yaml, Path source) {
        return roots(source, new StringReader(yaml), "/");
    }

    private List<NodeSnapshot> roots(Path file, Reader reader, String parent) {
        Node document;
        try {
            document = new Yaml(new SafeConstructor(loaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new ImportFailure(file, line, null, "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ImportFailure(file, 0, null, "cannot read: " + e.getMessage());
        }
        if (document == null) {
            return List.of();
        }
        if (!(document instanceof MappingNode mapping)) {
            throw new ImportFailure(file, line(document), null, "the document must be a map of node names");
        }
        List<NodeSnapshot> roots = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = keyOf(file, tuple, parent);
            roots.add(node(file, name, tuple.getValueNode(), child(parent, name), true));
        }
        return roots;
    }

    private NodeSnapshot node(Path file, String name, Node yaml, String path, boolean root) {
        if (!(yaml instanceof MappingNode mapping)) {
            throw new ImportFailure(file, line(yaml), path, "a node must be a map of properties and child nodes");
        }
        String primaryType = root ? "mgnl:content" : "mgnl:contentNode";
        String identifier = null;
        List<String> mixins = new ArrayList<>();
        List<NodeSnapshot.Property> properties = new ArrayList<>();
        List<NodeSnapshot> children = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyOf(file, tuple, path);
            Node value = tuple.getValueNode();
            switch (key) {
                case "jcr:primaryType" -> primaryType = text(file, value, path, key);
                case "jcr:uuid" -> identifier = text(file, value, path, key);
                case "jcr:mixinTypes" -> mixins.addAll(textList(file, value, path, key));
                default -> {
                    if (value instanceof MappingNode) {
                        children.add(node(file, key, value, child(path, key), false));
                    } else {
                        property(file, key, value, path).ifPresent(properties::add);
                    }
                }
            }
        }
        return new NodeSnapshot(name, primaryType, identifier, mixins, properties, children, line(yaml));
    }

    private Optional<NodeSnapshot.Property> property(Path file, String name, Node value, String path) {
        if (value instanceof ScalarNode scalar) {
            if (scalar.getTag().equals(Tag.NULL)) {
                return Optional.empty();
            }
            int type = type(file, scalar, path, name);
            return Optional.of(new NodeSnapshot.Property(name, type, false,
                    List.of(jcrValue(file, scalar, type, path, name))));
        }
        SequenceNode sequence = (SequenceNode) value;
        int type = PropertyType.STRING;
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw new ImportFailure(file, line(item), path, "property '" + name + "': list items must be plain values");
            }
            type = type(file, scalar, path, name);
            values.add(jcrValue(file, scalar, type, path, name));
        }
        return Optional.of(new NodeSnapshot.Property(name, type, true, values));
    }

    private static int type(Path file, ScalarNode scalar, String path, String name) {
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.STR)) {
            return PropertyType.STRING;
        } else if (tag.equals(Tag.BOOL)) {
            return PropertyType.BOOLEAN;
        } else if (tag.equals(Tag.INT)) {
            return PropertyType.LONG;
        } else if (tag.equals(Tag.FLOAT)) {
            return PropertyType.DOUBLE;
        } else if (tag.equals(Tag.TIMESTAMP)) {
            return PropertyType.DATE;
        } else if (tag.equals(Tag.BINARY)) {
            return PropertyType.BINARY;
        }
        throw new ImportFailure(file, line(scalar), path, "property '" + name + "': unsupported YAML tag " + tag);
    }

    private static String jcrValue(Path file, ScalarNode scalar, int type, String path, String name) {
        String text = scalar.getValue();
        return switch (type) {
            case PropertyType.BOOLEAN -> String.valueOf(text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes")
                    || text.equalsIgnoreCase("on"));
            case PropertyType.LONG -> text.replace("_", "");
            case PropertyType.DOUBLE -> switch (text.toLowerCase()) {
                case ".nan" -> "NaN";
                case ".inf", "+.inf" -> "Infinity";
                case "-.inf" -> "-Infinity";
                default -> text.replace("_", "");
            };
            case PropertyType.DATE -> date(file, scalar, path, name);
            case PropertyType.BINARY -> text.replaceAll("\\s", "");
            default -> text;
        };
    }

    private static String date(Path file, ScalarNode scalar, String path, String name) {
        String text = scalar.getValue().trim().replace(' ', 'T');
        try {
            return ValueConverter.JCR_DATE.format(OffsetDateTime.parse(text));
        } catch (DateTimeParseException notOffset) {
            try {
                return ValueConverter.JCR_DATE.format(LocalDateTime.parse(text).atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                try {
                    return ValueConverter.JCR_DATE.format(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));
                } catch (DateTimeParseException e) {
                    throw new ImportFailure(file, line(scalar), path, "property '" + name + "': '" + scalar.getValue()
                            + "' is not a date (expected yyyy-MM-ddTHH:mm:ss.SSS+hh:mm)");
                }
            }
        }
    }

    private static String keyOf(Path file, NodeTuple tuple, String path) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key) || key.getValue().isBlank()) {
            throw new ImportFailure(file, line(tuple.getKeyNode()), path, "keys must be non-empty names");
        }
        return key.getValue();
    }

    private static String text(Path file, Node value, String path, String key) {
        if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw new ImportFailure(file, line(value), path, "'" + key + "' must be a non-empty text");
        }
        return scalar.getValue();
    }

    private static List<String> textList(Path file, Node value, String path, String key) {
        if (value instanceof ScalarNode) {
            return List.of(text(file, value, path, key));
        }
        List<String> values = new ArrayList<>();
        for (Node item : ((SequenceNode) value).getValue()) {
            values.add(text(file, item, path, key));
        }
        return values;
    }

    private static String child(String parent, String name) {
        return parent.equals("/") ? "/" + name : parent + "/" + name;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** A whole workspace's export must read back in, so no size cap beyond memory (SnakeYAML's default is 3 MB). */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }
}
