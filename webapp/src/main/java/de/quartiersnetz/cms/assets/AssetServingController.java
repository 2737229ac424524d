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
 * Serves published assets (live tree only). Versioned URLs, as {@link AssetLinks} writes them, are immutable for a
 * year: the original at {@code /dam/jcr:<uuid>/<version>/<fileName>} and renditions at
 * {@code /.imaging/<rendition>/dam/jcr:<uuid>/<version>/<fileName>}; a stale version redirects (302) to the
 * current one. The unversioned original {@code /dam/jcr:<uuid>/<fileName>} (Magnolia's form, for hand-made links)
 * is cached briefly and revalidated by ETag. A draft, an unknown identifier or rendition answers 404.
 */
@RestController
@ConditionalOnWebApplication
class AssetServingController {
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final AssetStore store;
    private final Renditions renditions;
    private final AssetLinks links;
    private final CacheControl unversioned;

    AssetServingController(AssetStore store, Renditions renditions, AssetLinks links, AssetProperties properties) {
        this.store = store;
        this.renditions = renditions;
        this.links = links;
        this.unversioned = CacheControl.maxAge(properties.unversionedMaxAge()).cachePublic();
    }

    @GetMapping("/dam/jcr:{id}/{fileName}")
    ResponseEntity<byte[]> original(@PathVariable String id, @PathVariable String fileName, WebRequest request) {
        return store.find(Tree.LIVE, id).map(asset -> original(asset, unversioned, request))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/dam/jcr:{id}/{version}/{fileName}")
    ResponseEntity<byte[]> versionedOriginal(@PathVariable String id, @PathVariable String version,
                                             @PathVariable String fileName, WebRequest request) {
        Optional<Asset> asset = store.find(Tree.LIVE, id);
        if (asset.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (!asset.get().version().equals(version)) {
            return redirect(AssetLinks.originalLink(asset.get()));
        }
        return original(asset.get(), IMMUTABLE, request);
    }

    private ResponseEntity<byte[]> original(Asset asset, CacheControl cacheControl, WebRequest request) {
        String etag = "\"" + asset.id() + "-" + asset.version() + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl).build();
        }
        Optional<byte[]> bytes = store.binary(Tree.LIVE, asset.id());
        if (bytes.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cacheControl)
                .contentType(MediaType.parseMediaType(asset.mimeType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", (asset.isImage() || asset.mimeType().equals("application/pdf")
                        ? "inline" : "attachment") + "; filename=\"" + asset.fileName() + "\"")
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
            return redirect(links.renditionLink(asset.get(), rendition));
        }
        String etag = "\"" + asset.get().id() + "-" + asset.get().version() + "-" + rendition + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(IMMUTABLE).build();
        }
        Optional<Path> file = renditions.file(asset.get(), rendition);
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(IMMUTABLE)
                .contentType(MediaType.parseMediaType(renditions.definitions().get(rendition).mimeType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(Files.readAllBytes(file.get()));
    }

    private static ResponseEntity<byte[]> redirect(String location) {
        return ResponseEntity.status(HttpStatus.FOUND).header("Location", location).cacheControl(CacheControl.noCache()).build();
    }
}
