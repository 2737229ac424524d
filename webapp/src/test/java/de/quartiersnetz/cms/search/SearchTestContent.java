package de.quartiersnetz.cms.search;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.jcr.Node;

import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ContentValidator;
import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.content.ExportYamlReader;
import de.quartiersnetz.cms.content.ImportFile;
import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.LightModuleLoader;
import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;

/**
 * The project's light modules and demo content on a real Oak repository in a temp folder, wired without
 * Spring, plus the hand-made "tours" fixture whose values cover every property type.
 */
final class SearchTestContent implements AutoCloseable {
    static final Path LIGHT_MODULES = Path.of("..", "light-modules").toAbsolutePath().normalize();
    static final String TOURS = "tours";

    final ContentRepository repository;
    final DefinitionRegistry registry;
    final ContentWriter writer;
    final Publisher publisher;

    SearchTestContent(Path dataDir) {
        repository = ContentRepository.open(dataDir);
        LightModuleLoader loader = new LightModuleLoader(LIGHT_MODULES);
        loader.load();
        registry = loader.registry();
        registry.contentTypes().forEach(type -> {
            repository.ensureWorkspace(type.workspace());
            repository.ensureItemType(type.nodeType(), type.namespaces());
        });
        Clock clock = Clock.system(ZoneId.of("Europe/Berlin"));
        writer = new ContentWriter(repository, registry, new ContentValidator(registry, List.of("de", "en")), clock);
        publisher = new Publisher(repository, clock);
    }

    /** Imports the demo module's bootstrap files into the author tree and publishes every item to live. */
    void importAndPublishDemo() {
        ExportYamlReader reader = new ExportYamlReader();
        List<ImportFile> files = registry.bootstrapFiles().stream().map(reader::read).toList();
        List<ContentRef> written = writer.importFiles(files, "test", ImportProgress.NONE);
        for (ContentRef ref : written) {
            publisher.publish(ref.workspace(), ref.path(), true, "test");
        }
    }

    /**
     * Writes the "tours" workspace into the tree:
     * <pre>
     * /europe            mgnl:folder
     *   /alps            mt:tour   title Alpen, duration 7, price 899.5, rating 4.5, start 2024-05-01 09:00 Berlin,
     *                              featured true, tags [hiking, mountains], rich-text body
     *   /lakes           mt:tour   title Seen, duration 3, price 299, rating 3.25, start 2024-05-01 00:00 Berlin,
     *                              featured false, tags [water]
     * /asia              mgnl:folder
     *   /malaysia        mgnl:content  title Malaysia, duration 14, start 2024-04-30T23:30Z (1:30 on May 1st in Berlin),
     *                              tags [culture, food]
     *   /kyoto           mt:tour   title kyoto (lower case), duration 10, sub-node highlights/0 "Tempel und Gärten"
     * /berlin            mgnl:page title Berlin, duration 2, area main / component 00 with "Mauerpark"
     * </pre>
     */
    void writeTours(Tree tree) {
        repository.ensureWorkspace(TOURS);
        repository.ensureItemType("mt:tour", Map.of("mt", "https://www.magnolia-travel.com/jcr/1.0/mt"));
        repository.write(tree, "fixture.tours", session -> {
            Node root = session.getNode("/" + TOURS);
            Node europe = root.addNode("europe", "mgnl:folder");
            Node alps = europe.addNode("alps", "mt:tour");
            alps.setProperty("title", "Alpen");
            alps.setProperty("title_en", "Alps");
            alps.setProperty("duration", 7L);
            alps.setProperty("price", 899.5);
            alps.setProperty("rating", new BigDecimal("4.5"));
            alps.setProperty("start", date("2024-05-01T09:00:00+02:00"));
            alps.setProperty("featured", true);
            alps.setProperty("tags", new String[] {"hiking", "mountains"});
            alps.setProperty("body", "<p>Wandern in den <strong>Bergen</strong> mit Hütte</p>");
            Node lakes = europe.addNode("lakes", "mt:tour");
            lakes.setProperty("title", "Seen");
            lakes.setProperty("duration", 3L);
            lakes.setProperty("price", 299.0);
            lakes.setProperty("rating", new BigDecimal("3.25"));
            lakes.setProperty("start", date("2024-05-01T00:00:00+02:00"));
            lakes.setProperty("featured", false);
            lakes.setProperty("tags", new String[] {"water"});
            Node asia = root.addNode("asia", "mgnl:folder");
            Node malaysia = asia.addNode("malaysia", "mgnl:content");
            malaysia.setProperty("title", "Malaysia");
            malaysia.setProperty("duration", 14L);
            malaysia.setProperty("start", date("2024-04-30T23:30:00Z"));
            malaysia.setProperty("tags", new String[] {"culture", "food"});
            Node kyoto = asia.addNode("kyoto", "mt:tour");
            kyoto.setProperty("title", "kyoto");
            kyoto.setProperty("duration", 10L);
            kyoto.addNode("highlights", "mgnl:contentNode").addNode("0", "mgnl:contentNode")
                    .setProperty("title", "Tempel und Gärten");
            Node berlin = root.addNode("berlin", "mgnl:page");
            berlin.setProperty("title", "Berlin");
            berlin.setProperty("duration", 2L);
            berlin.setProperty("mgnl:template", "tours:pages/city");
            berlin.addNode("main", "mgnl:area").addNode("00", "mgnl:component")
                    .setProperty("text", "<p>Spaziergang durch den Mauerpark</p>");
            return null;
        });
    }

    static GregorianCalendar date(String isoOffsetDateTime) {
        return GregorianCalendar.from(OffsetDateTime.parse(isoOffsetDateTime).toZonedDateTime());
    }

    /** Polls until the condition holds or the deadline passes; returns whether it held. */
    static boolean eventually(long millis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        repository.close();
    }
}
