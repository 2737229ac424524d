package de.quartiersnetz.cms.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import de.quartiersnetz.cms.modules.PropertyKind;
import de.quartiersnetz.cms.repository.ActivationStatus;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/** Reads the rows of one browser page from the author tree, in one session. */
final class ItemRows {
    private static final String FOLDER = "mgnl:folder";

    private final ContentRepository repository;

    ItemRows(ContentRepository repository) {
        this.repository = repository;
    }

    /** The rows of the paths in their order; a path gone since the index was asked (a moment ago) is left out. */
    List<BrowserRow> read(String workspace, List<String> paths, List<BrowserColumn> columns) {
        return repository.read(Tree.AUTHOR, "browser.rows", session -> {
            List<BrowserRow> rows = new ArrayList<>();
            for (String path : paths) {
                String absolute = WorkspacePaths.absolute(workspace, path);
                if (session.nodeExists(absolute)) {
                    rows.add(row(session, session.getNode(absolute), path, columns));
                }
            }
            return rows;
        });
    }

    private static BrowserRow row(Session session, Node node, String path, List<BrowserColumn> columns)
            throws RepositoryException {
        boolean folder = node.isNodeType(FOLDER);
        Map<String, List<String>> values = new HashMap<>();
        if (!folder) {
            for (BrowserColumn column : columns) {
                values.put(column.key(), values(session, node, column));
            }
        }
        return new BrowserRow(node.getName(), path, folder, ActivationStatus.of(node),
                node.hasProperty("mgnl:lastModified") ? node.getProperty("mgnl:lastModified").getDate() : null,
                node.hasProperty("mgnl:lastModifiedBy") ? node.getProperty("mgnl:lastModifiedBy").getString() : null,
                values);
    }

    private static List<String> values(Session session, Node item, BrowserColumn column) throws RepositoryException {
        String name = column.property();
        if (column.kind() == PropertyKind.SUBMODEL) {
            if (!item.hasNode(name)) {
                return List.of();
            }
            Node child = item.getNode(name);
            return List.of(String.valueOf(column.model() != null && column.model().multiple() ? child.getNodes().getSize() : 1));
        }
        if (name.contains("/") || !item.hasProperty(name)) {
            return List.of();
        }
        Property property = item.getProperty(name);
        List<String> values = new ArrayList<>();
        for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
            String text = value.getString();
            values.add(column.kind() == PropertyKind.REFERENCE ? referencedTitle(session, text) : text);
        }
        return values;
    }

    /** The referenced item's title (or name); an identifier that leads nowhere is shown as it is. */
    private static String referencedTitle(Session session, String identifier) throws RepositoryException {
        try {
            Node target = session.getNodeByIdentifier(identifier);
            return target.hasProperty("title") ? target.getProperty("title").getString() : target.getName();
        } catch (ItemNotFoundException | IllegalArgumentException unknown) {
            return identifier;
        }
    }
}
