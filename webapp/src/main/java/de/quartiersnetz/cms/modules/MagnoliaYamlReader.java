package de.quartiersnetz.cms.modules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.Construct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Parses one YAML file of the Magnolia dialect into plain maps, lists and scalars. Magnolia tags become
 * {@link YamlDirective}s (resolved later by {@link IncludeResolver}) and {@code !override} collections become
 * {@link Replacing} markers. SnakeYAML objects are not thread-safe, so every call builds its own.
 */
final class MagnoliaYamlReader {

    Object read(Path file) throws DefinitionException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DefinitionException(0, "file not found");
        } catch (IOException e) {
            throw new DefinitionException(0, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return parse(bytes);
    }

    Object parse(byte[] bytes) throws DefinitionException {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new MagnoliaConstructor(options));
        try {
            return yaml.load(new UnicodeReader(new ByteArrayInputStream(bytes)));
        } catch (MisplacedTag e) {
            throw new DefinitionException(e.line, e.getMessage());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new DefinitionException(mark == null ? 0 : mark.getLine() + 1, problem.strip());
        } catch (YAMLException e) {
            throw new DefinitionException(0, e.getMessage());
        }
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** A Magnolia tag used on a node kind it does not apply to. */
    private static final class MisplacedTag extends RuntimeException {
        final int line;

        MisplacedTag(Node node, String message) {
            super(message, null, false, false);
            this.line = lineOf(node);
        }
    }

    private static final class MagnoliaConstructor extends SafeConstructor {

        MagnoliaConstructor(LoaderOptions options) {
            super(options);
            // Magnolia keeps definition values as text; a java.util.Date would be mutable and lose the zone.
            yamlConstructors.put(Tag.TIMESTAMP, construct(node -> constructScalar((ScalarNode) node)));
            yamlConstructors.put(new Tag("!include"), construct(this::legacyInclude));
            yamlConstructors.put(new Tag("!override"), construct(this::override));
            yamlMultiConstructors.put("!include:", construct(node ->
                    new YamlDirective.Include(suffix(node, "!include:"), overlay(node), lineOf(node))));
            yamlMultiConstructors.put("!inherit:", construct(node ->
                    new YamlDirective.Inherit(suffix(node, "!inherit:"), overlay(node), lineOf(node))));
            yamlMultiConstructors.put("!content-type:", construct(node ->
                    new YamlDirective.ContentTypeApp(suffix(node, "!content-type:"), false, overlay(node), lineOf(node))));
            yamlMultiConstructors.put("!content-type-m5:", construct(node ->
                    new YamlDirective.ContentTypeApp(suffix(node, "!content-type-m5:"), true, overlay(node), lineOf(node))));
        }

        private Object legacyInclude(Node node) {
            if (!(node instanceof ScalarNode scalar)) {
                throw new MisplacedTag(node, "'!include' needs a path, e.g. !include /module/includes/file.yaml");
            }
            return new YamlDirective.Include(scalar.getValue().trim(), null, lineOf(node));
        }

        private Object override(Node node) {
            if (node instanceof MappingNode mapping) {
                return new Replacing.Mapping(stringKeys(constructMapping(mapping)));
            }
            if (node instanceof SequenceNode sequence) {
                return new Replacing.Sequence(constructSequence(sequence));
            }
            // On a scalar the marker changes nothing: scalars replace anyway.
            return constructScalar((ScalarNode) node);
        }

        private String suffix(Node node, String prefix) {
            String value = node.getTag().getValue().substring(prefix.length()).trim();
            if (value.isEmpty()) {
                throw new MisplacedTag(node, "'" + prefix + "' needs a target, e.g. " + prefix + example(prefix));
            }
            return value;
        }

        private static String example(String prefix) {
            return switch (prefix) {
                case "!include:" -> "/module/includes/file.yaml";
                case "!inherit:" -> "module:name";
                default -> "contentTypeName";
            };
        }

        /** The keys written next to a tag, or null when the tag sits on a scalar (an empty value). */
        private Map<String, Object> overlay(Node node) {
            if (node instanceof MappingNode mapping) {
                return stringKeys(constructMapping(mapping));
            }
            if (node instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
                return null;
            }
            throw new MisplacedTag(node, "'" + node.getTag().getValue()
                    + "' must stand alone or head a mapping, not a " + (node instanceof ScalarNode ? "value" : "list"));
        }

        private static Map<String, Object> stringKeys(Map<Object, Object> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return copy;
        }

        private static Construct construct(Function<Node, Object> body) {
            return new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return body.apply(node);
                }
            };
        }
    }
}
