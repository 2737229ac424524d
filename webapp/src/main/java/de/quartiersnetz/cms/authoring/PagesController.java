package de.quartiersnetz.cms.authoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ContentValidationException;
import de.quartiersnetz.cms.content.FieldError;
import de.quartiersnetz.cms.content.PageReader;
import de.quartiersnetz.cms.content.PageTemplates;
import de.quartiersnetz.cms.content.PageWriter;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * The Pages app: the page tree of the {@code website} workspace (author tree) and the actions on one page: add,
 * rename, move, delete (each a small form page, usable without JavaScript), publish and unpublish (publishers).
 * Every change goes through {@link PageWriter} or {@link Publisher}.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping(PagesConfiguration.BASE)
class PagesController {
    static final String WEBSITE = "website";
    private static final ZoneId EDITORIAL_ZONE = ZoneId.of("Europe/Berlin");

    private final PageReader reader;
    private final PageWriter writer;
    private final PageTemplates templates;
    private final OfferedPageTemplates offered;
    private final Publisher publisher;
    private final MessageSource messages;
    private final DefinitionRegistry registry;

    PagesController(PageReader reader, PageWriter writer, PageTemplates templates, OfferedPageTemplates offered,
                    Publisher publisher, MessageSource messages, DefinitionRegistry registry) {
        this.reader = reader;
        this.writer = writer;
        this.templates = templates;
        this.offered = offered;
        this.publisher = publisher;
        this.messages = messages;
        this.registry = registry;
    }

    /** One row of the tree as the template shows it. */
    public record TreeRow(String path, String encodedPath, String title, String template, int depth, String status,
                          String statusLabel, String modified, String modifiedBy, boolean hasChildren) {
    }

    /** A choice of a select: value and label. */
    public record Choice(String value, String label) {
    }

    @GetMapping
    String tree(Model model, Locale locale, Authentication user) {
        EditorTexts texts = texts(locale);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        List<TreeRow> rows = new ArrayList<>();
        for (PageReader.PageRow row : reader.tree()) {
            String template = templates.find(row.template()).map(t -> texts.module(t.title(), t.id()))
                    .orElse(row.template() == null ? "" : row.template());
            String modified = row.lastModified() == null ? "" : format.format(row.lastModified().toInstant()
                    .atZone(EDITORIAL_ZONE));
            rows.add(new TreeRow(row.path(), encode(row.path()), row.title(), template, Math.min(row.depth(), 8),
                    row.status(), texts.ui("pages.status." + row.status()), modified, row.lastModifiedBy(),
                    row.hasChildren()));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("mayPublish", PublishingRights.mayPublish(user));
        return "pages";
    }

    @GetMapping("/add")
    String addForm(@RequestParam(defaultValue = "/") String parent, Model model, Locale locale) {
        return add(model, locale, parentOf(parent), "", "", "", null, null);
    }

    @PostMapping("/add")
    String addPage(@RequestParam(defaultValue = "/") String parent, @RequestParam(defaultValue = "") String template,
                   @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String name,
                   Principal user, Model model, Locale locale, RedirectAttributes redirect,
                   HttpServletResponse response) {
        String parentPath = parentOf(parent);
        String pageName = name.isBlank() ? ItemNames.free(ItemNames.fromTitle(title.isBlank() ? "seite" : title),
                candidate -> reader.isPage(child(parentPath, candidate))) : name.strip();
        if (!offered.offers(template)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return add(model, locale, parentPath, template, title, name, "template",
                    texts(locale).ui("pages.error.UNKNOWN_TEMPLATE"));
        }
        try {
            ContentRef page = writer.createPage(parentPath, pageName, template, title, user.getName());
            notice(redirect, locale, "pages.done.created", title.isBlank() ? pageName : title);
            return "redirect:" + PagesConfiguration.BASE + "/editor?path=" + encode(page.path());
        } catch (ContentValidationException e) {
            FieldError error = e.errors().get(0);
            response.setStatus(status(error).value());
            return add(model, locale, parentPath, template, title, name, "name",
                    texts(locale).ui("pages.error." + error.code(), pageName));
        }
    }

    @GetMapping("/rename")
    String renameForm(@RequestParam String path, Model model, Locale locale) {
        PageReader.Editable page = reader.page(path);
        return rename(model, locale, page, WorkspacePaths.name(page.path()), null);
    }

    @PostMapping("/rename")
    String rename(@RequestParam String path, @RequestParam(defaultValue = "") String name, Principal user, Model model,
                  Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        PageReader.Editable page = reader.page(path);
        try {
            ContentRef renamed = writer.rename(page.path(), name.strip(), user.getName());
            notice(redirect, locale, "pages.done.renamed", WorkspacePaths.name(renamed.path()));
            return "redirect:" + PagesConfiguration.BASE;
        } catch (ContentValidationException e) {
            FieldError error = e.errors().get(0);
            response.setStatus(status(error).value());
            return rename(model, locale, page, name, texts(locale).ui("pages.error." + error.code(), name.strip()));
        }
    }

    @GetMapping("/move")
    String moveForm(@RequestParam String path, Model model, Locale locale) {
        PageReader.Editable page = reader.page(path);
        return move(model, locale, page, WorkspacePaths.parent(page.path()), null);
    }

    @PostMapping("/move")
    String move(@RequestParam String path, @RequestParam(defaultValue = "/") String target, Principal user, Model model,
                Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        PageReader.Editable page = reader.page(path);
        try {
            writer.move(page.path(), target, user.getName());
            notice(redirect, locale, "pages.done.moved", page.title());
            return "redirect:" + PagesConfiguration.BASE;
        } catch (ContentValidationException e) {
            FieldError error = e.errors().get(0);
            response.setStatus(status(error).value());
            return move(model, locale, page, target, texts(locale).ui("pages.error." + error.code(),
                    WorkspacePaths.name(page.path())));
        }
    }

    @GetMapping("/delete")
    String deleteForm(@RequestParam String path, Model model, Locale locale, Authentication user) {
        PageReader.Editable page = reader.page(path);
        boolean published = !statusOf(page.path()).equals("new");
        return delete(model, locale, page, published ? texts(locale).ui("pages.error.published", page.title()) : null,
                user);
    }

    @PostMapping("/delete")
    String delete(@RequestParam String path, Authentication user, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        PageReader.Editable page = reader.page(path);
        if (!statusOf(page.path()).equals("new")) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return delete(model, locale, page, texts(locale).ui("pages.error.published", page.title()), user);
        }
        writer.deletePage(page.path());
        notice(redirect, locale, "pages.done.deleted", page.title());
        return "redirect:" + PagesConfiguration.BASE;
    }

