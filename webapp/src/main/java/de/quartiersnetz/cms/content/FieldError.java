package de.quartiersnetz.cms.content;

/**
 * One problem with one field of submitted content.
 *
 * @param field the field path, e.g. {@code title}, {@code offers[2].title}, {@code title_en}
 * @param code  a stable machine code (REQUIRED, INVALID_TYPE, NOT_AN_OPTION, REFERENCE_NOT_FOUND,
 *              UNKNOWN_FIELD, NOT_MULTIPLE, PATTERN_MISMATCH, INVALID_EMAIL)
 */
public record FieldError(String field, String code, String message) {
}
