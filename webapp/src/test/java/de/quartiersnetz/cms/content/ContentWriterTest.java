package de.quartiersnetz.cms.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.repository.Tree;

/** The one write path against the project's real content types. */
class ContentWriterTest {
    @TempDir
    Path dataDir;

    ProjectContent content;
    String chemnitz;
    String lagSachsen;

    @BeforeEach
    void importDemo() {
        content = new ProjectContent(dataDir);
        content.importDemo();
        chemnitz = idOf("projects", "/gemeinwesenkoordination-chemnitz-sued");
        lagSachsen = idOf("networks", "/lag-sachsen");
    }

    @AfterEach
    void close() {
        content.close();
    }

    @Test
    void createsAProjectWithSubmodelsReferencesAndTypedValues() {
        ContentRef ref = content.writer.create("projects", "/", "stadtteilladen-gruenau", Map.of(
                "title", "Stadtteilladen Grünau",
                "title_en", "Grünau neighbourhood shop",
                "networks", List.of(lagSachsen),
                "runningFrom", "2024-01-01",
                "latitude", "51,3163",
                "offers", List.of(Map.of("title", "Beratung"), Map.of("title", "Nachbarschaftscafé")),
                "address", Map.of("street", "Stuttgarter Allee 11", "postalCode", "04209", "city", "Leipzig")), "editor");

        Map<String, String> stored = content.repository.read(Tree.AUTHOR, "test", session -> {
            var node = session.getNodeByIdentifier(ref.identifier());
            return Map.of(
                    "runningFrom", node.getProperty("runningFrom").getString(),
                    "latitudeType", javax.jcr.PropertyType.nameFromValue(node.getProperty("latitude").getType()),
                    "networks", node.getProperty("networks").getValues()[0].getString(),
                    "offer1", node.getNode("offers/1").getProperty("title").getString(),
                    "city", node.getNode("address").getProperty("city").getString(),
                    "createdBy", node.getProperty("mgnl:createdBy").getString());
        });
        assertThat(stored).containsEntry("runningFrom", "2024-01-01T00:00:00.000+01:00")
                .containsEntry("latitudeType", "Double")
                .containsEntry("networks", lagSachsen)
                .containsEntry("offer1", "Nachbarschaftscafé")
                .containsEntry("city", "Leipzig")
                .containsEntry("createdBy", "editor");
    }

    @Test
    void networkErrorsNameTheFields() {
        assertThat(errors("networks", Map.of("founded", "7. Dezember 2000", "kind", "verein",
                "memberProjects", List.of("0c0c0c0c-0000-4000-8000-000000000000"))))
                .containsExactlyInAnyOrder("title:REQUIRED", "founded:INVALID_TYPE", "kind:NOT_AN_OPTION",
                        "memberProjects[0]:REFERENCE_NOT_FOUND");
    }

    @Test
    void projectErrorsNameTheFieldsIncludingSubmodelEntries() {
        assertThat(errors("projects", Map.of("title", "Projekt", "networks", List.of(chemnitz),
                "offers", List.of(Map.of("text", "ohne Titel")), "email", "keine-adresse", "budget", "12")))
                .containsExactlyInAnyOrder("networks[0]:REFERENCE_NOT_FOUND", "offers[0].title:REQUIRED",
                        "email:INVALID_EMAIL", "budget:UNKNOWN_FIELD");
    }

    @Test
    void officeHoursErrorsNameTheFields() {
        assertThat(errors("officeHours", Map.of("project", chemnitz, "weekday", "dienstag", "opens", "15 Uhr",
                "closes", "18:00", "validFrom", "2026-02-30")))
                .containsExactlyInAnyOrder("weekday:NOT_AN_OPTION", "opens:PATTERN_MISMATCH", "validFrom:INVALID_TYPE");
    }

    @Test
    void workingGroupErrorsNameTheFields() {
        assertThat(errors("workingGroups", Map.of("title", "AK Test", "rhythmMonths", "aller 2 Monate",
                "moderators", List.of(Map.of("organisation", "QM")), "network", chemnitz)))
                .containsExactlyInAnyOrder("rhythmMonths:INVALID_TYPE", "moderators[0].name:REQUIRED",
                        "network:REFERENCE_NOT_FOUND");
    }

