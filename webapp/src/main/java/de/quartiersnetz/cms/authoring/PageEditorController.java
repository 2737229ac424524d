package de.quartiersnetz.cms.authoring;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.content.ContentReader;
import de.quartiersnetz.cms.content.ContentValidationException;
import de.quartiersnetz.cms.content.DialogModel;
import de.quartiersnetz.cms.content.FieldError;
import de.quartiersnetz.cms.content.ItemSummary;
import de.quartiersnetz.cms.content.PageReader;
import de.quartiersnetz.cms.content.PageTemplates;
import de.quartiersnetz.cms.content.PageWriter;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * The page editor: the page with its areas and components, and the dialogs that edit the page properties and the
 * components. Forms are generated from the Magnolia dialog definitions with the content editor's form builder;
 * validation errors show the form again (422) with every message at its field and everything typed kept.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping(PagesConfiguration.BASE)
class PageEditorController {
    private static final String BASE = PagesConfiguration.BASE;
    /** Refusals by the area rules or names, shown above the form rather than at a field. */
    private static final Set<String> RULE_CODES = Set.of("NO_SUCH_AREA", "NOT_AVAILABLE", "AREA_FULL", "CANNOT_MOVE",
            "UNKNOWN_TEMPLATE");

    private final PageReader reader;
    private final PageWriter writer;
    private final PageTemplates templates;
    private final MessageSource messages;
    private final DefinitionRegistry registry;
    private final ContentLanguages languages;
    private final ReferenceTargets referenceTargets;
    private final ReferencePicker picker;
    private final ContentReader contentReader;
    private final EditorFormBinder binder;
    private final PagePreviews previews;

    PageEditorController(PageReader reader, PageWriter writer, PageTemplates templates, MessageSource messages,
                         DefinitionRegistry registry, ContentLanguages languages, ReferenceTargets referenceTargets,
                         ReferencePicker picker, ContentReader contentReader, PagePreviews previews) {
        this.reader = reader;
        this.writer = writer;
        this.templates = templates;
        this.messages = messages;
        this.registry = registry;
        this.languages = languages;
        this.referenceTargets = referenceTargets;
        this.picker = picker;
        this.contentReader = contentReader;
        this.binder = new EditorFormBinder(languages);
        this.previews = previews;
    }

    @GetMapping("/editor")
    String editor(@RequestParam String path, Model model, Locale locale, Authentication user) {
        EditorTexts texts = texts(locale);
        PageReader.Editable page = reader.page(path);
        List<PageReader.AreaView> areas = reader.areas(page.path());
        Map<String, String> componentTitles = new LinkedHashMap<>();
        Map<String, String> areaTitles = new LinkedHashMap<>();
        collectTitles(areas, texts, componentTitles, areaTitles);
        String status = reader.status(page.path());
        model.addAttribute("page", page);
        model.addAttribute("encodedPath", PagesController.encode(page.path()));
        model.addAttribute("areas", areas);
        model.addAttribute("componentTitles", componentTitles);
        model.addAttribute("areaTitles", areaTitles);
        model.addAttribute("status", status);
        model.addAttribute("statusLabel", texts.ui("pages.status." + status));
        model.addAttribute("templateTitle", templates.find(page.template()).map(t -> texts.module(t.title(), t.id()))
                .orElse(String.valueOf(page.template())));
        model.addAttribute("mayPublish", PublishingRights.mayPublish(user));
        model.addAttribute("publicUrl", previews.publicUrl(page.path()).orElse(null));
        model.addAttribute("previewUrl", previews.available() ? BASE + "/preview?path=" + PagesController.encode(page.path())
                : null);
        return "page-editor";
    }

