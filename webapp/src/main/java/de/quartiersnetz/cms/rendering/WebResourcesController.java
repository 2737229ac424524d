package de.quartiersnetz.cms.rendering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.LightModule;

/**
 * Magnolia's web resources: {@code /.resources/<module>/webresources/<file>} from the light module's
 * {@code webresources/} folder, read from disk on each request (edits show at once), with an ETag from size and
 * modification time.
 */
@Controller
public class WebResourcesController {
    private final DefinitionRegistry registry;

    public WebResourcesController(DefinitionRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/.resources/{module}/webresources/{*file}")
    public ResponseEntity<byte[]> resource(@PathVariable String module, @PathVariable String file,
            HttpServletRequest request) throws IOException {
        Optional<Path> path = resolve(module, file);
        if (path.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        long modified = Files.getLastModifiedTime(path.get()).toMillis();
        String etag = "\"" + Long.toHexString(modified) + "-" + Long.toHexString(Files.size(path.get())) + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl("no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        MediaType type = MediaTypeFactory.getMediaType(path.get().getFileName().toString())
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
        if (type.getType().equals("text") || type.getSubtype().equals("javascript")) {
            type = new MediaType(type, java.nio.charset.StandardCharsets.UTF_8);
        }
        headers.setContentType(type);
        return new ResponseEntity<>(Files.readAllBytes(path.get()), headers, HttpStatus.OK);
    }

    Optional<Path> resolve(String moduleName, String file) {
        String relative = file.startsWith("/") ? file.substring(1) : file;
        if (relative.isEmpty() || relative.contains("..") || relative.contains("\\")) {
            return Optional.empty();
        }
        for (LightModule module : registry.modules()) {
            if (module.name().equals(moduleName)) {
                Path root = module.root().resolve("webresources").toAbsolutePath().normalize();
                Path path = root.resolve(relative).normalize();
                if (path.startsWith(root) && Files.isRegularFile(path)) {
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }
}
