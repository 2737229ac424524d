package de.quartiersnetz.cms.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.content.ContentRef;

/** A version compared with the current draft, field by field along the project content type. */
class VersionDiffTest {
    @TempDir
    Path dataDir;
    PublishingContent content;
    ContentRef shop;
    String lagSachsen;

    @BeforeEach
    void publishAShop() {
        content = new PublishingContent(dataDir);
        content.importDemo();
        lagSachsen = content.history.identifierAt("networks", "/lag-sachsen");
        shop = content.writer.create("projects", "/", "stadtteilladen-gruenau", Map.of(
                "title", "Stadtteilladen Grünau",
                "title_en", "Grünau neighbourhood shop",
                "subtitle", "Treffpunkt im Quartier",
                "networks", List.of(lagSachsen),
                "runningFrom", "2024-01-01",
                "latitude", "51.3163",
                "phones", List.of("0341 111", "0341 222"),
                "offers", List.of(Map.of("title", "Beratung"), Map.of("title", "Café", "title_en", "Café")),
                "address", Map.of("street", "Stuttgarter Allee 11", "city", "Leipzig")), "anna");
        content.publisher.publish("projects", shop.path(), false, "anna");
    }

    @AfterEach
    void close() {
        content.close();
    }

    @Test
    void listsExactlyTheChangedFieldsIncludingSubModelEntriesAndTranslations() {
        content.writer.update("projects", shop.path(), Map.of(
                "title", "Stadtteilladen Grünau",
                "title_en", "Grünau shop",
                "carrier", "Stadtteilverein Grünau e.V.",
                "networks", List.of(lagSachsen),
                "runningFrom", "2024-01-01",
                "latitude", "51,3163",
                "phones", List.of("0341 111", "0341 222"),
                "offers", List.of(Map.of("title", "Beratung"), Map.of("title", "Nachbarschaftscafé", "title_en", "Café"),
                        Map.of("title", "Sprechstunde")),
                "address", Map.of("street", "Stuttgarter Allee 11", "city", "Leipzig-Grünau")), "ben");

        List<FieldChange> changes = content.history.diff("projects", shop.identifier(), 1);

        assertThat(changes).extracting(FieldChange::field, FieldChange::kind, FieldChange::before, FieldChange::after)
                .containsExactly(
                        tuple("title_en", FieldChange.Kind.CHANGED, List.of("Grünau neighbourhood shop"),
                                List.of("Grünau shop")),
                        tuple("subtitle", FieldChange.Kind.REMOVED, List.of("Treffpunkt im Quartier"), List.of()),
                        tuple("carrier", FieldChange.Kind.ADDED, List.of(), List.of("Stadtteilverein Grünau e.V.")),
                        tuple("offers[1].title", FieldChange.Kind.CHANGED, List.of("Café"),
                                List.of("Nachbarschaftscafé")),
                        tuple("offers[2].title", FieldChange.Kind.ADDED, List.of(), List.of("Sprechstunde")),
                        tuple("address.city", FieldChange.Kind.CHANGED, List.of("Leipzig"), List.of("Leipzig-Grünau")));
        assertThat(changes.get(0).language()).isEqualTo("en");
        assertThat(changes.get(0).labelKeys()).containsExactly("projects.title.label");
        assertThat(changes.get(3).language()).isNull();
        assertThat(changes.get(3).labelKeys()).containsExactly("projects.offers.label", "projects.offers.title.label");
        assertThat(changes.get(5).labelKeys()).containsExactly("projects.address.label", "projects.address.city.label");
    }

    @Test
    void multipleValuesAndReferencesCompareAsAWholeInOrder() {
        String thasg = content.history.identifierAt("networks", "/thasg");
        content.writer.update("projects", shop.path(), Map.of(
                "title", "Stadtteilladen Grünau",
                "title_en", "Grünau neighbourhood shop",
                "subtitle", "Treffpunkt im Quartier",
                "networks", List.of(lagSachsen, thasg),
                "runningFrom", "2024-01-01",
                "latitude", "51.3163",
                "phones", List.of("0341 222", "0341 111"),
                "offers", List.of(Map.of("title", "Beratung"), Map.of("title", "Café", "title_en", "Café")),
                "address", Map.of("street", "Stuttgarter Allee 11", "city", "Leipzig")), "ben");

        assertThat(content.history.diff("projects", shop.identifier(), 1))
                .extracting(FieldChange::field, FieldChange::kind, FieldChange::before, FieldChange::after)
                .containsExactly(
                        tuple("networks", FieldChange.Kind.CHANGED, List.of(lagSachsen), List.of(lagSachsen, thasg)),
                        tuple("phones", FieldChange.Kind.CHANGED, List.of("0341 111", "0341 222"),
                                List.of("0341 222", "0341 111")));
    }

    @Test
    void anUnchangedDraftDiffersInNoFieldThoughItWasSavedAgain() {
        content.writer.update("projects", shop.path(), Map.of(
                "title", "Stadtteilladen Grünau",
                "title_en", "Grünau neighbourhood shop",
                "subtitle", "Treffpunkt im Quartier",
                "networks", List.of(lagSachsen),
                "runningFrom", "2024-01-01T00:00:00.000+01:00",
                "latitude", 51.3163,
                "phones", List.of("0341 111", "0341 222"),
                "offers", List.of(Map.of("title", "Beratung"), Map.of("title", "Café", "title_en", "Café")),
                "address", Map.of("street", "Stuttgarter Allee 11", "city", "Leipzig")), "ben");

        assertThat(content.history.diff("projects", shop.identifier(), 1)).isEmpty();
    }

    @Test
    void aDeletedItemsVersionShowsEveryFilledFieldAsRemoved() {
        content.writer.delete("projects", shop.path());

        assertThat(content.history.diff("projects", shop.identifier(), 1))
                .allMatch(change -> change.kind() == FieldChange.Kind.REMOVED)
                .extracting(FieldChange::field)
                .containsExactly("title", "title_en", "subtitle", "networks", "offers[0].title", "offers[1].title",
                        "offers[1].title_en", "runningFrom", "address.street", "address.city", "latitude", "phones");
    }
}
