package de.quartiersnetz.cms.search;

import java.util.List;

public record SearchHits(List<String> paths, long total) {
}
