package de.quartiersnetz.cms.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Response bodies as files: written once per ETag, bounded, deleted only long after their last use. */
class ResponseFilesTest {
    private static final long IDLE = TimeUnit.MINUTES.toNanos(5);
    private static final byte[] LIST = "[{\"name\":\"list\"}]".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ITEM = "{\"name\":\"item\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    private final AtomicLong clock = new AtomicLong();

    @Test
    void aBodyIsWrittenOnceAndSharedByEveryResponseWithItsEtag() throws IOException {
        ResponseFiles files = new ResponseFiles(temp, 1024, IDLE, clock::get);
        Path first = files.file("\"1\"", LIST);
        Path again = files.file("\"1\"", LIST);
        assertThat(again).isEqualTo(first);
        assertThat(Files.readAllBytes(first)).isEqualTo(LIST);
        assertThat(files()).containsExactly(first);
        assertThat(files.used()).isEqualTo(LIST.length);
    }

    @Test
    void beyondItsSpaceABodyGetsNoFile() throws IOException {
        ResponseFiles files = new ResponseFiles(temp, LIST.length, IDLE, clock::get);
        assertThat(files.file("\"1\"", LIST)).isNotNull();
        assertThat(files.file("\"2\"", ITEM)).isNull();
        assertThat(files()).hasSize(1);
        assertThat(files.used()).isEqualTo(LIST.length);
    }

    @Test
    void anIdleFileIsForgottenFirstAndDeletedOnlyAnIdleSpanLater() throws IOException {
        ResponseFiles files = new ResponseFiles(temp, 1024, IDLE, clock::get);
        Path old = files.file("\"1\"", LIST);
        clock.addAndGet(IDLE + TimeUnit.SECONDS.toNanos(10));
        files.file("\"2\"", ITEM);
        // a response handed the old name just before may still open it
        assertThat(old).exists();
        Path anew = files.file("\"1\"", LIST);
        assertThat(anew).isNotEqualTo(old);
        assertThat(Files.readAllBytes(anew)).isEqualTo(LIST);

        clock.addAndGet(IDLE / 2);
        assertThat(files.file("\"1\"", LIST)).isEqualTo(anew);
        assertThat(old).exists();
        clock.addAndGet(IDLE / 2 + TimeUnit.SECONDS.toNanos(10));
        assertThat(files.file("\"1\"", LIST)).isEqualTo(anew);
        assertThat(old).doesNotExist();
        assertThat(files.used()).isEqualTo(LIST.length + ITEM.length);
    }

    @Test
    void filesInUseAreKept() throws IOException {
        ResponseFiles files = new ResponseFiles(temp, 1024, IDLE, clock::get);
        Path path = files.file("\"1\"", LIST);
        for (int minute = 0; minute < 30; minute++) {
            clock.addAndGet(TimeUnit.MINUTES.toNanos(1));
            assertThat(files.file("\"1\"", LIST)).isEqualTo(path);
        }
        assertThat(path).exists();
    }

    @Test
    void aFileDeletedBehindItsBackIsWrittenAnewAtTheNextSweep() throws IOException {
        ResponseFiles files = new ResponseFiles(temp, 1024, IDLE, clock::get);
        Path path = files.file("\"1\"", LIST);
        Files.delete(path);
        clock.addAndGet(TimeUnit.SECONDS.toNanos(10));
        Path anew = files.file("\"1\"", LIST);
        assertThat(Files.readAllBytes(anew)).isEqualTo(LIST);
        assertThat(files.used()).isEqualTo(LIST.length);
    }

    @Test
    void startAndCloseLeaveNoFilesBehind() throws IOException {
        Files.write(temp.resolve("left-by-a-crash"), ITEM);
        ResponseFiles files = new ResponseFiles(temp, 1024, IDLE, clock::get);
        assertThat(files()).isEmpty();
        files.file("\"1\"", LIST);
        files.close();
        assertThat(files()).isEmpty();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(temp)) {
            return list.toList();
        }
    }
}
