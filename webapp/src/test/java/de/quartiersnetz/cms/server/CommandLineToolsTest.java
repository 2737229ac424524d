package de.quartiersnetz.cms.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.repository.ChildNodes;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;

/** The jar's sub-commands, run in-process against temporary data dirs. */
class CommandLineToolsTest {
    private static final String[] WORKSPACES = {"networks", "projects", "officeHours", "workingGroups", "news"};

    @TempDir
    Path temp;

    @Test
    void exportImportExportGivesIdenticalFilesAndKeepsIdentifiers() throws IOException {
        Path bootstrap = TestLightModules.SOURCE.resolve("quartiersnetz-demo/bootstrap");
        assertThat(cli(temp.resolve("a"), "import", bootstrap.toString(), "--publish")).isZero();
        Path firstExport = Files.createDirectories(temp.resolve("first"));
        for (String workspace : WORKSPACES) {
            assertThat(cli(temp.resolve("a"), "export", workspace, "--out",
                    firstExport.resolve(workspace + ".yaml").toString())).isZero();
        }

        assertThat(cli(temp.resolve("b"), "import", firstExport.toString())).isZero();
        Path secondExport = Files.createDirectories(temp.resolve("second"));
        for (String workspace : WORKSPACES) {
            assertThat(cli(temp.resolve("b"), "export", workspace, "--out",
                    secondExport.resolve(workspace + ".yaml").toString())).isZero();
        }

        for (String workspace : WORKSPACES) {
            String exported = Files.readString(firstExport.resolve(workspace + ".yaml"));
            assertThat(exported).as(workspace).contains("'jcr:uuid': ").contains("'mgnl:created': 20");
            assertThat(Files.readString(secondExport.resolve(workspace + ".yaml"))).as(workspace).isEqualTo(exported);
        }
        assertThat(Files.readString(firstExport.resolve("projects.yaml")))
                .contains("'title': 'Gemeinwesenkoordination Chemnitz Süd'")
                .contains("'title': 'Servicestelle Quartiersentwicklung und Gemeinwesenarbeit'");
    }

    @Test
    void liveTreeExportHoldsPublishedItemsOnly() throws IOException {
        Path dataDir = temp.resolve("c");
        assertThat(cli(dataDir, "import", TestLightModules.SOURCE.resolve("quartiersnetz-demo/bootstrap").toString()))
                .isZero();
        Path live = temp.resolve("live.yaml");
        assertThat(cli(dataDir, "export", "projects", "--tree", "live", "--out", live.toString())).isZero();
        assertThat(Files.readString(live)).isEmpty();
        Path author = temp.resolve("author.yaml");
        assertThat(cli(dataDir, "export", "projects", "--out", author.toString())).isZero();
        assertThat(Files.readString(author)).contains("Chemnitz");
    }

    @Test
    void invalidImportNamesFileLineNodeAndFieldAndWritesNothing() throws IOException {
        Path dataDir = temp.resolve("d");
        Path file = Files.writeString(temp.resolve("officeHours.kaputt.yaml"), """
                'kaputt':
                  'jcr:primaryType': 'mgnl:content'
                  'weekday': 'someday'
                """, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = cli(dataDir, "import", file.toString());
        } finally {
            System.setErr(original);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(message).contains("officeHours.kaputt.yaml:2").contains("officeHours:/kaputt")
                .contains("'weekday'").contains("NOT_AN_OPTION").contains("'project'").contains("REQUIRED");
        assertThat(message).doesNotContain("Exception").doesNotContain("\tat ");

        Path export = temp.resolve("officeHours.yaml");
        assertThat(cli(dataDir, "export", "officeHours", "--out", export.toString())).isZero();
        assertThat(Files.readString(export)).isEmpty();
    }

    @Test
    void importWithPublishRecordsOneVersionPerItemWhichNoExportCanReach() throws IOException {
        Path dataDir = temp.resolve("v");
        assertThat(cli(dataDir, "import", TestLightModules.SOURCE.resolve("quartiersnetz-demo/bootstrap").toString(),
                "--publish")).isZero();
        Path out = temp.resolve("versions.yaml");
        assertThat(cli(dataDir, "export", "mgnl:versions", "--out", out.toString())).isNotZero();
        assertThat(out).doesNotExist();

        try (ContentRepository repository = ContentRepository.open(dataDir)) {
            List<String> versions = repository.read(Tree.AUTHOR, "test", session -> {
                List<String> found = new ArrayList<>();
                for (Node workspace : ChildNodes.of(session.getNode("/mgnl:versions"))) {
                    for (Node item : ChildNodes.of(workspace)) {
                        for (Node version : ChildNodes.of(item)) {
                            found.add(workspace.getName() + ":" + version.getProperty("path").getString() + "#"
                                    + version.getName());
                        }
                    }
                }
                return found;
            });
            // 21 items and the 13 demo pages of the website workspace
            assertThat(versions).hasSize(34).contains("projects:/gemeinwesenkoordination-chemnitz-sued#1")
                    .allMatch(version -> version.endsWith("#1"));
            assertThat(repository.workspaces(Tree.AUTHOR)).doesNotContain("mgnl:versions");
        }
    }

    @Test
    void reindexRebuildsADeletedSearchIndexCompletelyFromTheRepository() throws IOException {
        Path dataDir = temp.resolve("r");
        assertThat(cli(dataDir, "import", TestLightModules.SOURCE.resolve("quartiersnetz-demo/bootstrap").toString(),
                "--publish")).isZero();
        String intact = stdout(() -> assertThat(cli(dataDir, "reindex")).isZero());
        assertThat(intact).containsPattern("Rebuilt 2 indexes \\(\\d+ items in the live search index\\)")
                .doesNotContain("(0 items");

        try (var files = Files.walk(dataDir.resolve("index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        assertThat(dataDir.resolve("index")).doesNotExist();
        String rebuilt = stdout(() -> assertThat(cli(dataDir, "reindex")).isZero());

        assertThat(rebuilt).isEqualTo(intact);
    }

    private static String stdout(Runnable action) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportWithoutOutFileIsAUsageError() {
        assertThat(cli(temp.resolve("e"), "export", "projects")).isEqualTo(2);
    }

    private static int cli(Path dataDir, String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--quartiersnetz.data-dir=" + dataDir;
        all[args.length + 1] = "--quartiersnetz.light-modules=" + TestLightModules.SOURCE;
        all[args.length + 2] = "--quartiersnetz.demo-content=false";
        return CommandLineTools.run(all);
    }
}
