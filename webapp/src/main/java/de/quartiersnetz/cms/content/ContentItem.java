package de.quartiersnetz.cms.content;

import java.util.Map;

/**
 * An item of the author tree as its editor sees it.
 *
 * @param values the item's field values in the shape {@link ContentWriter#update} takes (see {@link ContentReader})
 * @param title  what lists and pickers show for the item
 */
public record ContentItem(String workspace, String path, String identifier, String title, Map<String, Object> values) {
}