    /**
     * The page as the public would see it, rendered from the author tree with edit bars; shown in the editor's
     * sandboxed frame. 404 when the rendering engine is not there.
     */
    @GetMapping(value = "/preview", produces = "text/html;charset=UTF-8")
    @ResponseBody
    ResponseEntity<String> preview(@RequestParam String path, Locale locale, HttpServletRequest request) {
        EditorTexts texts = texts(locale);
        PageReader.Editable page = reader.page(path);
        Optional<String> html = previews.render(page.path(), locale);
        if (html.isEmpty()) {
            throw new ContentNotFoundException("no preview renderer");
        }
        List<PageReader.AreaView> areas = reader.areas(page.path());
        Map<String, String> componentTitles = new LinkedHashMap<>();
        Map<String, String> areaTitles = new LinkedHashMap<>();
        collectTitles(areas, texts, componentTitles, areaTitles);
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String context = request.getContextPath();
        EditBars.Context bars = new EditBars.Context(page.path(), context + BASE,
                context + "/.magnolia/static/page-editor-bars.css", token == null ? "_csrf" : token.getParameterName(),
                token == null ? "" : token.getToken(), areas, componentTitles, areaTitles, texts::ui);
        return ResponseEntity.ok().header("Cache-Control", "no-store")
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(EditBars.insert(new PreviewLinks(context, context + BASE + "/editor", previews::pageAt)
                        .rewrite(html.get()), bars));
    }

    @GetMapping("/properties")
    String properties(@RequestParam String path, Model model, Locale locale) {
        PageReader.Editable page = reader.page(path);
        DialogModel dialog = templates.dialog(page.template());
        return form(model, locale, dialog, page.values(), List.of(), null, null, propertiesScreen(page, locale));
    }

    @PostMapping("/properties")
    String saveProperties(@RequestParam String path, @RequestParam MultiValueMap<String, String> parameters,
                          Principal user, Model model, Locale locale, RedirectAttributes redirect,
                          HttpServletResponse response) {
        PageReader.Editable page = reader.page(path);
        return submit(templates.dialog(page.template()), propertiesScreen(page, locale), parameters, model, locale,
                response, values -> writer.updatePage(page.path(), values, user.getName()), values -> {
                    String title = Optional.ofNullable(values.get("title")).map(String::valueOf).orElse(page.title());
                    notice(redirect, locale, "pages.done.saved", title);
                    return "redirect:" + BASE + ("editor".equals(parameters.getFirst("returnTo")) ? "/editor?path="
                            + PagesController.encode(page.path()) : "");
                });
    }

    @GetMapping("/component/add")
    String addComponent(@RequestParam String area, @RequestParam(required = false) String template, Model model,
                        Locale locale) {
        AreaTarget target = area(area);
        EditorTexts texts = texts(locale);
        if (target.rule().availableComponents().isEmpty() || target.view().full()) {
            return refusedPage(model, locale, target, texts.ui("pages.error.AREA_FULL", areaTitle(target.rule(), texts),
                    target.rule().limit()));
        }
        if (template == null || template.isBlank()) {
            List<PagesController.Choice> components = target.rule().availableComponents().stream()
                    .map(id -> new PagesController.Choice(id, componentTitle(id, texts))).toList();
            model.addAttribute("kind", "chooseComponent");
            model.addAttribute("heading", texts.ui("pages.component.addTo", areaTitle(target.rule(), texts)));
            model.addAttribute("formAction", BASE + "/component/add");
            model.addAttribute("formMethod", "get");
            model.addAttribute("hiddenFields", List.of(new PagesController.Choice("area", target.view().path())));
            model.addAttribute("components", components);
            model.addAttribute("errorField", "");
            model.addAttribute("cancelUrl", editorUrl(target.pagePath()));
            model.addAttribute("backUrl", editorUrl(target.pagePath()));
            model.addAttribute("backLabel", texts.ui("pages.editor.heading", target.pageTitle()));
            return "pages-dialog";
        }
        requireAvailable(target, template);
        DialogModel dialog = templates.dialog(template);
        return form(model, locale, dialog, new LinkedHashMap<>(dialog.defaults()), List.of(), null, null,
                addScreen(target, template, texts));
    }

    @PostMapping("/component/add")
    String createComponent(@RequestParam String area, @RequestParam String template,
                           @RequestParam MultiValueMap<String, String> parameters, Principal user, Model model,
                           Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        AreaTarget target = area(area);
        requireAvailable(target, template);
        EditorTexts texts = texts(locale);
        return submit(templates.dialog(template), addScreen(target, template, texts), parameters, model, locale,
                response, values -> writer.addComponent(target.view().path(), template, values, user.getName()),
                values -> {
                    notice(redirect, locale, "pages.component.done.added", componentTitle(template, texts));
                    return "redirect:" + editorUrl(target.pagePath());
                });
    }

