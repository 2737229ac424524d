package de.quartiersnetz.cms.content;

import java.util.List;

import de.quartiersnetz.cms.repository.NodeSnapshot;

/** The outcome of validating submitted values: errors, or the typed properties and submodel nodes to write. */
public record ValidatedContent(List<FieldError> errors, List<NodeSnapshot.Property> properties,
                               List<NodeSnapshot> subModelNodes) {
    public ValidatedContent {
        errors = List.copyOf(errors);
        properties = List.copyOf(properties);
        subModelNodes = List.copyOf(subModelNodes);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
