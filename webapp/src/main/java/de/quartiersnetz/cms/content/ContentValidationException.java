package de.quartiersnetz.cms.content;

import java.util.List;
import java.util.stream.Collectors;

/** Submitted content does not fit its content type; nothing was written. */
public class ContentValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public ContentValidationException(String item, List<FieldError> errors) {
        super(item + ": " + errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