    @GetMapping("/component/edit")
    String editComponent(@RequestParam String path, Model model, Locale locale) {
        PageReader.Editable component = reader.component(path);
        return form(model, locale, templates.dialog(component.template()), component.values(), List.of(), null, null,
                editScreen(component, texts(locale)));
    }

    @PostMapping("/component/edit")
    String saveComponent(@RequestParam String path, @RequestParam MultiValueMap<String, String> parameters,
                         Principal user, Model model, Locale locale, RedirectAttributes redirect,
                         HttpServletResponse response) {
        PageReader.Editable component = reader.component(path);
        return submit(templates.dialog(component.template()), editScreen(component, texts(locale)), parameters, model,
                locale, response, values -> writer.updateComponent(component.path(), values, user.getName()),
                values -> {
                    notice(redirect, locale, "pages.component.done.saved",
                            componentTitle(component.template(), texts(locale)));
                    return "redirect:" + editorUrl(pageOf(component.path()));
                });
    }

    @PostMapping("/component/move")
    String moveComponent(@RequestParam String path, @RequestParam String direction, Principal user, Model model,
                         Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        if (!direction.equals("up") && !direction.equals("down")) {
            throw new IllegalArgumentException("'direction' must be up or down, not '" + direction + "'");
        }
        PageReader.Editable component = reader.component(path);
        String pagePath = pageOf(component.path());
        try {
            writer.moveComponent(component.path(), direction.equals("up"), user.getName());
        } catch (ContentValidationException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("errorTitle", texts(locale).ui("pages.error.title"));
            model.addAttribute("errorMessage", texts(locale).ui("pages.error." + e.errors().get(0).code()));
            return "browser-error";
        }
        notice(redirect, locale, "pages.component.done.moved", componentTitle(component.template(), texts(locale)));
        return "redirect:" + editorUrl(pagePath);
    }

    @GetMapping("/component/delete")
    String confirmDelete(@RequestParam String path, Model model, Locale locale) {
        EditorTexts texts = texts(locale);
        PageReader.Editable component = reader.component(path);
        String pagePath = pageOf(component.path());
        String title = componentTitle(component.template(), texts);
        model.addAttribute("kind", "delete");
        model.addAttribute("heading", texts.ui("pages.component.deleteHeading", title));
        model.addAttribute("formAction", BASE + "/component/delete?path=" + PagesController.encode(component.path()));
        model.addAttribute("text", texts.ui("pages.component.deleteText", component.path(), reader.page(pagePath).title()));
        model.addAttribute("submitKey", "pages.component.delete");
        model.addAttribute("errorField", "");
        model.addAttribute("cancelUrl", editorUrl(pagePath));
        model.addAttribute("backUrl", editorUrl(pagePath));
        model.addAttribute("backLabel", texts.ui("pages.editor.heading", reader.page(pagePath).title()));
        return "pages-dialog";
    }

    @PostMapping("/component/delete")
    String deleteComponent(@RequestParam String path, Principal user, Locale locale, RedirectAttributes redirect) {
        PageReader.Editable component = reader.component(path);
        String pagePath = pageOf(component.path());
        writer.deleteComponent(component.path(), user.getName());
        notice(redirect, locale, "pages.component.done.deleted", componentTitle(component.template(), texts(locale)));
        return "redirect:" + editorUrl(pagePath);
    }

    /** The link picker's results for a link field of a dialog: pages, or items of a content workspace. */
    @GetMapping("/pick/{dialog}")
    String pick(@PathVariable String dialog, @RequestParam String field, @RequestParam(defaultValue = "") String q,
                Model model) {
        String dialogId = new String(Base64.getUrlDecoder().decode(dialog), StandardCharsets.UTF_8);
        DialogModel model0 = registry.findDefinition("dialogs", dialogId).map(DialogModel::of)
                .orElseThrow(() -> new ContentNotFoundException("there is no dialog " + dialogId));
        PropertyDefinition property = model0.type().property(field)
                .orElseThrow(() -> new IllegalArgumentException("'field': " + field + " is no field of this dialog"));
        String workspace = referenceTargets.workspace(model0.type(), property, model0.formField(field))
                .orElseThrow(() -> new IllegalArgumentException("'field': " + field + " is no link field"));
        List<ItemSummary> results;
        if (workspace.equals(DialogModel.WEBSITE)) {
            results = reader.search(q, 20);
        } else if (registry.findContentTypeByWorkspace(workspace).isPresent()) {
            results = picker.search(workspace, q);
        } else {
            results = List.of();
        }
        model.addAttribute("results", results);
        model.addAttribute("query", q.strip());
        return "editor-pick";
    }

