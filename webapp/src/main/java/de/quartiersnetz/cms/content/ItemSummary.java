package de.quartiersnetz.cms.content;

/** An item as a picker or a list shows it. */
public record ItemSummary(String identifier, String path, String title) {
}
