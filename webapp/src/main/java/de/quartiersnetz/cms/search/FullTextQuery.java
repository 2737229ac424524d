package de.quartiersnetz.cms.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Parses the delivery API's {@code q} into a query on the full-text field. The syntax is the one of JCR's
 * {@code jcr:contains}: words are all required, {@code "…"} is a phrase, {@code -word} excludes, {@code OR}
 * between two words makes either suffice, {@code AND} is the default and may be written. Nothing a user
 * types is a syntax error: an unclosed quote runs to the end, lone operators and punctuation are ignored.
 */
final class FullTextQuery {
    static final int MAX_LENGTH = 1000;
    static final int MAX_WORDS = 64;

    private final QueryBuilder builder;

    FullTextQuery(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    private record Clause(String text, boolean phrase, boolean excluded) {
    }

    /** A query matching nothing when {@code q} holds no searchable word (only stop words or punctuation). */
    Query parse(String q) {
        if (q.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("'q' is " + q.length() + " characters long; at most " + MAX_LENGTH
                    + " are allowed");
        }
        List<List<Clause>> groups = group(tokenize(q));
        if (groups.stream().mapToInt(List::size).sum() > MAX_WORDS) {
            throw new IllegalArgumentException("'q' has more than " + MAX_WORDS + " words and phrases; shorten it");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean required = false;
        boolean excluded = false;
        for (List<Clause> group : groups) {
            if (group.get(0).excluded()) {
                Query query = clauseQuery(group.get(0));
                if (query != null) {
                    all.add(query, Occur.MUST_NOT);
                    excluded = true;
                }
                continue;
            }
            List<Query> alternatives = new ArrayList<>();
            for (Clause clause : group) {
                Query query = clauseQuery(clause);
                if (query != null) {
                    alternatives.add(query);
                }
            }
            if (alternatives.isEmpty()) {
                continue;
            }
            if (alternatives.size() == 1) {
                all.add(alternatives.get(0), Occur.MUST);
            } else {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                alternatives.forEach(query -> either.add(query, Occur.SHOULD));
                all.add(either.build(), Occur.MUST);
            }
            required = true;
        }
        if (!required && !excluded) {
            return new MatchNoDocsQuery("no searchable word in q");
        }
        if (!required) {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return all.build();
    }

    private Query clauseQuery(Clause clause) {
        return clause.phrase()
                ? builder.createPhraseQuery(IndexFields.TEXT, clause.text())
                : builder.createBooleanQuery(IndexFields.TEXT, clause.text(), Occur.MUST);
    }

    /** Words, phrases and the bare operator words OR / AND (kept as unquoted, unsigned clauses). */
    private static List<Clause> tokenize(String q) {
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if ((c == '-' || c == '+') && i + 1 < q.length() && !Character.isWhitespace(q.charAt(i + 1))) {
                excluded = c == '-';
                i++;
                c = q.charAt(i);
            }
            if (c == '"') {
                int close = q.indexOf('"', i + 1);
                int end = close < 0 ? q.length() : close;
                clauses.add(new Clause(q.substring(i + 1, end), true, excluded));
                i = end + 1;
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                    end++;
                }
                clauses.add(new Clause(q.substring(i, end), false, excluded));
                i = end;
            }
        }
        return clauses;
    }

    /** Groups clauses joined by OR; every other boundary is AND. */
    private static List<List<Clause>> group(List<Clause> clauses) {
        List<List<Clause>> groups = new ArrayList<>();
        boolean orPending = false;
        for (Clause clause : clauses) {
            boolean operator = !clause.phrase() && !clause.excluded();
            if (operator && clause.text().equals("OR")) {
                orPending = !groups.isEmpty();
                continue;
            }
            if (operator && clause.text().equals("AND")) {
                orPending = false;
                continue;
            }
            List<Clause> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (orPending && !clause.excluded() && !last.get(0).excluded()) {
                last.add(clause);
            } else {
                List<Clause> group = new ArrayList<>();
                group.add(clause);
                groups.add(group);
            }
            orPending = false;
        }
        return groups;
    }
}
