package de.quartiersnetz.cms.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.nodetype.NodeType;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import de.quartiersnetz.cms.repository.ActivationStatus;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * Builds the one Lucene document of an item (a {@code mgnl:content} of any subtype, or a {@code mgnl:folder}):
 * where it is, what types it has, every property value by kind, and the full text of the item and of the
 * sub-nodes that belong to it (submodel entries, areas, components) but not of child items.
 */
final class ItemDocuments {
    /** Identifiers in reference properties are not words anyone searches for. */
    private static final Pattern IDENTIFIER =
            Pattern.compile("(jcr:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ItemDocuments() {
    }

    static Document build(String workspace, Node item) throws RepositoryException {
        String absolute = item.getPath();
        String path = WorkspacePaths.relative(workspace, absolute);
        Document doc = new Document();
        doc.add(new StringField(IndexFields.KEY, absolute, Store.NO));
        doc.add(new StringField(IndexFields.WORKSPACE, workspace, Store.NO));
        doc.add(new StringField(IndexFields.PATH, path, Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.PATH, new BytesRef(path)));
        doc.add(new StringField(IndexFields.PARENT, WorkspacePaths.parent(path), Store.NO));
        for (String ancestor = path; !ancestor.equals("/"); ) {
            ancestor = WorkspacePaths.parent(ancestor);
            doc.add(new StringField(IndexFields.ANCESTORS, ancestor, Store.NO));
        }
        doc.add(new StringField(IndexFields.NAME, item.getName(), Store.NO));
        doc.add(new SortedDocValuesField(IndexFields.NAME, new BytesRef(item.getName())));
        String identifier = item.getIdentifier().toLowerCase();
        doc.add(new StringField(IndexFields.UUID, identifier, Store.NO));
        doc.add(new SortedDocValuesField(IndexFields.UUID, new BytesRef(identifier)));
        doc.add(new StringField(IndexFields.PRIMARY_TYPE, item.getPrimaryNodeType().getName(), Store.NO));
        for (String type : types(item)) {
            doc.add(new StringField(IndexFields.TYPES, type, Store.NO));
        }
        String status = ActivationStatus.of(item).key();
        doc.add(new StringField(IndexFields.STATUS, status, Store.NO));
        doc.add(new SortedDocValuesField(IndexFields.STATUS, new BytesRef(status)));
        for (PropertyIterator it = item.getProperties(); it.hasNext(); ) {
            addProperty(doc, it.nextProperty());
        }
        addText(doc, item);
        return doc;
    }

    private static Set<String> types(Node node) throws RepositoryException {
        Set<String> names = new LinkedHashSet<>();
        addWithSupertypes(names, node.getPrimaryNodeType());
        for (NodeType mixin : node.getMixinNodeTypes()) {
            addWithSupertypes(names, mixin);
        }
        return names;
    }

    private static void addWithSupertypes(Set<String> names, NodeType type) {
        names.add(type.getName());
        for (NodeType supertype : type.getSupertypes()) {
            names.add(supertype.getName());
        }
    }

    private static void addProperty(Document doc, Property property) throws RepositoryException {
        String name = property.getName();
        doc.add(new StringField(IndexFields.HAS, name, Store.NO));
        Value[] values = property.isMultiple() ? property.getValues() : new Value[] {property.getValue()};
        for (Value value : values) {
            switch (value.getType()) {
                case PropertyType.BINARY -> {
                    // Binaries are neither filtered nor sorted on; only their presence counts.
                }
                case PropertyType.LONG -> {
                    doc.add(new LongField(IndexFields.longs(name), value.getLong(), Store.NO));
                    addRaw(doc, name, value);
                }
                case PropertyType.DOUBLE -> {
                    doc.add(new DoubleField(IndexFields.doubles(name), value.getDouble(), Store.NO));
                    addRaw(doc, name, value);
                }
                case PropertyType.DECIMAL -> {
                    doc.add(new DoubleField(IndexFields.doubles(name), value.getDecimal().doubleValue(), Store.NO));
                    addRaw(doc, name, value);
                }
                case PropertyType.DATE -> {
                    doc.add(new LongField(IndexFields.dates(name), value.getDate().getTimeInMillis(), Store.NO));
                    addRaw(doc, name, value);
                }
                default -> {
                    String text = value.getString();
                    doc.add(new StringField(IndexFields.string(name),
                            IndexFields.truncateUtf8(text, IndexFields.MAX_KEYWORD_BYTES), Store.NO));
                    doc.add(new SortedSetDocValuesField(IndexFields.stringSort(name),
                            new BytesRef(IndexFields.truncateUtf8(text, IndexFields.MAX_SORT_BYTES))));
                }
            }
        }
    }

    private static void addRaw(Document doc, String name, Value value) throws RepositoryException {
        doc.add(new StringField(IndexFields.raw(name), value.getString(), Store.NO));
    }

    /** String values of content properties (not jcr:/mgnl: system ones), each its own value for phrase gaps. */
    private static void addText(Document doc, Node node) throws RepositoryException {
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (property.getType() != PropertyType.STRING || property.getName().contains(":")) {
                continue;
            }
            for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
                String text = value.getString();
                if (!text.isBlank() && !IDENTIFIER.matcher(text).matches()) {
                    doc.add(new TextField(IndexFields.TEXT, text, Store.NO));
                }
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (!Items.isItem(child)) {
                addText(doc, child);
            }
        }
    }
}
