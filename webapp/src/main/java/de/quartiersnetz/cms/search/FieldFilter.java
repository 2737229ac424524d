package de.quartiersnetz.cms.search;

import java.util.List;

public record FieldFilter(String property, Operator operator, List<String> values) {
}
