package de.quartiersnetz.cms.authoring;

import java.util.List;
import java.util.Optional;

/** A select over the options of a content-type property, sent as {@code f.<property>}. */
record OptionFilter(String property, String label, List<Option> options) {
    static final String PARAMETER_PREFIX = "f.";

    OptionFilter {
        options = List.copyOf(options);
    }

    String parameter() {
        return PARAMETER_PREFIX + property;
    }

    Optional<Option> option(String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst();
    }

    /** @param value the stored value */
    record Option(String value, String label) {
    }
}
