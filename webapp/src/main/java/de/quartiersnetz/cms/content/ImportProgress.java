package de.quartiersnetz.cms.content;

/** Told how far a long import or export has come, in nodes. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void advance(long nodes) {
        }
    };

    void start(String task, long total);

    void advance(long nodes);
}
