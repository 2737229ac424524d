package de.quartiersnetz.cms.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Highlighted snippets of a text for a full-text query, with the same German analysis as the index (so
 * "Beratungen" marks "Beratung"). The text is HTML-escaped; matches are wrapped in {@code <mark>}.
 */
public final class Snippets {
    private static final Analyzer ANALYZER = GermanText.querying();
    private final Query query;

    /** @param q the query as the user typed it (same syntax as {@link SearchQuery#fullText()}) */
    public Snippets(String q) {
        this.query = new FullTextQuery(ANALYZER).parse(q);
    }

    /** Up to {@code fragments} fragments of about {@code size} characters joined by " … ", or "" without a match. */
    public String highlight(String plainText, int fragments, int size) {
        if (plainText == null || plainText.isBlank()) {
            return "";
        }
        QueryScorer scorer = new QueryScorer(query, IndexFields.TEXT);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
                scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, size));
        highlighter.setMaxDocCharsToAnalyze(200_000);
        try (TokenStream tokens = ANALYZER.tokenStream(IndexFields.TEXT, plainText)) {
            String[] best = highlighter.getBestFragments(tokens, plainText, fragments);
            return String.join(" … ", best);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return "";
        }
    }
}
