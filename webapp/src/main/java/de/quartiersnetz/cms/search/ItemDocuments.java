package de.quartiersnetz.cms.search;

import java.util.regex.Pattern;

import javax.jcr.PropertyType;

import org.apache.jackrabbit.oak.api.PropertyState;
import org.apache.jackrabbit.oak.api.Tree;
import org.apache.jackrabbit.oak.api.Type;
import org.apache.jackrabbit.oak.plugins.identifier.IdentifierManager;
import org.apache.jackrabbit.oak.plugins.tree.TreeUtil;
import org.apache.jackrabbit.oak.plugins.value.Conversions;
import org.apache.jackrabbit.oak.spi.state.NodeStateUtils;
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
 * sub-nodes that belong to it (submodel entries, areas, components) but not of child items. Items are read
 * through Oak's API from a repository snapshot; values are converted as JCR would convert them.
 */
final class ItemDocuments {
    /** Identifiers in reference properties are not words anyone searches for. */
    private static final Pattern IDENTIFIER =
            Pattern.compile("(jcr:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Items items;

    ItemDocuments(Items items) {
        this.items = items;
    }

    Document build(String workspace, Tree item) {
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
        String identifier = IdentifierManager.getIdentifier(item).toLowerCase();
        doc.add(new StringField(IndexFields.UUID, identifier, Store.NO));
        doc.add(new SortedDocValuesField(IndexFields.UUID, new BytesRef(identifier)));
        doc.add(new StringField(IndexFields.PRIMARY_TYPE, TreeUtil.getPrimaryTypeName(item), Store.NO));
        for (String type : items.types(item)) {
            doc.add(new StringField(IndexFields.TYPES, type, Store.NO));
        }
        String status = ActivationStatus.of(item).key();
        doc.add(new StringField(IndexFields.STATUS, status, Store.NO));
        doc.add(new SortedDocValuesField(IndexFields.STATUS, new BytesRef(status)));
        for (PropertyState property : item.getProperties()) {
            // A read-only tree also shows Oak's hidden properties (:childOrder), which JCR never shows.
            if (!NodeStateUtils.isHidden(property.getName())) {
                addProperty(doc, property);
            }
        }
        addTextBelow(doc, item);
        return doc;
    }

    private static void addProperty(Document doc, PropertyState property) {
        String name = property.getName();
        doc.add(new StringField(IndexFields.HAS, name, Store.NO));
        int type = property.isArray() ? property.getType().getBaseType().tag() : property.getType().tag();
        for (int i = 0; i < property.count(); i++) {
            switch (type) {
                case PropertyType.BINARY -> {
                    // Binaries are neither filtered nor sorted on; only their presence counts.
                }
                case PropertyType.LONG -> {
                    doc.add(new LongField(IndexFields.longs(name), property.getValue(Type.LONG, i), Store.NO));
                    addRaw(doc, property, i);
                }
                case PropertyType.DOUBLE -> {
                    doc.add(new DoubleField(IndexFields.doubles(name), property.getValue(Type.DOUBLE, i), Store.NO));
                    addRaw(doc, property, i);
                }
                case PropertyType.DECIMAL -> {
                    doc.add(new DoubleField(IndexFields.doubles(name), property.getValue(Type.DECIMAL, i).doubleValue(),
                            Store.NO));
                    addRaw(doc, property, i);
                }
                case PropertyType.DATE -> {
                    long millis = Conversions.convert(property.getValue(Type.DATE, i)).toCalendar().getTimeInMillis();
                    doc.add(new LongField(IndexFields.dates(name), millis, Store.NO));
                    addRaw(doc, property, i);
                }
                default -> {
                    String text = property.getValue(Type.STRING, i);
                    doc.add(new StringField(IndexFields.string(name),
                            IndexFields.truncateUtf8(text, IndexFields.MAX_KEYWORD_BYTES), Store.NO));
                    doc.add(new SortedSetDocValuesField(IndexFields.stringSort(name),
                            new BytesRef(IndexFields.truncateUtf8(text, IndexFields.MAX_SORT_BYTES))));
                    if (type == PropertyType.STRING) {
                        addText(doc, name, text);
                    }
                }
            }
        }
    }

    private static void addRaw(Document doc, PropertyState property, int index) {
        doc.add(new StringField(IndexFields.raw(property.getName()), property.getValue(Type.STRING, index), Store.NO));
    }

    /**
     * The full text of the sub-nodes that belong to the item (the item's own values are added with its
     * properties, read once): string values of content properties, each its own value for phrase gaps.
     */
    private void addTextBelow(Document doc, Tree node) {
        for (Tree child : node.getChildren()) {
            if (!items.isItem(child)) {
                for (PropertyState property : child.getProperties()) {
                    Type<?> type = property.getType();
                    for (int i = 0; (type == Type.STRING || type == Type.STRINGS) && i < property.count(); i++) {
                        addText(doc, property.getName(), property.getValue(Type.STRING, i));
                    }
                }
                addTextBelow(doc, child);
            }
        }
    }

    /** Only content properties count as text, not jcr:/mgnl: system ones. */
    private static void addText(Document doc, String property, String text) {
        if (!property.contains(":") && !text.isBlank() && !IDENTIFIER.matcher(text).matches()) {
            doc.add(new TextField(IndexFields.TEXT, text, Store.NO));
        }
    }
}
