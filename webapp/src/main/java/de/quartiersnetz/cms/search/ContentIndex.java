package de.quartiersnetz.cms.search;

/** Placeholder until the Lucene index lands (branch search); replaced by it. */
public final class ContentIndex implements AutoCloseable {
    public SearchHits search(SearchQuery query) {
        throw new UnsupportedOperationException("search index not available");
    }

    @Override
    public void close() {
    }
}