    @Test
    void newsErrorsNameTheFields() {
        assertThat(errors("news", Map.of("title", List.of("a", "b"), "expectedParticipants", "rund 60",
                "dateOnly", "vielleicht")))
                .containsExactlyInAnyOrder("title:NOT_MULTIPLE", "date:REQUIRED", "expectedParticipants:INVALID_TYPE",
                        "dateOnly:INVALID_TYPE");
    }

    @Test
    void invalidUpdateChangesNothing() {
        assertThatThrownBy(() -> content.writer.update("projects", "/gemeinwesenkoordination-chemnitz-sued",
                Map.of("title", ""), "editor")).isInstanceOf(ContentValidationException.class);
        String title = content.repository.read(Tree.AUTHOR, "test", session ->
                session.getNode("/projects/gemeinwesenkoordination-chemnitz-sued").getProperty("title").getString());
        assertThat(title).isEqualTo("Gemeinwesenkoordination Chemnitz Süd");
    }

    @Test
    void updateReplacesValuesAndSubmodelEntries() {
        content.writer.update("officeHours", "/gemeinwesenkoordination-chemnitz-sued-dienstag", Map.of(
                "project", chemnitz, "weekday", "tuesday", "opens", "14:00", "closes", "17:30"), "editor");
        Map<String, Object> stored = content.repository.read(Tree.AUTHOR, "test", session -> {
            var node = session.getNode("/officeHours/gemeinwesenkoordination-chemnitz-sued-dienstag");
            return Map.of("opens", node.getProperty("opens").getString(), "hasNote", node.hasProperty("note"),
                    "modifiedBy", node.getProperty("mgnl:lastModifiedBy").getString());
        });
        assertThat(stored).containsEntry("opens", "14:00").containsEntry("hasNote", false)
                .containsEntry("modifiedBy", "editor");
    }

    @Test
    void refusesTakenAndInvalidNames() {
        assertThat(errorsOfCreate("projects", "gemeinwesenkoordination-chemnitz-sued")).containsExactly("@name:NAME_TAKEN");
        assertThat(errorsOfCreate("projects", "../etc")).containsExactly("@name:INVALID_NAME");
    }

