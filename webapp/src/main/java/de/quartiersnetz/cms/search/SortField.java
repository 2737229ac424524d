package de.quartiersnetz.cms.search;

public record SortField(String property, boolean descending) {
}
