package de.quartiersnetz.cms.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentRepositoryTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsItemsAndIdentifiersAcrossRestart() {
        String id;
        try (ContentRepository repository = ContentRepository.open(dataDir)) {
            repository.ensureWorkspace("projects");
            id = repository.write(Tree.AUTHOR, "create", session -> {
                Node item = session.getNode("/projects").addNode("chemnitz", "mgnl:content");
                item.setProperty("title", "Gemeinwesenkoordination Chemnitz Süd");
                return item.getIdentifier();
            });
        }
        try (ContentRepository reopened = ContentRepository.open(dataDir)) {
            String title = reopened.read(Tree.AUTHOR, "read",
                    session -> session.getNodeByIdentifier(id).getProperty("title").getString());
            assertThat(title).isEqualTo("Gemeinwesenkoordination Chemnitz Süd");
            assertThat(reopened.workspaces(Tree.AUTHOR)).containsExactly("projects");
            assertThat(reopened.isEmpty(Tree.AUTHOR, List.of("projects"))).isFalse();
            assertThat(reopened.isEmpty(Tree.AUTHOR, List.of("news"))).isTrue();
            assertThat(reopened.isEmpty(Tree.LIVE, List.of("projects"))).isTrue();
        }
    }

    @Test
    void registersMagnoliaNodeTypesAndContentTypeItemTypes() {
        try (ContentRepository repository = ContentRepository.open(dataDir)) {
            repository.ensureWorkspace("tours");
            repository.ensureItemType("mt:tour", Map.of("mt", "https://www.magnolia-travel.com/jcr/1.0/mt"));
            Boolean subtype = repository.write(Tree.AUTHOR, "create", session -> {
                Node tour = session.getNode("/tours").addNode("malaysia", "mt:tour");
                return tour.isNodeType("mgnl:content") && tour.isNodeType("mix:referenceable");
            });
            assertThat(subtype).isTrue();
            for (String type : new String[] {"mgnl:content", "mgnl:contentNode", "mgnl:folder", "mgnl:page",
                    "mgnl:area", "mgnl:component", "mgnl:asset"}) {
                Boolean known = repository.read(Tree.LIVE, "types",
                        session -> session.getWorkspace().getNodeTypeManager().hasNodeType(type));
                assertThat(known).as(type).isTrue();
            }
        }
    }

    @Test
    void failedWriteLeavesNothingBehind() {
        try (ContentRepository repository = ContentRepository.open(dataDir)) {
            repository.ensureWorkspace("news");
            assertThatThrownBy(() -> repository.write(Tree.AUTHOR, "half", session -> {
                session.getNode("/news").addNode("first", "mgnl:content");
                session.getNode("/news/missing").addNode("second", "mgnl:content");
                return null;
            })).isInstanceOf(ContentNotFoundException.class).hasMessageContaining("half");
            Boolean exists = repository.read(Tree.AUTHOR, "check", session -> session.nodeExists("/news/first"));
            assertThat(exists).isFalse();
        }
    }

    @Test
    void secondOpenOfTheSameDataDirIsRefusedWithAClearMessage() {
        try (ContentRepository repository = ContentRepository.open(dataDir)) {
            assertThatThrownBy(() -> ContentRepository.open(dataDir))
                    .isInstanceOf(DataDirInUseException.class)
                    .hasMessageContaining("stop it first");
        }
    }

    @Test
    void rejectsPathsThatEscapeTheWorkspace() {
        assertThat(WorkspacePaths.absolute("projects", "/a/b/")).isEqualTo("/projects/a/b");
        assertThatThrownBy(() -> WorkspacePaths.absolute("projects", "/a/../../etc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'..'");
        assertThatThrownBy(() -> WorkspacePaths.requireWorkspace("../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void observersSeeChangedNodePathsOfTheirTreeOnly() throws Exception {
        try (ContentRepository repository = ContentRepository.open(dataDir)) {
            repository.ensureWorkspace("news");
            java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
            try (AutoCloseable handle = repository.observe(Tree.LIVE, seen::addAll)) {
                repository.write(Tree.AUTHOR, "author", session -> session.getNode("/news").addNode("draft", "mgnl:content"));
                repository.write(Tree.LIVE, "live", session -> {
                    session.getNode("/news").addNode("published", "mgnl:content").setProperty("title", "Tagung");
                    return null;
                });
                long deadline = System.currentTimeMillis() + 5000;
                while (!seen.contains("/news/published") && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
            }
            assertThat(seen).contains("/news/published").doesNotContain("/news/draft");
        }
    }

    @Test
    void workspaceRootsKeepNoChildOrderWhileItemsKeepTheirs() {
        try (ContentRepository repository = ContentRepository.open(dataDir)) {
            repository.ensureWorkspace("projects");
            List<ContentRepository.Placement> placements = new ArrayList<>();
            for (String name : List.of("zwickau", "aue", "leipzig")) {
                List<NodeSnapshot> offers = new ArrayList<>();
                for (String offer : List.of("offers0", "offers2", "offers1")) {
                    offers.add(new NodeSnapshot(offer, "mgnl:contentNode", null, List.of(), List.of(), List.of(), 0));
                }
                placements.add(new ContentRepository.Placement("/projects",
                        new NodeSnapshot(name, "mgnl:content", null, List.of(), List.of(), offers, 0)));
            }
            repository.writeSnapshots(Tree.AUTHOR, "import", placements, written -> { });

            List<String> order = repository.read(Tree.AUTHOR, "order", session -> {
                Node root = session.getNode("/projects");
                List<String> names = new ArrayList<>();
                for (Node item : ChildNodes.of(root)) {
                    names.add(item.getName());
                }
                for (Node offer : ChildNodes.of(root.getNode("zwickau"))) {
                    names.add(offer.getName());
                }
                names.add(String.valueOf(root.getPrimaryNodeType().hasOrderableChildNodes()));
                return names;
            });
            assertThat(order).containsExactly("aue", "leipzig", "zwickau", "offers0", "offers2", "offers1", "false");
        }
    }
}
