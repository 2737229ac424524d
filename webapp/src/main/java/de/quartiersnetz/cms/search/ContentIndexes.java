package de.quartiersnetz.cms.search;

import java.util.List;

/**
 * The two search indexes, kept apart by name so that nothing meant for the public can be handed the drafts:
 * {@code live} (published content, for delivery and the site) and {@code author} (drafts, for AdminCentral).
 */
public record ContentIndexes(ContentIndex live, ContentIndex author) implements AutoCloseable {
    public List<ContentIndex> all() {
        return List.of(live, author);
    }

    @Override
    public void close() {
        live.close();
        author.close();
    }
}
