package de.quartiersnetz.cms.content;

import java.util.List;

/** The content languages; the first is the default, stored under a property's plain name. */
public record ContentLanguages(List<String> all) {
    public ContentLanguages {
        if (all == null || all.isEmpty()) {
            throw new IllegalArgumentException("at least one content language is needed");
        }
        all = List.copyOf(all);
    }

    public String defaultLanguage() {
        return all.get(0);
    }

    public boolean contains(String language) {
        return all.contains(language);
    }
}
