package de.quartiersnetz.cms.publishing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;
import de.quartiersnetz.cms.modules.SubModelDefinition;
import de.quartiersnetz.cms.repository.NodeSnapshot;

/**
 * Compares two snapshots of an item field by field along its content type's model: every property with its
 * i18n variants, and every field of every submodel entry (entries matched by position, as the editor numbers
 * them). System properties ({@code mgnl:*}, {@code jcr:*}) and values of fields the model no longer has are
 * not fields and are not compared.
 */
final class FieldDiff {
    private final ContentTypeDefinition type;
    private final List<String> translations;

    /** @param languages the content languages, the first being the default stored under the plain name */
    FieldDiff(ContentTypeDefinition type, List<String> languages) {
        this.type = type;
        this.translations = languages.subList(1, languages.size());
    }

    /** @param before the version, {@code after} the current draft; either may be null (no such item) */
    List<FieldChange> compare(NodeSnapshot before, NodeSnapshot after) {
        List<FieldChange> changes = new ArrayList<>();
        fields(type.properties(), before, after, "", List.of(), changes);
        return changes;
    }

    private void fields(List<PropertyDefinition> definitions, NodeSnapshot before, NodeSnapshot after, String prefix,
                        List<String> outerLabels, List<FieldChange> changes) {
        for (PropertyDefinition definition : definitions) {
            List<String> labels = new ArrayList<>(outerLabels);
            labels.add(definition.label() != null ? definition.label() : definition.name());
            Optional<SubModelDefinition> subModel = type.subModel(definition.type());
            if (subModel.isPresent() && definition.multiple()) {
                List<NodeSnapshot> beforeEntries = entries(before, definition.name());
                List<NodeSnapshot> afterEntries = entries(after, definition.name());
                for (int i = 0; i < Math.max(beforeEntries.size(), afterEntries.size()); i++) {
                    fields(subModel.get().properties(), entry(beforeEntries, i), entry(afterEntries, i),
                            prefix + definition.name() + "[" + i + "].", labels, changes);
                }
            } else if (subModel.isPresent()) {
                fields(subModel.get().properties(), child(before, definition.name()), child(after, definition.name()),
                        prefix + definition.name() + ".", labels, changes);
            } else {
                value(definition, definition.name(), null, before, after, prefix, labels, changes);
                if (definition.i18n()) {
                    for (String language : translations) {
                        value(definition, definition.name() + "_" + language, language, before, after, prefix, labels,
                                changes);
                    }
                }
            }
        }
    }

    private void value(PropertyDefinition definition, String name, String language, NodeSnapshot before,
                       NodeSnapshot after, String prefix, List<String> labels, List<FieldChange> changes) {
        List<String> old = values(before, name);
        List<String> current = values(after, name);
        if (same(type.kindOf(definition), old, current)) {
            return;
        }
        FieldChange.Kind kind = old.isEmpty() ? FieldChange.Kind.ADDED
                : current.isEmpty() ? FieldChange.Kind.REMOVED : FieldChange.Kind.CHANGED;
        changes.add(new FieldChange(prefix + name, labels, language, kind, old, current));
    }

    /** Numbers and dates compare by value: a version's text keeps {@code 12.0} where a decimal reads {@code 12}. */
    private static boolean same(PropertyKind kind, List<String> old, List<String> current) {
        if (old.size() != current.size()) {
            return false;
        }
        for (int i = 0; i < old.size(); i++) {
            if (!sameValue(kind, old.get(i), current.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValue(PropertyKind kind, String old, String current) {
        try {
            return switch (kind) {
                case LONG, DOUBLE, DECIMAL -> new BigDecimal(old).compareTo(new BigDecimal(current)) == 0;
                case DATE -> OffsetDateTime.parse(old).toInstant().equals(OffsetDateTime.parse(current).toInstant());
                default -> old.equals(current);
            };
        } catch (RuntimeException notOfItsKind) {
            return old.equals(current);
        }
    }

    private static List<String> values(NodeSnapshot node, String name) {
        return node == null ? List.of() : node.property(name).map(NodeSnapshot.Property::values).orElse(List.of());
    }

    private static NodeSnapshot child(NodeSnapshot node, String name) {
        return node == null ? null
                : node.children().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static List<NodeSnapshot> entries(NodeSnapshot node, String name) {
        NodeSnapshot container = child(node, name);
        return container == null ? List.of() : container.children();
    }

    private static NodeSnapshot entry(List<NodeSnapshot> entries, int index) {
        return index < entries.size() ? entries.get(index) : null;
    }
}
