package de.quartiersnetz.cms.search;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * German analysis for the full-text field: {@link GermanAnalyzer} (lower case, German stop words,
 * normalisation of umlauts and ß, light stemming, so "Beratungen" meets "Beratung").
 */
final class GermanText {
    /** Keeps phrases from matching across two property values. */
    private static final int GAP_BETWEEN_VALUES = 100;

    private GermanText() {
    }

    /** For indexing: strips HTML tags (and decodes entities) of rich text before analysis. */
    static Analyzer indexing() {
        GermanAnalyzer german = new GermanAnalyzer();
        return new AnalyzerWrapper(german.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return german;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return new HTMLStripCharFilter(reader);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return GAP_BETWEEN_VALUES;
            }
        };
    }

    /** For queries: the same analysis without HTML stripping. */
    static Analyzer querying() {
        return new GermanAnalyzer();
    }
}
