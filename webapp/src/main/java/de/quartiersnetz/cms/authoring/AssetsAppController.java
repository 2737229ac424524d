package de.quartiersnetz.cms.authoring;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.quartiersnetz.cms.assets.Asset;
import de.quartiersnetz.cms.assets.AssetLinks;
import de.quartiersnetz.cms.assets.AssetMetadata;
import de.quartiersnetz.cms.assets.AssetReferrers;
import de.quartiersnetz.cms.assets.AssetRejectedException;
import de.quartiersnetz.cms.assets.AssetStore;
import de.quartiersnetz.cms.assets.UploadInspector;
import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.repository.Tree;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The Assets app ("Medien"): folders, upload of several files (with progress, see assets.js), preview, metadata
 * with alt text per language, replace, move, delete (refused while referenced), search, publish and unpublish.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping(AssetsAppController.BASE)
class AssetsAppController {
    static final String BASE = "/.magnolia/admincentral/assets";

    private final AssetStore store;
    private final UploadInspector inspector;
    private final AssetReferrers referrers;
    private final Publisher publisher;
    private final MessageSource messages;

    AssetsAppController(AssetStore store, UploadInspector inspector, AssetReferrers referrers, Publisher publisher,
                        MessageSource messages) {
        this.store = store;
        this.inspector = inspector;
        this.referrers = referrers;
        this.publisher = publisher;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "/") String folder, @RequestParam(defaultValue = "") String q,
                Model model, Authentication user) {
        model.addAttribute("folder", folder);
        model.addAttribute("q", q);
        model.addAttribute("folders", store.folders(Tree.AUTHOR));
        model.addAttribute("items", q.isBlank() ? store.list(Tree.AUTHOR, folder) : store.search(Tree.AUTHOR, q));
        model.addAttribute("maxMegabytes", inspector.maxBytes() / (1024 * 1024));
        model.addAttribute("mayPublish", PublishingRights.mayPublish(user));
        return "assets";
    }

    /** Several files in one request; each is checked and stored on its own, the answer lists both kinds. */
    @PostMapping("/upload")
    Object upload(@RequestParam(defaultValue = "/") String folder,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestHeader(name = "X-Requested-With", required = false) String requestedWith,
                  Principal actor, Model model, RedirectAttributes redirect, HttpServletResponse response,
                  Authentication user) throws IOException {
        List<Map<String, Object>> stored = new ArrayList<>();
        List<Map<String, Object>> refused = new ArrayList<>();
        int status = 200;
        if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
            refused.add(Map.of("file", "", "field", "files", "code", "NO_FILE",
                    "message", "Bitte mindestens eine Datei auswählen."));
            status = 400;
        } else {
            for (MultipartFile file : files) {
                try {
                    if (file.getSize() > inspector.maxBytes()) {
                        throw UploadInspector.tooLarge(String.valueOf(file.getOriginalFilename()), inspector.maxBytes());
                    }
                    UploadInspector.Inspected checked = inspector.inspect(file.getOriginalFilename(), file.getBytes());
                    Asset asset = store.create(folder, checked, AssetMetadata.empty(), actor.getName());
                    stored.add(Map.of("id", asset.id(), "fileName", asset.fileName(), "path", asset.path(),
                            "href", BASE + "/item/" + asset.id()));
                } catch (AssetRejectedException e) {
                    refused.add(Map.of("file", String.valueOf(file.getOriginalFilename()), "field", e.field(),
                            "code", e.code(), "message", e.getMessage()));
                    status = Math.max(status, e.status());
                }
            }
        }
        if (!stored.isEmpty() && status != 200) {
            status = 207;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stored", stored);
        body.put("refused", refused);
        if ("XMLHttpRequest".equals(requestedWith)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
        }
        if (refused.isEmpty()) {
            redirect.addFlashAttribute("notice", stored.size() + " Datei(en) hochgeladen.");
            return "redirect:" + BASE + "?folder=" + folder;
        }
        response.setStatus(status == 207 ? 400 : status);
        model.addAttribute("refused", refused);
        model.addAttribute("stored", stored);
        return list(folder, "", model, user);
    }

    @PostMapping("/folders")
    String createFolder(@RequestParam(defaultValue = "/") String parent, @RequestParam(defaultValue = "") String name,
                        Principal actor, RedirectAttributes redirect) {
        Asset folder = store.createFolder(parent, name, actor.getName());
        redirect.addFlashAttribute("notice", "Ordner „" + folder.name() + "“ angelegt.");
        return "redirect:" + BASE + "?folder=" + folder.path();
    }

    @GetMapping("/item/{id}")
    String item(@PathVariable String id, Model model, Authentication user) {
        Asset asset = store.find(Tree.AUTHOR, id).orElseThrow(() -> notFound(id));
        model.addAttribute("asset", asset);
        model.addAttribute("languages", store.languages());
        model.addAttribute("folders", store.folders(Tree.AUTHOR));
        model.addAttribute("live", store.find(Tree.LIVE, id).map(AssetLinks::originalLink).orElse(""));
        model.addAttribute("mayPublish", PublishingRights.mayPublish(user));
        model.addAttribute("maxMegabytes", inspector.maxBytes() / (1024 * 1024));
        return "asset";
    }

    @PostMapping("/item/{id}")
    String update(@PathVariable String id, @RequestParam Map<String, String> form, Principal actor,
                  RedirectAttributes redirect) {
        Map<String, String> alternative = new LinkedHashMap<>();
        for (String language : store.languages()) {
            alternative.put(language, form.getOrDefault("alternative_" + language, ""));
        }
        store.update(id, new AssetMetadata(form.get("title"), form.get("description"), form.get("caption"),
                form.get("copyright"), form.get("license"), alternative), actor.getName());
        redirect.addFlashAttribute("notice", "Angaben gespeichert.");
        return "redirect:" + BASE + "/item/" + id;
    }

    @PostMapping("/item/{id}/replace")
    String replace(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
                   Principal actor, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new AssetRejectedException("file", "NO_FILE", "Bitte eine Datei auswählen.");
        }
        Asset before = store.find(Tree.AUTHOR, id).orElseThrow(() -> notFound(id));
        UploadInspector.Inspected checked = inspector.inspect(file.getOriginalFilename(), file.getBytes());
        if (before.isImage() != checked.isImage()) {
            throw new AssetRejectedException("file", "KIND_CHANGED", "Ein Bild kann nur durch ein Bild, ein Dokument nur durch ein Dokument ersetzt werden.");
        }
        store.replace(id, checked, actor.getName());
        redirect.addFlashAttribute("notice", "Datei ersetzt. Veröffentlichen, damit die neue Fassung öffentlich wird.");
        return "redirect:" + BASE + "/item/" + id;
    }

    @PostMapping("/item/{id}/move")
    String move(@PathVariable String id, @RequestParam(defaultValue = "/") String target, Principal actor,
                RedirectAttributes redirect) {
        Asset moved = store.move(id, target, actor.getName());
        redirect.addFlashAttribute("notice", "Verschoben nach " + moved.path() + ".");
        return "redirect:" + BASE + "/item/" + id;
    }

    @PostMapping("/item/{id}/delete")
    String delete(@PathVariable String id, Principal actor, RedirectAttributes redirect) {
        Asset asset = store.find(Tree.AUTHOR, id).or(() -> store.folder(Tree.AUTHOR, id)).orElseThrow(() -> notFound(id));
        List<AssetReferrers.Referrer> using = referrers.of(id);
        if (!using.isEmpty()) {
            throw new AssetRejectedException("identifier", "REFERENCED", 409, "„" + asset.label()
                    + "“ wird noch verwendet und kann nicht gelöscht werden. Verwendet in: "
                    + String.join(", ", using.stream().map(AssetReferrers.Referrer::toString).toList()) + ".");
        }
        publisher.unpublish(AssetStore.WORKSPACE, asset.path(), actor.getName());
        store.delete(id);
        redirect.addFlashAttribute("notice", "„" + asset.label() + "“ gelöscht.");
        return "redirect:" + BASE + "?folder=" + de.quartiersnetz.cms.repository.WorkspacePaths.parent(asset.path());
    }

    @PostMapping("/publish")
    String publish(@RequestParam String id, Principal actor, RedirectAttributes redirect) {
        if (store.find(Tree.AUTHOR, id).isPresent()) {
            store.requirePublishable(id);
        }
        publisher.publish(AssetStore.WORKSPACE, store.publishPaths(id), false, actor.getName());
        redirect.addFlashAttribute("notice", "Veröffentlicht.");
        return "redirect:" + BASE + "/item/" + id;
    }

    @PostMapping("/unpublish")
    String unpublish(@RequestParam String id, Principal actor, RedirectAttributes redirect) {
        Asset asset = store.find(Tree.AUTHOR, id).orElseThrow(() -> notFound(id));
        publisher.unpublish(AssetStore.WORKSPACE, asset.path(), actor.getName());
        redirect.addFlashAttribute("notice", "Nicht mehr öffentlich.");
        return "redirect:" + BASE + "/item/" + id;
    }

    /** The author's bytes, for the preview of drafts (signed-in editors only; never cached by shared caches). */
    @GetMapping("/preview/{id}")
    ResponseEntity<byte[]> preview(@PathVariable String id) {
        Asset asset = store.find(Tree.AUTHOR, id).orElseThrow(() -> notFound(id));
        byte[] bytes = store.binary(Tree.AUTHOR, id).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(asset.mimeType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", (asset.isImage() ? "inline" : "attachment") + "; filename=\""
                        + asset.fileName() + "\"")
                .body(bytes);
    }

    /** The damLinkField's picker (htmx fragment): assets matching the query, each choosable by its key. */
    @GetMapping("/pick")
    String pick(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String field, Model model) {
        model.addAttribute("items", store.search(Tree.AUTHOR, q).stream().limit(30).toList());
        model.addAttribute("field", field);
        return "assets-pick";
    }

    private static AssetRejectedException notFound(String id) {
        return new AssetRejectedException("identifier", "NOT_FOUND", 404, "Das Medium „" + id + "“ gibt es nicht.");
    }

    @ExceptionHandler(AssetRejectedException.class)
    Object refused(AssetRejectedException e, jakarta.servlet.http.HttpServletRequest request) {
        if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("refused", List.of(Map.of("field", e.field(), "code", e.code(), "message", e.getMessage()))));
        }
        org.springframework.web.servlet.ModelAndView view = new org.springframework.web.servlet.ModelAndView("assets-refused");
        view.setStatus(HttpStatus.valueOf(e.status()));
        view.addObject("message", e.getMessage());
        view.addObject("field", e.field());
        return view;
    }
}