    private String form(Model model, Locale locale, DialogModel dialog, Map<String, Object> values,
                        List<FieldError> errors, String focus, String status, Screen screen) {
        EditorTexts texts = texts(locale);
        String pickUrl = BASE + "/pick/" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(dialog.id().getBytes(StandardCharsets.UTF_8));
        EditorFormBuilder builder = new EditorFormBuilder(dialog.type(), dialog.asApp(), languages, texts,
                referenceTargets, this::referenceTitle, pickUrl);
        List<String> ruleErrors = new ArrayList<>();
        List<FieldError> fieldErrors = new ArrayList<>();
        for (FieldError error : errors) {
            if (RULE_CODES.contains(error.code())) {
                ruleErrors.add(texts.ui("pages.error." + error.code(), "", ""));
            } else {
                fieldErrors.add(error);
            }
        }
        model.addAttribute("form", builder.build(values, fieldErrors, focus));
        model.addAttribute("ruleErrors", ruleErrors);
        model.addAttribute("heading", screen.heading());
        model.addAttribute("formAction", screen.formAction());
        model.addAttribute("cancelUrl", screen.cancelUrl());
        model.addAttribute("backLabel", screen.backLabel());
        model.addAttribute("returnTo", screen.returnTo());
        model.addAttribute("hasFields", !dialog.type().properties().isEmpty());
        model.addAttribute("actionStatus", status);
        return "pages-form";
    }

    /**
     * A dialog's post: a form action (add or remove a value, ...) shows the form again with it applied; otherwise the
     * values are written, and a validation error shows the form again with the values kept and the errors at the fields.
     */
    private String submit(DialogModel dialog, Screen screen, MultiValueMap<String, String> parameters, Model model,
                          Locale locale, HttpServletResponse response, DialogWrite write,
                          Function<Map<String, Object>, String> saved) {
        Map<String, Object> values = binder.bind(dialog.type(), parameters);
        EditorAction action = EditorAction.parse(parameters.getFirst("_action"));
        if (action != null) {
            return formAfter(action, values, model, locale, dialog, screen);
        }
        try {
            write.write(values);
        } catch (ContentValidationException e) {
            return invalid(e, response, model, locale, dialog, values, screen);
        }
        return saved.apply(values);
    }

    /** Writes a dialog's values through the one content write path. */
    private interface DialogWrite {
        void write(Map<String, Object> values);
    }

    private String formAfter(EditorAction action, Map<String, Object> values, Model model, Locale locale,
                             DialogModel dialog, Screen screen) {
        EditorAction applied = action.applyTo(values);
        String status = messages.getMessage("editor.action.done." + action.verb(), null, "", locale);
        return form(model, locale, dialog, values, List.of(), applied.focus(), status, screen);
    }

    private String invalid(ContentValidationException e, HttpServletResponse response, Model model, Locale locale,
                           DialogModel dialog, Map<String, Object> values, Screen screen) {
        boolean rule = e.errors().stream().anyMatch(error -> RULE_CODES.contains(error.code()));
        response.setStatus(rule ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, locale, dialog, values, e.errors(), null, null, screen);
    }

    private String refusedPage(Model model, Locale locale, AreaTarget target, String message) {
        model.addAttribute("errorTitle", texts(locale).ui("pages.error.title"));
        model.addAttribute("errorMessage", message);
        return "browser-error";
    }

    /** What a dialog form edits, for its heading, its post and its way back. */
    private record Screen(String heading, String formAction, String cancelUrl, String backLabel, String returnTo) {
    }

    private Screen propertiesScreen(PageReader.Editable page, Locale locale) {
        EditorTexts texts = texts(locale);
        return new Screen(texts.ui("pages.properties.heading", page.title()),
                BASE + "/properties?path=" + PagesController.encode(page.path()), editorUrl(page.path()),
                texts.ui("pages.editor.heading", page.title()), "editor");
    }

    private Screen addScreen(AreaTarget target, String template, EditorTexts texts) {
        return new Screen(texts.ui("pages.component.addHeading", componentTitle(template, texts),
                areaTitle(target.rule(), texts)),
                BASE + "/component/add?area=" + PagesController.encode(target.view().path()) + "&template="
                        + PagesController.encode(template),
                editorUrl(target.pagePath()), texts.ui("pages.editor.heading", target.pageTitle()), null);
    }