    @Test
    void duplicateCopiesValuesAndSubmodelsAsANewDraftWithNewIdentifiers() {
        String original = "/gemeinwesenkoordination-chemnitz-sued";
        content.repository.write(Tree.AUTHOR, "publishMarks", session -> {
            session.getNode("/projects" + original).setProperty("mgnl:activationStatus", true);
            session.getNode("/projects" + original).setProperty("mgnl:lastActivated", java.util.Calendar.getInstance());
            return null;
        });
        ContentRef copy = content.writer.duplicate("projects", original, "gemeinwesenkoordination-chemnitz-sued-kopie",
                "editor");

        assertThat(copy.path()).isEqualTo("/gemeinwesenkoordination-chemnitz-sued-kopie");
        assertThat(copy.identifier()).isNotEqualTo(chemnitz);
        Map<String, Object> stored = content.repository.read(Tree.AUTHOR, "test", session -> {
            var node = session.getNodeByIdentifier(copy.identifier());
            var offer = node.getNode("offers/0");
            var originalOffer = session.getNode("/projects" + original + "/offers/0");
            return Map.of("title", node.getProperty("title").getString(),
                    "offer", offer.getProperty("title").getString(),
                    "offerIdentifierIsNew", !offer.getIdentifier().equals(originalOffer.getIdentifier()),
                    "createdBy", node.getProperty("mgnl:createdBy").getString(),
                    "activated", node.hasProperty("mgnl:lastActivated") || node.hasProperty("mgnl:activationStatus"));
        });
        assertThat(stored).containsEntry("title", "Gemeinwesenkoordination Chemnitz Süd")
                .containsEntry("offerIdentifierIsNew", true).containsEntry("createdBy", "editor")
                .containsEntry("activated", false);
        assertThat(stored.get("offer")).isNotNull();

        assertThatThrownBy(() -> content.writer.duplicate("projects", original,
                "gemeinwesenkoordination-chemnitz-sued-kopie", "editor"))
                .isInstanceOfSatisfying(ContentValidationException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::code).containsExactly("NAME_TAKEN"));
    }

    @Test
    void moveTakesItemsIntoAFolderKeepingIdentifiersAndMarksThemModified() {
        content.writer.createFolder("projects", "/", "chemnitz", "editor");
        List<ContentRef> moved = content.writer.move("projects", List.of("/gemeinwesenkoordination-chemnitz-sued"),
                "/chemnitz", "mover");

        assertThat(moved).extracting(ContentRef::path).containsExactly("/chemnitz/gemeinwesenkoordination-chemnitz-sued");
        assertThat(moved.get(0).identifier()).isEqualTo(chemnitz);
        String modifiedBy = content.repository.read(Tree.AUTHOR, "test", session -> session.getNode(
                "/projects/chemnitz/gemeinwesenkoordination-chemnitz-sued").getProperty("mgnl:lastModifiedBy").getString());
        assertThat(modifiedBy).isEqualTo("mover");

        assertThat(content.writer.move("projects", List.of("/chemnitz"), "/", "mover"))
                .as("already there: nothing to do").extracting(ContentRef::path).containsExactly("/chemnitz");
        content.writer.createFolder("projects", "/", "archiv", "editor");
        content.writer.createFolder("projects", "/archiv", "chemnitz", "editor");
        assertThat(moveErrors(List.of("/chemnitz"), "/archiv")).containsExactly("@name:NAME_TAKEN");
        assertThat(moveErrors(List.of("/archiv"), "/archiv/chemnitz")).containsExactly("@path:INTO_ITSELF");
        Boolean untouched = content.repository.read(Tree.AUTHOR, "test",
                session -> session.nodeExists("/projects/chemnitz/gemeinwesenkoordination-chemnitz-sued"));
        assertThat(untouched).isTrue();
    }

    @Test
    void aFailedMoveOfSeveralItemsMovesNone() {
        content.writer.createFolder("projects", "/", "archiv", "editor");
        content.writer.create("projects", "/archiv", "quartiersmanagement-leipziger-osten", Map.of("title", "Alt"),
                "editor");
        assertThat(moveErrors(List.of("/gemeinwesenkoordination-chemnitz-sued", "/quartiersmanagement-leipziger-osten"),
                "/archiv")).containsExactly("@name:NAME_TAKEN");
        Boolean stillAtTheRoot = content.repository.read(Tree.AUTHOR, "test",
                session -> session.nodeExists("/projects/gemeinwesenkoordination-chemnitz-sued"));
        assertThat(stillAtTheRoot).isTrue();
    }

    private List<String> moveErrors(List<String> paths, String target) {
        try {
            content.writer.move("projects", paths, target, "editor");
            return List.of();
        } catch (ContentValidationException e) {
            return e.errors().stream().map(error -> error.field() + ":" + error.code()).toList();
        }
    }

    private List<String> errorsOfCreate(String workspace, String name) {
        try {
            content.writer.create(workspace, "/", name, Map.of("title", "X"), "editor");
            return List.of();
        } catch (ContentValidationException e) {
            return e.errors().stream().map(error -> error.field() + ":" + error.code()).toList();
        }
    }

    private List<String> errors(String workspace, Map<String, ?> values) {
        try {
            content.writer.create(workspace, "/", "neu", values, "editor");
            return List.of();
        } catch (ContentValidationException e) {
            e.errors().forEach(error -> assertThat(error.message()).startsWith("'" + error.field() + "'"));
            Boolean written = content.repository.read(Tree.AUTHOR, "test", s -> s.nodeExists("/" + workspace + "/neu"));
            assertThat(written).isFalse();
            return e.errors().stream().map(error -> error.field() + ":" + error.code()).toList();
        }
    }

    private String idOf(String workspace, String path) {
        return content.repository.read(Tree.AUTHOR, "test",
                session -> session.getNode("/" + workspace + path).getIdentifier());
    }
}
