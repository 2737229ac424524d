package de.quartiersnetz.cms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * The Lucene index of the items of one tree (author or live), all workspaces in one index. It is derived data:
 * {@link #rebuild} recreates it from the repository, {@link #startFollowing} keeps it current from repository
 * observation (changes by any session or cluster member are searchable within about a second).
 *
 * <p>Thread safety: {@link #search}, {@link #documentCount} and {@link #isEmpty} may be called from any number
 * of threads at any time, also during a rebuild (they see the old index until the rebuild is committed).
 * Rebuilds and follower batches are serialised by one lock. Open the index before following, follow before
 * rebuilding (changes made during a rebuild are then applied after it), close it before the repository.
 */
public final class ContentIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ContentIndex.class);
    private static final int PROGRESS_STEP = 100;

    private final Path indexDir;
    private final ContentRepository repository;
    private final Tree tree;
    private final IndexStore store;
    private final FullTextQuery fullText = new FullTextQuery(GermanText.querying());
    private final ReentrantLock writeLock = new ReentrantLock();

    private record CachedKinds(Object readerKey, PropertyKinds kinds) {
    }

    private volatile CachedKinds cachedKinds;
    private final ResultWindows windows = new ResultWindows();
    private volatile boolean following;
    private volatile boolean rebuilt;
    private volatile boolean stale;
    private boolean closed;
    private IndexFollower follower;
    private AutoCloseable observation;

    /** Opens the index in {@code indexDir} (creating it if missing); one process at a time may hold it. */
    private final List<Runnable> refreshListeners = new CopyOnWriteArrayList<>();

    public ContentIndex(Path indexDir, ContentRepository repository, Tree tree) {
        this.indexDir = indexDir;
        this.repository = repository;
        this.tree = tree;
        this.store = IndexStore.open(indexDir);
    }

    /**
     * True when the index should be rebuilt before it is trusted: it is empty, it may have missed changes
     * (the previous process did not close it, or a change could not be applied), or its layout changed
     * with this version (then it was emptied on open).
     */
    /**
     * Calls the listener after every change searches can see (changes applied, index rebuilt). Anything that
     * caches search results must forget them then, not when the repository changed: the index follows later.
     */
    public AutoCloseable onRefresh(Runnable listener) {
        refreshListeners.add(listener);
        return () -> refreshListeners.remove(listener);
    }

    private void refreshed() {
        refreshListeners.forEach(Runnable::run);
    }

    public boolean needsRebuild() {
        if (stale || isEmpty()) {
            return true;
        }
        String previous = store.previousState();
        return !rebuilt && (IndexStore.STATE_FOLLOWING.equals(previous) || IndexStore.STATE_STALE.equals(previous));
    }

    /**
     * Recreates the index from every workspace of the tree. Readers keep seeing the previous index until the
     * new one is committed as a whole; on failure the previous index stays.
     */
    public void rebuild(ImportProgress progress) {
        List<String> workspaces = repository.workspaces(tree);
        long started = System.nanoTime();
        writeLock.lock();
        try {
            IndexWriter writer = store.writer();
            writer.deleteAll();
            SnapshotItems items = new SnapshotItems(repository.snapshot(tree), workspaces);
            progress.start("Search index (" + tree.folderName() + ")", items.size());
            long[] count = {0};
            items.documents().forEach(document -> {
                add(writer, document);
                if (++count[0] % PROGRESS_STEP == 0) {
                    progress.advance(PROGRESS_STEP);
                }
            });
            progress.advance(count[0] % PROGRESS_STEP);
            stale = false;
            rebuilt = true;
            store.commit(state());
            store.refresh();
            refreshed();
            LOG.info("Rebuilt the {} search index: {} items in {} ms", tree.folderName(), count[0],
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            try {
                store.rollback();
            } catch (IOException | RuntimeException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e instanceof RuntimeException runtime ? runtime
                    : new UncheckedIOException("Rebuilding the search index at " + indexDir + " failed", (IOException) e);
        } finally {
            writeLock.unlock();
        }
    }

    private static void add(IndexWriter writer, org.apache.lucene.document.Document document) {
        try {
            writer.addDocument(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Subscribes to the tree's changes: changed items are re-indexed and removed ones dropped on a background
     * thread. Calling it again does nothing.
     */
    public synchronized void startFollowing() {
        if (closed) {
            throw new IllegalStateException("the search index at " + indexDir + " is closed");
        }
        if (follower != null) {
            return;
        }
        follower = new IndexFollower("search-index-" + tree.folderName(), this::applyChanges);
        observation = repository.observe(tree, follower::enqueue);
        following = true;
        writeLock.lock();
        try {
            store.commit(state());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search index at " + indexDir, e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Brings the documents of the given absolute repository paths in line with the repository now, on the calling
     * thread, instead of within about a second: AdminCentral calls it after its own writes so that the list it shows
     * next already holds them. With {@code itemsBelow}, every item below each path is re-indexed too (publishing
     * with sub-items changes them all). The follower applying the same changes later writes the same documents.
     */
    public void applyNow(List<String> absolutePaths, boolean itemsBelow) {
        applyChanges(absolutePaths, itemsBelow);
    }

    private void applyChanges(List<String> changedPaths) {
        applyChanges(changedPaths, false);
    }

    private void applyChanges(List<String> changedPaths, boolean itemsBelow) {
        long started = System.nanoTime();
        writeLock.lock();
        try {
            IndexSearcher before = store.acquire();
            int changes;
            try {
                changes = new ChangeIndexer(repository.snapshot(tree), store.writer(), before, itemsBelow)
                        .apply(changedPaths);
            } finally {
                store.release(before);
            }
            store.commit(state());
            store.refresh();
            refreshed();
            LOG.debug("Applied {} changed paths to the {} search index ({} documents) in {} ms", changedPaths.size(),
                    tree.folderName(), changes, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            stale = true;
            try {
                store.commit(state());
                store.refresh();
            } catch (IOException | RuntimeException commitFailure) {
                e.addSuppressed(commitFailure);
            }
            throw e instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) e);
        } finally {
            writeLock.unlock();
        }
    }

    private String state() {
        return stale ? IndexStore.STATE_STALE : following ? IndexStore.STATE_FOLLOWING : IndexStore.STATE_CLOSED;
    }

    /** Runs the query; throws {@link IllegalArgumentException} with a message for the API user for bad input. */
    public SearchHits search(SearchQuery query) {
        WorkspacePaths.requireWorkspace(query.workspace());
        if (query.offset() < 0) {
            throw new IllegalArgumentException("'offset' must be 0 or more, not " + query.offset());
        }
        if (query.limit() < 0) {
            throw new IllegalArgumentException("'limit' must be 0 or more, not " + query.limit());
        }
        try {
            IndexSearcher searcher = store.acquire();
            try {
                return search(searcher, query);
            } finally {
                store.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the index at " + indexDir + " failed", e);
        }
    }

    private SearchHits search(IndexSearcher searcher, SearchQuery query) throws IOException {
        PropertyKinds kinds = kinds(searcher.getIndexReader());
        Query lucene = compile(query, kinds);
        boolean relevance = query.fullText() != null && !query.fullText().isBlank();
        Sort sort = SortKeys.of(query.orderBy(), relevance, kinds);
        int maxDoc = searcher.getIndexReader().maxDoc();
        if (query.limit() == 0 || query.offset() >= maxDoc) {
            return new SearchHits(List.of(), searcher.count(lucene));
        }
        int needed = (int) Math.min((long) query.offset() + query.limit(), maxDoc);
        Object readerKey = readerKey(searcher.getIndexReader());
        SearchQuery unpaged = query.unpaged();
        ResultWindows.Window window = windows.find(readerKey, unpaged, needed);
        if (window == null) {
            TopFieldDocs top = searcher.search(lucene, new TopFieldCollectorManager(sort,
                    ResultWindows.windowFor(needed, maxDoc), null, Integer.MAX_VALUE));
            int[] docs = new int[top.scoreDocs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[i].doc;
            }
            window = new ResultWindows.Window(docs, top.totalHits.value);
            windows.remember(readerKey, unpaged, window);
        }
        int end = Math.min(needed, window.docs().length);
        return new SearchHits(paths(searcher.getIndexReader(), window.docs(), query.offset(), end), window.total());
    }

    /**
     * The paths of {@code docs[from..to)}, in that order, from the path's doc values: reading them costs a lookup,
     * where a stored field costs decompressing the block of documents around it.
     */
    private static List<String> paths(IndexReader reader, int[] docs, int from, int to) throws IOException {
        if (from >= to) {
            return List.of();
        }
        // Doc values are read forwards only, so the page is read in document order.
        long[] byDoc = new long[to - from];
        for (int i = from; i < to; i++) {
            byDoc[i - from] = (long) docs[i] << 32 | (i - from);
        }
        Arrays.sort(byDoc);
        List<LeafReaderContext> leaves = reader.leaves();
        String[] paths = new String[to - from];
        int leaf = -1;
        SortedDocValues values = null;
        for (long entry : byDoc) {
            int doc = (int) (entry >>> 32);
            int at = ReaderUtil.subIndex(doc, leaves);
            if (at != leaf) {
                leaf = at;
                values = DocValues.getSorted(leaves.get(at).reader(), IndexFields.PATH);
            }
            if (!values.advanceExact(doc - leaves.get(at).docBase)) {
                throw new IllegalStateException("document " + doc + " has no path");
            }
            paths[(int) entry] = values.lookupOrd(values.ordValue()).utf8ToString();
        }
        return Arrays.asList(paths);
    }

    private Query compile(SearchQuery query, PropertyKinds kinds) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(term(IndexFields.WORKSPACE, query.workspace()), Occur.FILTER);
        String root = WorkspacePaths.normalise(query.rootPath());
        if (!root.equals("/")) {
            all.add(term(IndexFields.ANCESTORS, root), Occur.FILTER);
        }
        all.add(nodeTypes(query), Occur.FILTER);
        FilterQueries filters = new FilterQueries(kinds);
        for (FieldFilter filter : query.filters()) {
            all.add(filters.build(filter), Occur.FILTER);
        }
        if (query.fullText() != null && !query.fullText().isBlank()) {
            all.add(fullText.parse(query.fullText()), Occur.MUST);
        }
        return all.build();
    }

    private static Query nodeTypes(SearchQuery query) {
        if (query.nodeTypes().isEmpty()) {
            return term(IndexFields.TYPES, IndexFields.ITEM_TYPE);
        }
        String field = query.strictNodeTypes() ? IndexFields.PRIMARY_TYPE : IndexFields.TYPES;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String type : query.nodeTypes()) {
            any.add(term(field, type), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    /** Property kinds change only when the reader does; reading them is cached per reader. */
    private PropertyKinds kinds(IndexReader reader) {
        Object key = readerKey(reader);
        CachedKinds cached = cachedKinds;
        if (cached != null && cached.readerKey() == key) {
            return cached.kinds();
        }
        PropertyKinds kinds = PropertyKinds.of(reader);
        cachedKinds = new CachedKinds(key, kinds);
        return kinds;
    }

    private static Object readerKey(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        return helper == null ? reader : helper.getKey();
    }

    /** The number of indexed items and folders of all workspaces. */
    public long documentCount() {
        try {
            IndexSearcher searcher = store.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                store.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the search index at " + indexDir + " failed", e);
        }
    }

    public boolean isEmpty() {
        return documentCount() == 0;
    }

    /** Stops following (after applying the changes already received) and closes the index. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (observation != null) {
            try {
                observation.close();
            } catch (Exception e) {
                LOG.warn("Could not stop observing the {} tree: {}", tree.folderName(), e.toString());
            }
            follower.close();
        }
        following = false;
        writeLock.lock();
        try {
            store.close(state());
        } catch (IOException e) {
            throw new UncheckedIOException("Closing the search index at " + indexDir + " failed", e);
        } finally {
            writeLock.unlock();
        }
    }
}
