package de.quartiersnetz.cms.content;

import java.util.List;

import javax.jcr.PropertyType;

import de.quartiersnetz.cms.repository.NodeSnapshot;

/**
 * Writes node trees in Magnolia's YAML export format: one map key per node name, quoted keys and strings,
 * unquoted dates, booleans and numbers, multi-values as block lists, child nodes nested. Output is
 * deterministic (primary type, identifier and mixins first, then properties by name, then children in
 * order), so an export, import and second export produce identical files.
 */
public final class ExportYamlWriter {
    private static final String INDENT = "  ";

    public String write(List<NodeSnapshot> roots) {
        StringBuilder out = new StringBuilder();
        for (NodeSnapshot root : roots) {
            node(out, root, 0);
        }
        return out.toString();
    }

    private void node(StringBuilder out, NodeSnapshot node, int depth) {
        indent(out, depth).append(quoted(node.name())).append(":\n");
        String inner = INDENT.repeat(depth + 1);
        out.append(inner).append("'jcr:primaryType': ").append(quoted(node.primaryType())).append('\n');
        if (node.identifier() != null) {
            out.append(inner).append("'jcr:uuid': ").append(quoted(node.identifier())).append('\n');
        }
        if (!node.mixins().isEmpty()) {
            out.append(inner).append("'jcr:mixinTypes':\n");
            for (String mixin : node.mixins()) {
                out.append(inner).append("- ").append(quoted(mixin)).append('\n');
            }
        }
        for (NodeSnapshot.Property property : node.properties()) {
            property(out, property, depth + 1);
        }
        for (NodeSnapshot child : node.children()) {
            node(out, child, depth + 1);
        }
    }

    private void property(StringBuilder out, NodeSnapshot.Property property, int depth) {
        indent(out, depth).append(quoted(property.name())).append(':');
        if (!property.multiple()) {
            out.append(' ').append(scalar(property.type(), property.value())).append('\n');
            return;
        }
        if (property.values().isEmpty()) {
            out.append(" []\n");
            return;
        }
        out.append('\n');
        for (String value : property.values()) {
            indent(out, depth).append("- ").append(scalar(property.type(), value)).append('\n');
        }
    }

    private static String scalar(int type, String value) {
        return switch (type) {
            case PropertyType.BOOLEAN, PropertyType.LONG, PropertyType.DATE -> value;
            case PropertyType.DOUBLE, PropertyType.DECIMAL -> number(value);
            case PropertyType.BINARY -> "!!binary '" + value + "'";
            default -> quoted(value);
        };
    }

    /** YAML only reads a number as a float when it has a dot or an exponent. */
    private static String number(String value) {
        if (value.equals("NaN")) {
            return ".nan";
        }
        if (value.endsWith("Infinity")) {
            return value.startsWith("-") ? "-.inf" : ".inf";
        }
        return value.matches("-?\\d+") ? value + ".0" : value;
    }

    static String quoted(String value) {
        boolean plainSingleQuotable = value.chars().allMatch(c -> c >= 0x20 && c != 0x7f);
        if (plainSingleQuotable) {
            return "'" + value.replace("'", "''") + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static StringBuilder indent(StringBuilder out, int depth) {
        return out.append(INDENT.repeat(depth));
    }
}
