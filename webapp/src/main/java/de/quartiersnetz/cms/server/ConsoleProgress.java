package de.quartiersnetz.cms.server;

import de.quartiersnetz.cms.content.ImportProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A console progress bar (on stderr) for the command-line tools. */
final class ConsoleProgress implements ImportProgress, AutoCloseable {
    private ProgressBar bar;

    @Override
    public void start(String task, long total) {
        close();
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).continuousUpdate().build();
    }

    @Override
    public void advance(long nodes) {
        if (bar != null) {
            bar.stepBy(nodes);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