    /** Takes a published page offline, then deletes it (publishers; the URL falls under the publishing rule). */
    @PostMapping("/unpublish-and-delete")
    String unpublishAndDelete(@RequestParam String path, Principal user, Locale locale, RedirectAttributes redirect) {
        PageReader.Editable page = reader.page(path);
        publisher.unpublish(WEBSITE, page.path(), user.getName());
        writer.deletePage(page.path());
        notice(redirect, locale, "pages.done.deleted", page.title());
        return "redirect:" + PagesConfiguration.BASE;
    }

    /** Publishes the page with its areas and components, not its sub-pages. */
    @PostMapping("/publish")
    String publish(@RequestParam String path, @RequestParam(defaultValue = "") String returnTo, Principal user,
                   Locale locale, RedirectAttributes redirect, HttpServletResponse response, Model model) {
        PageReader.Editable page = reader.page(path);
        String parent = WorkspacePaths.parent(page.path());
        if (!parent.equals("/") && statusOf(parent).equals("new")) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("errorTitle", texts(locale).ui("pages.error.title"));
            model.addAttribute("errorMessage", texts(locale).ui("pages.error.parentNotPublished", page.title()));
            return "browser-error";
        }
        publisher.publish(WEBSITE, page.path(), false, user.getName());
        notice(redirect, locale, "pages.done.published", page.title());
        return back(returnTo, page.path());
    }

    @PostMapping("/unpublish")
    String unpublish(@RequestParam String path, @RequestParam(defaultValue = "") String returnTo, Principal user,
                     Locale locale, RedirectAttributes redirect) {
        PageReader.Editable page = reader.page(path);
        publisher.unpublish(WEBSITE, page.path(), user.getName());
        notice(redirect, locale, "pages.done.unpublished", page.title());
        return back(returnTo, page.path());
    }

    private String add(Model model, Locale locale, String parent, String template, String title, String name,
                       String errorField, String error) {
        EditorTexts texts = texts(locale);
        List<Choice> choices = offered.all().stream()
                .map(t -> new Choice(t.id(), texts.module(t.title(), t.id()))).toList();
        model.addAttribute("kind", "add");
        model.addAttribute("heading", parent.equals("/") ? texts.ui("pages.add.heading")
                : texts.ui("pages.add.headingBelow", reader.page(parent).title()));
        model.addAttribute("formAction", PagesConfiguration.BASE + "/add?parent=" + encode(parent));
        model.addAttribute("templates", choices);
        model.addAttribute("template", template);
        model.addAttribute("pageTitle", title);
        model.addAttribute("name", name);
        model.addAttribute("errorField", errorField);
        return dialog(model, error);
    }

    private String rename(Model model, Locale locale, PageReader.Editable page, String name, String error) {
        model.addAttribute("kind", "rename");
        model.addAttribute("heading", texts(locale).ui("pages.rename.heading", page.title()));
        model.addAttribute("formAction", PagesConfiguration.BASE + "/rename?path=" + encode(page.path()));
        model.addAttribute("name", name);
        model.addAttribute("errorField", "name");
        return dialog(model, error);
    }

    private String move(Model model, Locale locale, PageReader.Editable page, String target, String error) {
        EditorTexts texts = texts(locale);
        List<Choice> targets = new ArrayList<>();
        targets.add(new Choice("/", texts.ui("pages.move.root")));
        for (PageReader.PageRow row : reader.tree()) {
            if (!row.path().equals(page.path()) && !row.path().startsWith(page.path() + "/")) {
                targets.add(new Choice(row.path(), "\u2003".repeat(Math.min(row.depth() + 1, 8)) + row.title()
                        + " (" + row.path() + ")"));
            }
        }
        model.addAttribute("kind", "move");
        model.addAttribute("heading", texts.ui("pages.move.heading", page.title()));
        model.addAttribute("formAction", PagesConfiguration.BASE + "/move?path=" + encode(page.path()));
        model.addAttribute("targets", targets);
        model.addAttribute("target", target);
        model.addAttribute("errorField", "target");
        return dialog(model, error);
    }

    private String delete(Model model, Locale locale, PageReader.Editable page, String error, Authentication user) {
        EditorTexts texts = texts(locale);
        long children = reader.tree().stream().filter(r -> r.path().startsWith(page.path() + "/")).count();
        model.addAttribute("kind", "delete");
        model.addAttribute("heading", texts.ui("pages.delete.heading", page.title()));
        model.addAttribute("formAction", PagesConfiguration.BASE + "/delete?path=" + encode(page.path()));
        model.addAttribute("text", texts.ui("pages.delete.text", page.path()));
        model.addAttribute("childrenText", children == 0 ? null : texts.ui("pages.delete.children", children));
        model.addAttribute("errorField", "");
        if (error != null) {
            model.addAttribute("published", true);
            model.addAttribute("mayPublish", PublishingRights.mayPublish(user));
            model.addAttribute("unpublishAction", PagesConfiguration.BASE + "/unpublish-and-delete?path="
                    + encode(page.path()));
        }
        return dialog(model, error);
    }

    private String dialog(Model model, String error) {
        model.addAttribute("error", error);
        model.addAttribute("cancelUrl", PagesConfiguration.BASE);
        return "pages-dialog";
    }

    private String statusOf(String path) {
        return reader.status(path);
    }

    private String parentOf(String parent) {
        String path = WorkspacePaths.normalise(parent);
        if (!path.equals("/") && !reader.isPage(path)) {
            throw new ContentNotFoundException("there is no page " + WEBSITE + ":" + path);
        }
        return path;
    }

    private static String back(String returnTo, String path) {
        return "redirect:" + PagesConfiguration.BASE + ("editor".equals(returnTo) ? "/editor?path=" + encode(path) : "");
    }

    private static HttpStatus status(FieldError error) {
        return switch (error.code()) {
            case "NAME_TAKEN", "INTO_ITSELF", "AREA_FULL", "CANNOT_MOVE" -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    private void notice(RedirectAttributes redirect, Locale locale, String key, Object... arguments) {
        redirect.addFlashAttribute(EditorController.NOTICE, Notice.success(messages.getMessage(key, arguments, locale)));
    }

    private EditorTexts texts(Locale locale) {
        return new EditorTexts(messages, registry, locale);
    }

    static String child(String parent, String name) {
        return parent.equals("/") ? "/" + name : parent + "/" + name;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
