package de.quartiersnetz.cms.authoring;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ContentValidationException;
import de.quartiersnetz.cms.modules.AppDefinition;
import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.publishing.FieldChange;
import de.quartiersnetz.cms.publishing.Version;
import de.quartiersnetz.cms.publishing.VersionHistory;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * The versions of a content app's item: the list (who published when), one version compared field by field
 * with the current draft, and restoring a version as a new draft after a confirmation.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/.magnolia/admincentral/apps/{appName}/versions")
class VersionsController {
    private final DefinitionRegistry registry;
    private final VersionHistory history;
    private final VersionTexts texts;
    private final MessageSource messages;

    VersionsController(DefinitionRegistry registry, VersionHistory history, ContentRepository repository,
                       ContentLanguages languages, Clock clock, MessageSource messages) {
        this.registry = registry;
        this.history = history;
        this.texts = new VersionTexts(registry, repository, languages.all(), clock);
        this.messages = messages;
    }

    /** The item the screens are about. */
    public record Item(String app, String appLabel, String path, String identifier, ContentTypeDefinition type) {
    }

    public record VersionRow(int number, String user, String date, String isoDate, String path) {
    }

    public record ChangeRow(String label, String kind, List<String> before, List<String> after) {
    }

    public record ErrorRow(String label, String message) {
    }

    @GetMapping
    String list(@PathVariable String appName, @RequestParam String path, Model model, Locale locale) {
        Item item = item(appName, path, locale);
        model.addAttribute("item", item);
        model.addAttribute("versions", history.list(item.type().workspace(), item.identifier()).stream()
                .map(version -> row(version, locale)).toList());
        return "versions";
    }

    @GetMapping("/{number}/diff")
    String diff(@PathVariable String appName, @PathVariable int number, @RequestParam String path, Model model,
                Locale locale) {
        Item item = item(appName, path, locale);
        List<FieldChange> changes = history.diff(item.type().workspace(), item.identifier(), number);
        model.addAttribute("item", item);
        model.addAttribute("version", row(version(item, number), locale));
        model.addAttribute("changes", changes.stream().map(change -> new ChangeRow(
                texts.fieldLabel(change.labelKeys(), change.field(), change.language(), locale),
                messages.getMessage("versions.kind." + change.kind(), null, change.kind().name(), locale),
                change.before().stream().map(value -> texts.value(value, locale)).toList(),
                change.after().stream().map(value -> texts.value(value, locale)).toList())).toList());
        return "versions-diff";
    }

    @GetMapping("/{number}/restore")
    String confirmRestore(@PathVariable String appName, @PathVariable int number, @RequestParam String path,
                          Model model, Locale locale) {
        Item item = item(appName, path, locale);
        model.addAttribute("item", item);
        model.addAttribute("version", row(version(item, number), locale));
        return "versions-restore";
    }

    /** Restores only when the confirmation form was sent; anything else shows the confirmation first. */
    @PostMapping("/{number}/restore")
    String restore(@PathVariable String appName, @PathVariable int number, @RequestParam String path,
                   @RequestParam(defaultValue = "false") boolean confirmed, Principal principal, Model model,
                   Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Item item = item(appName, path, locale);
        if (!confirmed) {
            return confirmRestore(appName, number, path, model, locale);
        }
        try {
            ContentRef restored = history.restore(item.type().workspace(), item.identifier(), number,
                    principal.getName());
            redirect.addFlashAttribute("restored", number);
            return "redirect:" + UriComponentsBuilder.fromPath("/.magnolia/admincentral/apps/{app}/versions")
                    .queryParam("path", "{path}").encode().buildAndExpand(appName, restored.path()).toUriString();
        } catch (ContentValidationException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", invalid.errors().stream().map(error -> new ErrorRow(
                    texts.fieldLabel(item.type(), error.field(), locale),
                    messages.getMessage("versions.fieldError." + error.code(), null, error.message(), locale)))
                    .toList());
            return confirmRestore(appName, number, path, model, locale);
        }
    }

    @ExceptionHandler(ContentNotFoundException.class)
    String notFound(ContentNotFoundException e, Model model, HttpServletResponse response) {
        return problem(HttpStatus.NOT_FOUND, "versions.notFound", e.getMessage(), model, response);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String badRequest(IllegalArgumentException e, Model model, HttpServletResponse response) {
        return problem(HttpStatus.BAD_REQUEST, "versions.badRequest", e.getMessage(), model, response);
    }

    private static String problem(HttpStatus status, String titleKey, String detail, Model model,
                                  HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("detail", detail);
        return "versions-problem";
    }

    private Item item(String appName, String path, Locale locale) {
        AppDefinition app = registry.findApp(appName)
                .orElseThrow(() -> new ContentNotFoundException("there is no app '" + appName + "'"));
        ContentTypeDefinition type = Optional.ofNullable(app.contentType()).flatMap(registry::findContentType)
                .orElseThrow(() -> new ContentNotFoundException("app '" + appName + "' edits no content type"));
        String itemPath = WorkspacePaths.normalise(path);
        String label = registry.message(app.label() != null ? app.label() : app.name() + ".app.label", locale)
                .orElse(app.name());
        return new Item(app.name(), label, itemPath, history.identifierAt(type.workspace(), itemPath), type);
    }

    private Version version(Item item, int number) {
        return history.list(item.type().workspace(), item.identifier()).stream()
                .filter(version -> version.number() == number).findFirst()
                .orElseThrow(() -> new ContentNotFoundException(item.path() + " has no version " + number));
    }

    private VersionRow row(Version version, Locale locale) {
        return new VersionRow(version.number(), version.user(), texts.dateTime(version.created(), locale),
                version.created().toOffsetDateTime().toString(), version.path());
    }
}
