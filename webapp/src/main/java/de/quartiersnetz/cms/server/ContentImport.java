package de.quartiersnetz.cms.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.content.ImportFailure;
import de.quartiersnetz.cms.content.ImportFile;
import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.content.ExportYamlReader;
import de.quartiersnetz.cms.publishing.Publisher;

/** Imports Magnolia YAML files (parents before children), optionally publishing what was imported. */
@Component
public class ContentImport {
    private final ExportYamlReader reader;
    private final ContentWriter writer;
    private final Publisher publisher;

    ContentImport(ExportYamlReader reader, ContentWriter writer, Publisher publisher) {
        this.reader = reader;
        this.writer = writer;
        this.publisher = publisher;
    }

    /** Expands folders to the YAML files they hold, ordered so a parent's file comes before its children's. */
    public static List<Path> yamlFiles(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new ImportFailure(path, 0, null, "cannot list folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new ImportFailure(path, 0, null, "no such file or folder");
            }
        }
        files.sort(Comparator.comparingLong(ContentImport::depth).thenComparing(p -> p.getFileName().toString()));
        return files;
    }

    private static long depth(Path file) {
        return file.getFileName().toString().chars().filter(c -> c == '.').count();
    }

    public List<ContentRef> run(List<Path> files, boolean publish, String user, ImportProgress progress) {
        List<ImportFile> parsed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                parsed.add(reader.read(file));
            } catch (ImportFailure e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportFailure(problems);
        }
        if (parsed.isEmpty()) {
            return List.of();
        }
        List<ContentRef> written = writer.importFiles(parsed, user, progress);
        if (publish) {
            Map<String, List<String>> byWorkspace = new LinkedHashMap<>();
            for (ContentRef ref : written) {
                byWorkspace.computeIfAbsent(ref.workspace(), w -> new ArrayList<>()).add(ref.path());
            }
            byWorkspace.forEach((workspace, paths) -> {
                paths.sort(Comparator.comparingLong(p -> p.chars().filter(c -> c == '/').count()));
                publisher.publish(workspace, paths, true, user);
            });
        }
        return written;
    }
}
