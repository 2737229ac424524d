package de.quartiersnetz.cms.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ContentValidationException;
import de.quartiersnetz.cms.content.FieldError;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.server.TestLightModules;

/** Restoring a version gives the author item its values back as a new, unpublished draft. */
class VersionRestoreTest {
    static final String PATH = "/stadtteilladen-gruenau";

    @TempDir
    Path temp;
    PublishingContent content;

    @AfterEach
    void close() {
        content.close();
    }

    @Test
    void restoreGivesTheDraftTheVersionsValuesAsModifiedAndLeavesTheLiveItemAlone() {
        content = new PublishingContent(temp.resolve("data"));
        ContentRef shop = content.writer.create("projects", "/", "stadtteilladen-gruenau", Map.of(
                "title", "Stadtteilladen Grünau", "title_en", "Grünau neighbourhood shop",
                "offers", List.of(Map.of("title", "Beratung"), Map.of("title", "Café")),
                "address", Map.of("city", "Leipzig")), "anna");
        content.publisher.publish("projects", PATH, false, "anna");
        content.clock.advance(Duration.ofDays(1));
        content.writer.update("projects", PATH, Map.of("title", "Stadtteilladen", "carrier", "Verein",
                "offers", List.of(Map.of("title", "Sprechstunde"), Map.of("title", "Café"), Map.of("title", "Kurse"))),
                "ben");
        content.publisher.publish("projects", PATH, false, "ben");
        content.clock.advance(Duration.ofDays(1));

        ContentRef restored = content.history.restore("projects", shop.identifier(), 1, "clara");

        assertThat(restored).isEqualTo(new ContentRef("projects", PATH, shop.identifier()));
        assertThat(content.history.diff("projects", shop.identifier(), 1)).isEmpty();
        assertThat(content.property(Tree.AUTHOR, "projects", PATH, "carrier")).isNull();
        assertThat(content.<Long>read(Tree.AUTHOR, s -> s.getNode("/projects" + PATH + "/offers").getNodes().getSize()))
                .isEqualTo(2);
        assertThat(content.property(Tree.AUTHOR, "projects", PATH, "mgnl:lastModifiedBy")).isEqualTo("clara");
        assertThat(content.property(Tree.AUTHOR, "projects", PATH, "mgnl:lastActivatedBy")).isEqualTo("ben");
        assertThat(OffsetDateTime.parse(content.property(Tree.AUTHOR, "projects", PATH, "mgnl:lastModified")))
                .as("modified since the last publication")
                .isAfter(OffsetDateTime.parse(content.property(Tree.AUTHOR, "projects", PATH, "mgnl:lastActivated")));
        assertThat(content.property(Tree.LIVE, "projects", PATH, "title")).isEqualTo("Stadtteilladen");
        assertThat(content.property(Tree.LIVE, "projects", PATH, "carrier")).isEqualTo("Verein");
        assertThat(content.history.list("projects", shop.identifier())).hasSize(2);
    }

    @Test
    void aVersionThatNoLongerFitsTheModelAnswersWithFieldErrorsAndChangesNothing() throws IOException {
        Path modules = TestLightModules.copyTo(temp.resolve("light-modules"));
        content = new PublishingContent(temp.resolve("data"), modules);
        ContentRef shop = content.writer.create("projects", "/", "stadtteilladen-gruenau",
                Map.of("title", "Stadtteilladen Grünau"), "anna");
        content.publisher.publish("projects", PATH, false, "anna");
        Path project = modules.resolve("quartiersnetz-content/contentTypes/project.yaml");
        Files.writeString(project, Files.readString(project).replace(
                "      label: projects.carrier.label\n", "      label: projects.carrier.label\n      required: true\n"));
        content.loader.load();
        content.clock.advance(Duration.ofHours(1));
        content.writer.update("projects", PATH, Map.of("title", "Stadtteilladen", "carrier", "Verein"), "ben");
        String modified = content.property(Tree.AUTHOR, "projects", PATH, "mgnl:lastModified");
        content.clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> content.history.restore("projects", shop.identifier(), 1, "clara"))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code).containsExactly(
                                tuple("carrier", "REQUIRED")));

        assertThat(content.property(Tree.AUTHOR, "projects", PATH, "title")).isEqualTo("Stadtteilladen");
        assertThat(content.property(Tree.AUTHOR, "projects", PATH, "carrier")).isEqualTo("Verein");
        assertThat(content.property(Tree.AUTHOR, "projects", PATH, "mgnl:lastModified")).isEqualTo(modified);
        assertThat(content.property(Tree.AUTHOR, "projects", PATH, "mgnl:lastModifiedBy")).isEqualTo("ben");
    }

    @Test
    void aDeletedItemKeepsItsVersionsAndComesBackAtItsPathWithItsIdentifiers() {
        content = new PublishingContent(temp.resolve("data"));
        ContentRef shop = content.writer.create("projects", "/", "stadtteilladen-gruenau", Map.of(
                "title", "Stadtteilladen Grünau", "offers", List.of(Map.of("title", "Beratung"))), "anna");
        String offer = content.read(Tree.AUTHOR, s -> s.getNode("/projects" + PATH + "/offers/0").getIdentifier());
        content.publisher.publish("projects", PATH, false, "anna");
        content.writer.delete("projects", PATH);

        assertThat(content.history.list("projects", shop.identifier())).extracting(Version::number).containsExactly(1);
        content.clock.advance(Duration.ofHours(1));
        ContentRef restored = content.history.restore("projects", shop.identifier(), 1, "clara");

        assertThat(restored).isEqualTo(new ContentRef("projects", PATH, shop.identifier()));
        assertThat(content.history.diff("projects", shop.identifier(), 1)).isEmpty();
        assertThat(content.<String>read(Tree.AUTHOR, s -> s.getNodeByIdentifier(offer).getPath()))
                .isEqualTo("/projects" + PATH + "/offers/0");
        assertThat(content.property(Tree.AUTHOR, "projects", PATH, "mgnl:lastModifiedBy")).isEqualTo("clara");
        assertThat(content.property(Tree.AUTHOR, "projects", PATH, "mgnl:createdBy")).isEqualTo("anna");
    }

    @Test
    void anUnknownVersionIsNotFound() {
        content = new PublishingContent(temp.resolve("data"));
        ContentRef shop = content.writer.create("projects", "/", "stadtteilladen-gruenau",
                Map.of("title", "Stadtteilladen Grünau"), "anna");

        assertThatThrownBy(() -> content.history.restore("projects", shop.identifier(), 1, "clara"))
                .isInstanceOf(ContentNotFoundException.class)
                .hasMessageContaining("has no version 1");
    }
}
