package de.quartiersnetz.cms.server;

import de.quartiersnetz.cms.content.ImportProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A console progress bar (on stderr) for the command-line tools. */
final class ConsoleProgress implements ImportProgress, AutoCloseable {
    private ProgressBar bar;

    @Override
    public synchronized void start(String task, long total) {
        close();
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).continuousUpdate().build();
    }

    @Override
    public synchronized void advance(long nodes) {
        if (bar != null) {
            bar.stepBy(nodes);
        }
    }

    /**
     * Progress for tasks that run side by side under one bar named {@code task}: each task's start adds its
     * total to the bar's, each advance moves the one bar.
     */
    ImportProgress sharedBy(String task) {
        return new ImportProgress() {
            @Override
            public void start(String ignoredTask, long total) {
                extend(task, total);
            }

            @Override
            public void advance(long nodes) {
                ConsoleProgress.this.advance(nodes);
            }
        };
    }

    private synchronized void extend(String task, long total) {
        if (bar == null) {
            start(task, total);
        } else {
            bar.maxHint(bar.getMax() + total);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
