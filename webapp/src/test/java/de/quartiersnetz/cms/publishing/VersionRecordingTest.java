package de.quartiersnetz.cms.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.repository.NodeSnapshot;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;
import de.quartiersnetz.cms.search.ContentIndex;
import de.quartiersnetz.cms.search.SearchQuery;

/** Every publication records a version of each item it publishes, kept out of sight of everything else. */
class VersionRecordingTest {
    static final String CHEMNITZ = "/gemeinwesenkoordination-chemnitz-sued";

    @TempDir
    Path dataDir;
    PublishingContent content;

    @BeforeEach
    void open() {
        content = new PublishingContent(dataDir);
    }

    @AfterEach
    void close() {
        content.close();
    }

    @Test
    void publishingTwiceRecordsTwoVersionsNewestFirstWithAuthorDateAndPath() {
        content.importDemo();
        ZonedDateTime first = ZonedDateTime.now(content.clock);
        content.publisher.publish("projects", CHEMNITZ, false, "anna");
        content.clock.advance(Duration.ofHours(2));
        ZonedDateTime second = ZonedDateTime.now(content.clock);
        content.publisher.publish("projects", CHEMNITZ, false, "ben");

        List<Version> versions = content.history.list("projects", content.history.identifierAt("projects", CHEMNITZ));

        assertThat(versions).extracting(Version::number, Version::user, Version::path)
                .containsExactly(tuple(2, "ben", CHEMNITZ),
                        tuple(1, "anna", CHEMNITZ));
        assertThat(versions.get(0).created().toInstant()).isEqualTo(second.toInstant());
        assertThat(versions.get(1).created().toInstant()).isEqualTo(first.toInstant());
    }

    @Test
    void aNeverPublishedItemHasNoVersions() {
        content.importDemo();
        assertThat(content.history.list("projects", content.history.identifierAt("projects", CHEMNITZ))).isEmpty();
    }

    @Test
    void publishingAFolderWithItsItemsRecordsOneVersionPerItemAndNoneForTheFolder() {
        content.writer.createFolder("news", "/", "2026", "anna");
        ContentRef fair = content.writer.create("news", "/2026", "stadtteilfest",
                Map.of("title", "Stadtteilfest", "date", "2026-06-13"), "anna");
        ContentRef meeting = content.writer.create("news", "/2026", "netzwerktreffen",
                Map.of("title", "Netzwerktreffen", "date", "2026-09-02"), "anna");

        content.publisher.publish("news", "/2026", true, "anna");

        assertThat(content.history.list("news", fair.identifier())).extracting(Version::path)
                .containsExactly("/2026/stadtteilfest");
        assertThat(content.history.list("news", meeting.identifier())).extracting(Version::path)
                .containsExactly("/2026/netzwerktreffen");
        String folder = content.read(Tree.AUTHOR, s -> s.getNode("/news/2026").getIdentifier());
        assertThat(content.history.list("news", folder)).isEmpty();
    }

    @Test
    void aVersionHoldsThePageWithItsAreasAndComponentsButNotItsChildPages() {
        content.repository.ensureWorkspace("website");
        String[] ids = content.repository.write(Tree.AUTHOR, "fixture.pages", session -> {
            Node home = session.getNode("/website").addNode("home", "mgnl:page");
            home.setProperty("title", "Startseite");
            home.addNode("main", "mgnl:area").addNode("0", "mgnl:component").setProperty("text", "Willkommen");
            Node about = home.addNode("ueber-uns", "mgnl:page");
            about.setProperty("title", "Über uns");
            return new String[] {home.getIdentifier(), about.getIdentifier()};
        });

        content.publisher.publish("website", "/home", true, "anna");

        NodeSnapshot home = version(content, "website", ids[0], 1);
        assertThat(home.property("title").orElseThrow().value()).isEqualTo("Startseite");
        assertThat(home.children()).extracting(NodeSnapshot::name).containsExactly("main");
        assertThat(home.children().get(0).children().get(0).property("text").orElseThrow().value())
                .isEqualTo("Willkommen");
        assertThat(home.identifier()).isEqualTo(ids[0]);
        NodeSnapshot about = version(content, "website", ids[1], 1);
        assertThat(about.property("title").orElseThrow().value()).isEqualTo("Über uns");
        assertThat(content.history.list("website", ids[1])).extracting(Version::path)
                .containsExactly("/home/ueber-uns");
    }

    @Test
    void bulkPublishingTheDemoContentRecordsOneVersionPerItemThatMatchesItsDraft() {
        List<ContentRef> imported = content.importDemo();
        Map<String, List<String>> byWorkspace = new LinkedHashMap<>();
        for (ContentRef ref : imported) {
            byWorkspace.computeIfAbsent(ref.workspace(), w -> new ArrayList<>()).add(ref.path());
        }
        byWorkspace.forEach((workspace, paths) -> content.publisher.publish(workspace, paths, true, "import"));

        assertThat(imported).hasSize(21);
        for (ContentRef ref : imported) {
            assertThat(content.history.list(ref.workspace(), ref.identifier())).as(ref.path())
                    .extracting(Version::number, Version::user, Version::path)
                    .containsExactly(tuple(1, "import", ref.path()));
            assertThat(content.history.diff(ref.workspace(), ref.identifier(), 1)).as(ref.path()).isEmpty();
        }
    }

    @Test
    void versionsAreNoWorkspaceAndStayOutOfExportSearchAndTheLiveTree() throws Exception {
        content.importDemo();
        content.publisher.publish("projects", CHEMNITZ, false, "anna");
        content.writer.update("projects", CHEMNITZ, Map.of("title", "Stadtteilkoordination"), "anna");
        content.publisher.publish("projects", CHEMNITZ, false, "anna");

        assertThat(content.repository.workspaces(Tree.AUTHOR))
                .containsExactlyInAnyOrder("networks", "projects", "officeHours", "workingGroups", "news");
        assertThat(content.<Boolean>read(Tree.AUTHOR, s -> s.nodeExists("/" + VersionStore.ROOT))).isTrue();
        assertThat(content.<Boolean>read(Tree.LIVE, s -> s.nodeExists("/" + VersionStore.ROOT))).isFalse();
        // Export, delivery endpoints and content writes all address a workspace by name first.
        assertThatThrownBy(() -> WorkspacePaths.requireWorkspace(VersionStore.ROOT))
                .isInstanceOf(IllegalArgumentException.class);

        try (ContentIndex index = new ContentIndex(dataDir.resolve("index/author"), content.repository, Tree.AUTHOR)) {
            index.rebuild(ImportProgress.NONE);
            assertThat(index.documentCount()).isEqualTo(21);
            // "Gemeinwesenkoordination" now lives on in version 1 only.
            assertThat(index.search(SearchQuery.in("projects").fullText("Gemeinwesenkoordination Chemnitz")
                    .limit(10).build()).paths()).isEmpty();
            assertThat(index.search(SearchQuery.in("projects").fullText("Stadtteilkoordination")
                    .limit(10).build()).paths()).containsExactly(CHEMNITZ);
        }
    }

    static NodeSnapshot version(PublishingContent content, String workspace, String identifier, int number) {
        return content.read(Tree.AUTHOR, session -> new VersionStore().read(session, workspace, identifier, number))
                .orElseThrow().item();
    }
}
