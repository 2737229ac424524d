package de.quartiersnetz.cms.authoring;

import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;

/**
 * A column of an app definition's browser view showing one stored property.
 *
 * @param key      the column's name in the definition, used as the {@code sort} parameter
 * @param property the stored property the column shows
 * @param model    the content-type property of that name, or null when the model has none
 * @param kind     how values are shown; {@link PropertyKind#STRING} without a model property
 */
record BrowserColumn(String key, String property, String label, PropertyDefinition model, PropertyKind kind) {
}
