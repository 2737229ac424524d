package de.quartiersnetz.cms.modules;

/**
 * What a content-type property's {@code type} means, as decided by
 * {@link ContentTypeDefinition#kindOf(PropertyDefinition)}.
 */
public enum PropertyKind {
    STRING, BOOLEAN, LONG, DOUBLE, DECIMAL, DATE, RICH_TEXT,
    /** {@code asset} or {@code reference:asset}: a DAM item key {@code jcr:<uuid>}. */
    ASSET,
    /** The name of a submodel of the same content type: stored as child node(s). */
    SUBMODEL,
    /** {@code reference:X} or the bare name of another content type: stored as uuid(s). */
    REFERENCE
}
