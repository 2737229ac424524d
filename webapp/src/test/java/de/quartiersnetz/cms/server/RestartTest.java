package de.quartiersnetz.cms.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;

/** A restart on an existing data dir keeps what was written and does not import the demo content again. */
class RestartTest {
    @TempDir
    Path dataDir;

    @Test
    void restartKeepsContentAndDoesNotReimportDemoContent() {
        ContentRef written;
        long itemsAfterFirstStart;
        try (ConfigurableApplicationContext first = start()) {
            written = first.getBean(ContentWriter.class).create("networks", "/", "netzwerk-test",
                    Map.of("title", "Netzwerk für den Neustart"), "test");
            itemsAfterFirstStart = countNetworks(first.getBean(ContentRepository.class));
        }
        try (ConfigurableApplicationContext second = start()) {
            ContentRepository repository = second.getBean(ContentRepository.class);
            String title = repository.read(Tree.AUTHOR, "test",
                    session -> session.getNodeByIdentifier(written.identifier()).getProperty("title").getString());
            assertThat(title).isEqualTo("Netzwerk für den Neustart");
            assertThat(countNetworks(repository)).isEqualTo(itemsAfterFirstStart).isGreaterThan(1);
        }
    }

    private static long countNetworks(ContentRepository repository) {
        return repository.read(Tree.AUTHOR, "count", session -> session.getNode("/networks").getNodes().getSize());
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(QuartiersnetzApplication.class).run(
                "--server.port=0",
                "--quartiersnetz.data-dir=" + dataDir,
                "--quartiersnetz.light-modules=" + TestLightModules.SOURCE,
                "--quartiersnetz.watch-light-modules=false");
    }
}
