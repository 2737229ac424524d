package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.content.ContentReader;
import de.quartiersnetz.cms.content.ContentValidationException;
import de.quartiersnetz.cms.content.ContentValidator;
import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.content.FieldError;
import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.LightModuleLoader;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.server.TestLightModules;

/** Request parameters to the writer's values, written to and read back from a real repository. */
class EditorFormBinderTest {
    static final ContentLanguages LANGUAGES = new ContentLanguages(List.of("de", "en"));

    @TempDir
    Path dataDir;

    ContentRepository repository;
    DefinitionRegistry registry;
    ContentWriter writer;
    ContentReader reader;
    EditorFormBinder binder = new EditorFormBinder(LANGUAGES);

    @BeforeEach
    void open() {
        repository = ContentRepository.open(dataDir);
        LightModuleLoader loader = new LightModuleLoader(TestLightModules.SOURCE);
        loader.load();
        registry = loader.registry();
        registry.contentTypes().forEach(type -> {
            repository.ensureWorkspace(type.workspace());
            repository.ensureItemType(type.nodeType(), type.namespaces());
        });
        writer = new ContentWriter(repository, registry, new ContentValidator(registry, LANGUAGES.all()),
                Clock.system(ZoneId.of("Europe/Berlin")));
        reader = new ContentReader(repository, registry, LANGUAGES);
    }

    @AfterEach
    void close() {
        repository.close();
    }

    @Test
    void bindsTheNamingSchemeIntoTheWritersShape() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("_csrf", List.of("token"));
        parameters.put("@name", List.of("ak-test"));
        parameters.put("q", List.of("Suche"));
        parameters.put("title", List.of("AK Test"));
        parameters.put("title_en", List.of("WG test"));
        parameters.put("fullName", List.of("  "));
        parameters.put("openToPublic", List.of("", "true"));
        parameters.put("contactEmails[10]", List.of("c@example.org"));
        parameters.put("contactEmails[2]", List.of("b@example.org"));
        parameters.put("contactEmails[0]", List.of(""));
        parameters.put("moderators[1].name", List.of("Zweite"));
        parameters.put("moderators[1].role_en", List.of("deputy"));
        parameters.put("moderators[0].name", List.of("Erste"));
        parameters.put("moderators[3].name", List.of(""));
        parameters.put("moderators[3].organisation", List.of(""));
        parameters.put("unknown", List.of("ignored"));

        Map<String, Object> values = binder.bind(type("workingGroups"), parameters);

        assertThat(values).containsExactly(
                Map.entry("title", "AK Test"),
                Map.entry("title_en", "WG test"),
                Map.entry("openToPublic", "true"),
                Map.entry("moderators", List.of(Map.of("name", "Erste"), Map.of("name", "Zweite", "role_en", "deputy"))),
                Map.entry("contactEmails", List.of("b@example.org", "c@example.org")));
    }

    @Test
    void whatIsBoundIsWhatIsStoredAndReadBack() {
        String lagSachsen = writer.create("networks", "/", "lag-sachsen", Map.of("title", "LAG Sachsen"), "test").identifier();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("title", List.of("Stadtteilladen"));
        parameters.put("networks[0]", List.of(lagSachsen));
        parameters.put("latitude", List.of("51.3163"));
        parameters.put("runningFrom", List.of("2024-01-01T00:00:00.000+01:00"));
        parameters.put("offers[0].title", List.of("Beratung"));
        parameters.put("offers[0].title_en", List.of("Advice"));
        parameters.put("address.city", List.of("Leipzig"));
        parameters.put("description", List.of("<p>Willkommen</p>"));
        Map<String, Object> values = binder.bind(type("projects"), parameters);

        writer.create("projects", "/", "stadtteilladen", values, "test");

        assertThat(reader.read("projects", "/stadtteilladen").values()).isEqualTo(values);
    }

    @Test
    void errorsNameTheSubmittedPositionOfAListValue() {
        String lagSachsen = writer.create("networks", "/", "lag-sachsen", Map.of("title", "LAG Sachsen"), "test").identifier();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("title", List.of("Projekt"));
        parameters.put("networks[0]", List.of(lagSachsen));
        parameters.put("networks[1]", List.of("0c0c0c0c-0000-4000-8000-000000000000"));
        parameters.put("networks[2]", List.of("keine-kennung"));
        Map<String, Object> values = binder.bind(type("projects"), parameters);

        assertThatThrownBy(() -> writer.create("projects", "/", "projekt", values, "test"))
                .isInstanceOfSatisfying(ContentValidationException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("networks[1]", "REFERENCE_NOT_FOUND"),
                                org.assertj.core.groups.Tuple.tuple("networks[2]", "INVALID_TYPE")));
    }

    private ContentTypeDefinition type(String workspace) {
        return registry.findContentTypeByWorkspace(workspace).orElseThrow();
    }
}
