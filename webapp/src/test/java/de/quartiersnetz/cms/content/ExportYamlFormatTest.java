package de.quartiersnetz.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.jcr.PropertyType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.repository.NodeSnapshot;

class ExportYamlFormatTest {
    private static final String EXPORT = """
            'treffen':
              'jcr:primaryType': 'mgnl:content'
              'jcr:uuid': '7d0c5a2e-4b1f-4c3d-8e9f-0a1b2c3d4e5f'
              'active': true
              'mgnl:created': 2015-05-07T09:00:00.000+02:00
              'participants': 60
              'points':
              - 'Wie gestaltet sich die kommunale Anbindung?'
              - 'Gibt es Standards?'
              'text': "Zeile eins\\nZeile zwei mit \\"Anführung\\""
              'title': 'Länderübergreifendes LAG-Treffen am 9. Juni in Leipzig, „Die Villa“ – ''Soziokultur'''
              'venue':
                'jcr:primaryType': 'mgnl:contentNode'
                'jcr:uuid': '0f5e2d7c-1a2b-4c3d-9e8f-7a6b5c4d3e2f'
                'city': 'Leipzig'
            """;

    @TempDir
    Path dir;

    @Test
    void readsTypesIdentifiersAndChildNodesFromMagnoliaExports() throws IOException {
        ImportFile file = new ExportYamlReader().read(write("news.treffen.yaml", EXPORT));

        assertThat(file.workspace()).isEqualTo("news");
        assertThat(file.parentPath()).isEqualTo("/");
        NodeSnapshot item = file.roots().get(0);
        assertThat(item.identifier()).isEqualTo("7d0c5a2e-4b1f-4c3d-8e9f-0a1b2c3d4e5f");
        assertThat(item.property("active").orElseThrow().type()).isEqualTo(PropertyType.BOOLEAN);
        assertThat(item.property("participants").orElseThrow().type()).isEqualTo(PropertyType.LONG);
        assertThat(item.property("mgnl:created").orElseThrow().value()).isEqualTo("2015-05-07T09:00:00.000+02:00");
        assertThat(item.property("points").orElseThrow().values()).hasSize(2);
        assertThat(item.property("text").orElseThrow().value()).isEqualTo("Zeile eins\nZeile zwei mit \"Anführung\"");
        assertThat(item.property("title").orElseThrow().value()).endsWith("– 'Soziokultur'");
        assertThat(item.children()).singleElement().satisfies(venue -> {
            assertThat(venue.primaryType()).isEqualTo("mgnl:contentNode");
            assertThat(venue.line()).isEqualTo(13);
        });
    }

    @Test
    void writesWhatItReadsByteForByte() throws IOException {
        ImportFile file = new ExportYamlReader().read(write("news.yaml", EXPORT));
        assertThat(new ExportYamlWriter().write(file.roots())).isEqualTo(EXPORT);
    }

    @Test
    void readsExportsLargerThanSnakeYamlsDefaultLimitOfThreeMegabytes() throws IOException {
        StringBuilder yaml = new StringBuilder();
        int items = 20_000;
        for (int i = 0; i < items; i++) {
            yaml.append("'treffen-").append(i).append("':\n  'jcr:primaryType': 'mgnl:content'\n")
                    .append("  'title': 'Treffen der Arbeitskreise im Leipziger Osten, Teil ").append(i).append("'\n")
                    .append("  'text': 'Beratung in Alltagsfragen, Nachbarschaftshilfe, Kiezfest, Stadtteilzeitung'\n");
        }
        assertThat(yaml.length()).isGreaterThan(3 * 1024 * 1024);
        ImportFile file = new ExportYamlReader().read(write("news.yaml", yaml.toString()));
        assertThat(file.roots()).hasSize(items);
    }

    @Test
    void fileNameGivesWorkspaceAndParentPath() throws IOException {
        ImportFile file = new ExportYamlReader().read(write("website.travel.about.careers.yaml",
                "'careers':\n  'jcr:primaryType': 'mgnl:page'\n"));
        assertThat(file.workspace()).isEqualTo("website");
        assertThat(file.parentPath()).isEqualTo("/travel/about");
    }

    @Test
    void reportsSyntaxErrorsWithFileAndLine() throws IOException {
        Path broken = write("news.broken.yaml", "'broken':\n  'title': 'a'\n   'oops': : b\n");
        assertThatThrownBy(() -> new ExportYamlReader().read(broken))
                .isInstanceOf(ImportFailure.class)
                .hasMessageStartingWith("news.broken.yaml:3")
                .hasMessageContaining("invalid YAML");
    }

    @Test
    void reportsBadDatesWithTheNodeAndProperty() throws IOException {
        Path file = write("news.x.yaml", "'x':\n  'child':\n    'when': 2015-13-45\n");
        assertThatThrownBy(() -> new ExportYamlReader().read(file))
                .isInstanceOf(ImportFailure.class)
                .hasMessageContaining("news.x.yaml:3")
                .hasMessageContaining("/x/child")
                .hasMessageContaining("'when'");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
