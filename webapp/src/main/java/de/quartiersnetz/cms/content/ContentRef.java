package de.quartiersnetz.cms.content;

/** Where a written item lives. */
public record ContentRef(String workspace, String path, String identifier) {
}
