package de.quartiersnetz.cms.rendering;

import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.springframework.web.util.HtmlUtils;

/** The readable text of a node and its sub-nodes (string properties, HTML tags removed) for search snippets. */
final class PlainText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final int MAX_DEPTH = 4;

    private PlainText() {
    }

    static String of(Node node, RenderContext context) throws RepositoryException {
        StringBuilder out = new StringBuilder();
        append(out, node, 0, context.language(), context.defaultLanguage());
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(StringBuilder out, Node node, int depth, String language, String defaultLanguage)
            throws RepositoryException {
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property property = it.nextProperty();
            String name = property.getName();
            if (name.contains(":") || property.getType() != PropertyType.STRING) {
                continue;
            }
            int underscore = name.lastIndexOf('_');
            if (underscore > 0 && !name.substring(underscore + 1).equals(language)) {
                continue;
            }
            if (underscore < 0 && !language.equals(defaultLanguage) && node.hasProperty(name + "_" + language)) {
                continue;
            }
            if (property.isMultiple()) {
                for (Value value : property.getValues()) {
                    text(out, value.getString());
                }
            } else {
                text(out, property.getString());
            }
        }
        if (depth < MAX_DEPTH) {
            for (NodeIterator it = node.getNodes(); it.hasNext();) {
                Node child = it.nextNode();
                if (!child.isNodeType("mgnl:page")) {
                    append(out, child, depth + 1, language, defaultLanguage);
                }
            }
        }
    }

    private static void text(StringBuilder out, String value) {
        if (value.length() == 36 && value.charAt(8) == '-' && value.charAt(13) == '-') {
            return; // an identifier (reference), not text
        }
        out.append(HtmlUtils.htmlUnescape(TAG.matcher(value).replaceAll(" "))).append(". ");
    }
}
