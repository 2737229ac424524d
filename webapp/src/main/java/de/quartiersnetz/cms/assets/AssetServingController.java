package de.quartiersnetz.cms.assets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import de.quartiersnetz.cms.repository.Tree;

/**
 * Serves published assets (live tree only): originals at {@code /dam/jcr:<uuid>/<fileName>} (revalidated
 * hourly: the URL stays when the binary is replaced) and renditions at
 * {@code /.imaging/<rendition>/dam/jcr:<uuid>/<version>/<fileName>} (immutable for a year: a new binary gets a
 * new version). A draft, an unknown identifier or rendition answers 404; a stale version redirects to the current one.
 */
@RestController
@ConditionalOnWebApplication
class AssetServingController {
    private final AssetStore store;
    private final Renditions renditions;
    private final AssetLinks links;

    AssetServingController(AssetStore store, Renditions renditions, AssetLinks links) {
        this.store = store;
        this.renditions = renditions;
        this.links = links;
    }

    @GetMapping("/dam/jcr:{id}/{fileName}")
    ResponseEntity<byte[]> original(@PathVariable String id, @PathVariable String fileName, WebRequest request) {
        Optional<Asset> asset = store.find(Tree.LIVE, id);
        if (asset.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String etag = "\"" + asset.get().id() + "-" + asset.get().version() + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        Optional<byte[]> bytes = store.binary(Tree.LIVE, id);
        if (bytes.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().eTag(etag)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .contentType(MediaType.parseMediaType(asset.get().mimeType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", (asset.get().isImage() || asset.get().mimeType().equals("application/pdf")
                        ? "inline" : "attachment") + "; filename=\"" + asset.get().fileName() + "\"")
                .body(bytes.get());
    }

    @GetMapping("/.imaging/{rendition}/dam/jcr:{id}/{version}/{fileName}")
    ResponseEntity<byte[]> rendition(@PathVariable String rendition, @PathVariable String id, @PathVariable String version,
                                     @PathVariable String fileName, WebRequest request) throws IOException {
        Optional<Asset> asset = store.find(Tree.LIVE, id);
        if (asset.isEmpty() || !asset.get().isImage() || !renditions.definitions().containsKey(rendition)) {
            return ResponseEntity.notFound().build();
        }
        if (!asset.get().version().equals(version)) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .header("Location", links.renditionLink(asset.get(), rendition))
                    .cacheControl(CacheControl.noCache()).build();
        }
        String etag = "\"" + asset.get().id() + "-" + asset.get().version() + "-" + rendition + "\"";
        CacheControl forever = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(forever).build();
        }
        Optional<Path> file = renditions.file(asset.get(), rendition);
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(forever)
                .contentType(MediaType.parseMediaType(renditions.definitions().get(rendition).mimeType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(Files.readAllBytes(file.get()));
    }
}
