package de.quartiersnetz.cms.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

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
                // HTMLStripCharFilter passes every character but '<' and '&' through unchanged, and each one
                // allocates 35 KB of buffers: most values are plain text and need none of them.
                String text = readAll(reader);
                StringReader plain = new StringReader(text);
                return text.indexOf('<') < 0 && text.indexOf('&') < 0 ? plain : new HTMLStripCharFilter(plain);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return GAP_BETWEEN_VALUES;
            }
        };
    }

    private static String readAll(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1024];
        try {
            for (int read; (read = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** For queries: the same analysis without HTML stripping. */
    static Analyzer querying() {
        return new GermanAnalyzer();
    }
}
