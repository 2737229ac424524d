package de.quartiersnetz.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.repository.ChildNodes;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.NodeSnapshot;
import de.quartiersnetz.cms.repository.NodeSnapshots;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/** Reading items as the writer's values, checked by writing every demo item back unchanged. */
class ContentReaderTest {
    @TempDir
    Path dataDir;

    ProjectContent content;
    ContentReader reader;

    @BeforeEach
    void importDemo() {
        content = new ProjectContent(dataDir);
        content.importDemo();
        reader = new ContentReader(content.repository, content.registry, new ContentLanguages(List.of("de", "en")));
    }

    @AfterEach
    void close() {
        content.close();
    }

    @Test
    void writingWhatWasReadChangesNoDemoItem() {
        List<String> items = demoItems();
        assertThat(items).hasSizeGreaterThanOrEqualTo(21);
        for (String item : items) {
            String workspace = item.substring(0, item.indexOf(':'));
            String path = item.substring(item.indexOf(':') + 1);
            NodeSnapshot before = comparable(snapshot(workspace, path));
            content.writer.update(workspace, path, reader.read(workspace, path).values(), "roundtrip");
            NodeSnapshot after = comparable(snapshot(workspace, path));
            assertThat(after).as(item).isEqualTo(before);
        }
    }

    @Test
    void readsListsSubmodelsAndLanguageVariantsInTheWritersShape() {
        ContentItem project = reader.read("projects", "/gemeinwesenkoordination-chemnitz-sued");
        assertThat(project.title()).isEqualTo("Gemeinwesenkoordination Chemnitz Süd");
        assertThat(project.identifier()).isNotBlank();
        Map<String, Object> values = project.values();
        assertThat(values.get("title_en")).isInstanceOf(String.class);
        assertThat(values.get("networks")).isInstanceOf(List.class);
        assertThat(values.get("offers")).asList().isNotEmpty().first().isInstanceOf(Map.class);
        assertThat(values.get("address")).isInstanceOf(Map.class);
        assertThat(values.keySet()).noneMatch(key -> key.contains(":"));
    }

    @Test
    void findsItemsByIdentifierAndPathWithTheirTitles() {
        String lagSachsen = reader.read("networks", "/lag-sachsen").identifier();
        assertThat(reader.byIdentifiers("networks", List.of(lagSachsen, "0c0c0c0c-0000-4000-8000-000000000000")))
                .extracting(ItemSummary::title).containsExactly(reader.read("networks", "/lag-sachsen").title());
        assertThat(reader.byIdentifiers("projects", List.of(lagSachsen))).isEmpty();
        assertThat(reader.byPaths("networks", List.of("/thasg", "/gibt-es-nicht"))).extracting(ItemSummary::path)
                .containsExactly("/thasg");
    }

    @Test
    void foldersAndMissingPathsAreNoItems() {
        content.writer.createFolder("projects", "/", "leipzig", "editor");
        assertThat(reader.isFolder("projects", "/leipzig")).isTrue();
        assertThat(reader.isFolder("projects", "/")).isTrue();
        assertThat(reader.isFolder("projects", "/gemeinwesenkoordination-chemnitz-sued")).isFalse();
        assertThatThrownBy(() -> reader.read("projects", "/leipzig")).isInstanceOf(ContentNotFoundException.class);
        assertThatThrownBy(() -> reader.read("projects", "/nichts")).isInstanceOf(ContentNotFoundException.class);
    }

    private List<String> demoItems() {
        List<String> items = new ArrayList<>();
        for (ContentTypeDefinition type : content.registry.contentTypes()) {
            content.repository.read(Tree.AUTHOR, "test", session -> {
                collect(session.getNode("/" + type.workspace()), type.workspace(), items);
                return null;
            });
        }
        return items;
    }

    private static void collect(Node parent, String workspace, List<String> items) throws RepositoryException {
        for (Node child : ChildNodes.of(parent)) {
            if (child.isNodeType("mgnl:folder")) {
                collect(child, workspace, items);
            } else if (child.isNodeType("mgnl:content")) {
                items.add(workspace + ":" + WorkspacePaths.relative(workspace, child.getPath()));
            }
        }
    }

    private NodeSnapshot snapshot(String workspace, String path) {
        return content.repository.read(Tree.AUTHOR, "test",
                session -> NodeSnapshots.read(session.getNode(WorkspacePaths.absolute(workspace, path)), n -> true));
    }

    /** Without the modification stamps and the submodel nodes' identifiers, which every save renews. */
    private static NodeSnapshot comparable(NodeSnapshot item) {
        List<NodeSnapshot.Property> properties = item.properties().stream()
                .filter(p -> !p.name().startsWith("mgnl:lastModified")).toList();
        return new NodeSnapshot(item.name(), item.primaryType(), item.identifier(), item.mixins(), properties,
                item.children().stream().map(ContentReaderTest::withoutIdentifiers).toList(), 0);
    }

    private static NodeSnapshot withoutIdentifiers(NodeSnapshot node) {
        return new NodeSnapshot(node.name(), node.primaryType(), null, node.mixins(), node.properties(),
                node.children().stream().map(ContentReaderTest::withoutIdentifiers).toList(), 0);
    }
}