    private Screen editScreen(PageReader.Editable component, EditorTexts texts) {
        String pagePath = pageOf(component.path());
        return new Screen(texts.ui("pages.component.editHeading", componentTitle(component.template(), texts)),
                BASE + "/component/edit?path=" + PagesController.encode(component.path()), editorUrl(pagePath),
                texts.ui("pages.editor.heading", reader.page(pagePath).title()), null);
    }

    /** An area given by path ({@code /page/main}, {@code /page/main/0/inner}), with its rule and components. */
    private record AreaTarget(String pagePath, String pageTitle, PageTemplates.AreaRule rule, PageReader.AreaView view) {
    }

    private AreaTarget area(String areaPath) {
        String path = WorkspacePaths.normalise(areaPath);
        String pagePath = pageOf(WorkspacePaths.parent(path));
        PageReader.AreaView view = find(reader.areas(pagePath), path)
                .orElseThrow(() -> new ContentNotFoundException("there is no area " + path));
        return new AreaTarget(pagePath, reader.page(pagePath).title(), view.rule(), view);
    }

    private static Optional<PageReader.AreaView> find(List<PageReader.AreaView> areas, String path) {
        for (PageReader.AreaView area : areas) {
            if (area.path().equals(path)) {
                return Optional.of(area);
            }
            for (PageReader.ComponentView component : area.components()) {
                Optional<PageReader.AreaView> inner = find(component.areas(), path);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    private static void requireAvailable(AreaTarget target, String template) {
        if (!target.rule().availableComponents().contains(template)) {
            throw new IllegalArgumentException("'template': " + template + " is not available in area "
                    + target.rule().name());
        }
    }

    /** The page a node belongs to: itself, or the nearest page above it. */
    private String pageOf(String path) {
        String current = WorkspacePaths.normalise(path);
        while (!current.equals("/")) {
            if (reader.isPage(current)) {
                return current;
            }
            current = WorkspacePaths.parent(current);
        }
        throw new ContentNotFoundException("there is no page above " + path);
    }

    private Optional<String> referenceTitle(String workspace, String identifier) {
        if (workspace.equals(DialogModel.WEBSITE)) {
            return reader.titleOf(identifier);
        }
        if (registry.findContentTypeByWorkspace(workspace).isEmpty()) {
            return Optional.empty();
        }
        return contentReader.byIdentifiers(workspace, List.of(identifier)).stream().findFirst().map(ItemSummary::title);
    }

    private void collectTitles(List<PageReader.AreaView> areas, EditorTexts texts, Map<String, String> components,
                               Map<String, String> areaTitles) {
        for (PageReader.AreaView area : areas) {
            areaTitles.put(area.path(), areaTitle(area.rule(), texts));
            for (String id : area.rule().availableComponents()) {
                components.putIfAbsent(id, componentTitle(id, texts));
            }
            for (PageReader.ComponentView component : area.components()) {
                components.putIfAbsent(String.valueOf(component.template()), componentTitle(component.template(), texts));
                collectTitles(component.areas(), texts, components, areaTitles);
            }
        }
    }

    private String componentTitle(String templateId, EditorTexts texts) {
        return templates.find(templateId).map(t -> texts.module(t.title(), t.id())).orElse(String.valueOf(templateId));
    }

    /** The area's {@code title} (key or text), else a UI name for the usual area names, else the name itself. */
    private static String areaTitle(PageTemplates.AreaRule rule, EditorTexts texts) {
        if (rule.title() != null) {
            return texts.module(rule.title(), rule.name());
        }
        String key = "pages.area." + rule.name();
        String known = texts.ui(key);
        return known.equals(key) ? rule.name() : known;
    }

    private static String editorUrl(String pagePath) {
        return BASE + "/editor?path=" + PagesController.encode(pagePath);
    }

    private void notice(RedirectAttributes redirect, Locale locale, String key, Object... arguments) {
        redirect.addFlashAttribute(EditorController.NOTICE, Notice.success(messages.getMessage(key, arguments, locale)));
    }

    private EditorTexts texts(Locale locale) {
        return new EditorTexts(messages, registry, locale);
    }
}
