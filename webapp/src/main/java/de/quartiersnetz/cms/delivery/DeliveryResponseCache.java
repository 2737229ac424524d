package de.quartiersnetz.cms.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.util.RawValue;

/**
 * Rendered responses of published content, emptied whenever the live tree or the definitions change.
 * A response computed while a change happened is not stored (the generation moved on meanwhile).
 */
public final class DeliveryResponseCache implements AutoCloseable {
    /**
     * One rendered response. The gzip form is made when a client first asks for it: compressing a 140 KB list
     * costs more than rendering it, and clients that never ask for gzip should not pay for it.
     */
    public static final class Entry {
        private final byte[] body;
        private final String etag;
        private final long lastModified;
        private volatile byte[] gzipped;

        /** @param lastModified epoch millis of the live change this response reflects */
        public Entry(byte[] body, String etag, long lastModified) {
            this.body = body;
            this.etag = etag;
            this.lastModified = lastModified;
        }

        public byte[] body() {
            return body;
        }

        /** The body compressed once, served to clients that accept gzip. */
        public byte[] gzipped() {
            byte[] compressed = gzipped;
            if (compressed == null) {
                compressed = gzip(body);
                gzipped = compressed;
            }
            return compressed;
        }

        public String etag() {
            return etag;
        }

        /** Each representation has its own strong ETag. */
        public String gzipEtag() {
            return etag.substring(0, etag.length() - 1) + "-gzip\"";
        }

        public long lastModified() {
            return lastModified;
        }

        private static byte[] gzip(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** One item's JSON text as an endpoint shows it in a language: lists that share items share the work. */
    private final Map<String, RawValue> items = new ConcurrentHashMap<>();
    /** A referenced node's JSON as an endpoint embeds it: thousands of items point at the same few. */
    private final Map<String, Map<String, Object>> referenceTargets = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final int capacity;
    private volatile long lastChange = System.currentTimeMillis();
    private final List<AutoCloseable> subscriptions = new CopyOnWriteArrayList<>();

    public DeliveryResponseCache(int capacity) {
        this.capacity = capacity;
    }

    public Entry get(String key) {
        return entries.get(key);
    }

    public long generation() {
        return generation.get();
    }

    public long lastChange() {
        return lastChange;
    }

    public void put(String key, Entry entry, long generationAtStart) {
        putBounded(entries, key, entry, generationAtStart);
    }

    public RawValue item(String key) {
        return items.get(key);
    }

    public void putItem(String key, RawValue json, long generationAtStart) {
        putBounded(items, key, json, generationAtStart);
    }

    public Map<String, Object> referenceTarget(String key) {
        return referenceTargets.get(key);
    }

    public void putReferenceTarget(String key, Map<String, Object> json, long generationAtStart) {
        putBounded(referenceTargets, key, json, generationAtStart);
    }

    /** Nothing computed before the last change is kept; a full map starts over rather than tracking use. */
    private <V> void putBounded(Map<String, V> map, String key, V value, long generationAtStart) {
        if (generation.get() != generationAtStart) {
            return;
        }
        if (map.size() >= capacity) {
            map.clear();
        }
        map.put(key, value);
        if (generation.get() != generationAtStart) {
            // An invalidation ran between the check and the put and may have emptied the map before it.
            map.remove(key, value);
        }
    }

    /** Keeps a subscription that invalidates this cache, to end it with the cache. */
    public void invalidatedBy(AutoCloseable subscription) {
        subscriptions.add(subscription);
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable subscription : subscriptions) {
            subscription.close();
        }
    }

    public void invalidate() {
        lastChange = System.currentTimeMillis();
        generation.incrementAndGet();
        entries.clear();
        items.clear();
        referenceTargets.clear();
    }
}
