package de.quartiersnetz.cms.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import de.quartiersnetz.cms.repository.ContentNotFoundException;

/**
 * The browser's actions, {@code POST /.magnolia/admincentral/apps/{appName}/{action}} with the selected
 * {@code paths} and the list's state. The answer is the list with a notice: for htmx the results region (also
 * for a refusal, with its 4xx status), otherwise a redirect to the list after success (post/redirect/get) or
 * the page with the refusal. Delete and move first answer with a dialog (confirmation, target folder).
 * Publishing URLs ({@code /publish*}, {@code /unpublish*}) are left to publishers by the security configuration.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/.magnolia/admincentral/apps/{appName}")
class ContentActionsController {
    private final BrowserPages pages;
    private final ContentActions actions;

    ContentActionsController(BrowserPages pages, ContentActions actions) {
        this.pages = pages;
        this.actions = actions;
    }

    /** The request of one action, resolved: app, list state, user and how to answer. */
    private record Call(String appName, HttpServletRequest request, HttpServletResponse response, Locale locale,
                        Authentication user, Model model, RedirectAttributes redirect) {
    }

    @PostMapping("/publish")
    ModelAndView publish(@PathVariable String appName, @RequestParam(required = false) List<String> paths,
                   HttpServletRequest request, HttpServletResponse response, Locale locale, Authentication user,
                   Model model, RedirectAttributes redirect) {
        return run(new Call(appName, request, response, locale, user, model, redirect),
                app -> actions.publish(app, paths, false, user.getName()));
    }

    @PostMapping("/publish-with-children")
    ModelAndView publishWithChildren(@PathVariable String appName, @RequestParam(required = false) List<String> paths,
                               HttpServletRequest request, HttpServletResponse response, Locale locale,
                               Authentication user, Model model, RedirectAttributes redirect) {
        return run(new Call(appName, request, response, locale, user, model, redirect),
                app -> actions.publish(app, paths, true, user.getName()));
    }

    @PostMapping("/unpublish")
    ModelAndView unpublish(@PathVariable String appName, @RequestParam(required = false) List<String> paths,
                     HttpServletRequest request, HttpServletResponse response, Locale locale, Authentication user,
                     Model model, RedirectAttributes redirect) {
        return run(new Call(appName, request, response, locale, user, model, redirect),
                app -> actions.unpublish(app, paths, user.getName()));
    }

    @PostMapping("/duplicate")
    ModelAndView duplicate(@PathVariable String appName, @RequestParam(required = false) List<String> paths,
                     HttpServletRequest request, HttpServletResponse response, Locale locale, Authentication user,
                     Model model, RedirectAttributes redirect) {
        return run(new Call(appName, request, response, locale, user, model, redirect), app -> actions.duplicate(app,
                paths, pages.message("actions.duplicate.suffix", locale), user.getName()));
    }

    @PostMapping("/folder")
    ModelAndView createFolder(@PathVariable String appName, @RequestParam(required = false) String name,
                        HttpServletRequest request, HttpServletResponse response, Locale locale, Authentication user,
                        Model model, RedirectAttributes redirect) {
        return run(new Call(appName, request, response, locale, user, model, redirect), app ->
                actions.createFolder(app, pages.params(request, app).path(), name, user.getName()));
    }

    /** Without {@code confirmed}: the confirmation dialog listing the items (and which of them are published). */
    @PostMapping("/delete")
    ModelAndView delete(@PathVariable String appName, @RequestParam(required = false) List<String> paths,
                  @RequestParam(required = false) String confirmed, HttpServletRequest request,
                  HttpServletResponse response, Locale locale, Authentication user, Model model,
                  RedirectAttributes redirect) {
        return deleteAfterConfirmation(new Call(appName, request, response, locale, user, model, redirect), paths,
                confirmed, false);
    }

    @PostMapping("/unpublish-and-delete")
    ModelAndView unpublishAndDelete(@PathVariable String appName, @RequestParam(required = false) List<String> paths,
                              @RequestParam(required = false) String confirmed, HttpServletRequest request,
                              HttpServletResponse response, Locale locale, Authentication user, Model model,
                              RedirectAttributes redirect) {
        return deleteAfterConfirmation(new Call(appName, request, response, locale, user, model, redirect), paths,
                confirmed, true);
    }

    private ModelAndView deleteAfterConfirmation(Call call, List<String> paths, String confirmed, boolean unpublish) {
        if (confirmed == null) {
            return dialog(call, "delete", paths);
        }
        return run(call, app -> actions.delete(app, paths, unpublish, call.user().getName()));
    }

    /** Without {@code target}: the dialog to choose the folder. */
    @PostMapping("/move")
    ModelAndView move(@PathVariable String appName, @RequestParam(required = false) List<String> paths,
                @RequestParam(required = false) String target, HttpServletRequest request,
                HttpServletResponse response, Locale locale, Authentication user, Model model,
                RedirectAttributes redirect) {
        Call call = new Call(appName, request, response, locale, user, model, redirect);
        if (target == null) {
            return dialog(call, "move", paths);
        }
        return run(call, app -> actions.move(app, paths, target, user.getName()));
    }

    /** The action bar's Edit: the editor of the one selected item (a folder opens in the browser). */
    @PostMapping("/edit-selected")
    ModelAndView editSelected(@PathVariable String appName, @RequestParam(required = false) List<String> paths,
                        HttpServletRequest request, HttpServletResponse response, Locale locale, Authentication user,
                        Model model, RedirectAttributes redirect) {
        Call call = new Call(appName, request, response, locale, user, model, redirect);
        ContentApp app = pages.app(appName, locale);
        BrowserParams params = pages.params(request, app);
        try {
            List<ContentActions.Selected> selected = actions.selection(app, paths);
            if (selected.size() != 1) {
                throw new ActionRefusedException(HttpStatus.BAD_REQUEST, "actions.error.editOne");
            }
            ContentActions.Selected item = selected.get(0);
            String target = item.folder() ? params.withPath(item.path()).query()
                    : "/edit?path=" + BrowserViews.encode(item.path());
            return seeOther(BrowserViews.APPS_PATH + BrowserViews.encode(app.name()) + target);
        } catch (ActionRefusedException refused) {
            return refusedAnswer(call, app, params, refused);
        }
    }

    private ModelAndView run(Call call, Function<ContentApp, Notice.Done> action) {
        ContentApp app = pages.app(call.appName(), call.locale());
        BrowserParams params = pages.params(call.request(), app);
        Notice.Done done;
        try {
            done = action.apply(app);
        } catch (ActionRefusedException refused) {
            return refusedAnswer(call, app, params, refused);
        } catch (ContentNotFoundException gone) {
            return refusedAnswer(call, app, params, new ActionRefusedException(HttpStatus.NOT_FOUND,
                    "actions.error.gone"));
        }
        Notice notice = Notice.success(pages.message(done.messageKey(), call.locale(), done.arguments().toArray()));
        if (!BrowserPages.fragment(call.request())) {
            call.redirect().addFlashAttribute("notice", notice);
            return seeOther(BrowserViews.APPS_PATH + BrowserViews.encode(app.name()) + params.query());
        }
        return results(call, app, params, notice, HttpStatus.OK);
    }

    private ModelAndView dialog(Call call, String kind, List<String> paths) {
        ContentApp app = pages.app(call.appName(), call.locale());
        BrowserParams params = pages.params(call.request(), app);
        List<ContentActions.Selected> selected;
        try {
            selected = actions.selection(app, paths);
        } catch (ActionRefusedException refused) {
            return refusedAnswer(call, app, params, refused);
        }
        String appUrl = BrowserViews.appUrl(call.request().getContextPath(), app);
        List<BrowserView.Choice> targets = new ArrayList<>();
        if (kind.equals("move")) {
            for (String folder : actions.moveTargets(app, selected)) {
                targets.add(new BrowserView.Choice(folder, folder.equals("/") ? app.label() : folder,
                        folder.equals(params.path())));
            }
        }
        boolean anyLive = selected.stream().anyMatch(ContentActions.Selected::live);
        call.model().addAttribute("dialog", new BrowserDialog(kind,
                pages.message("actions." + kind + ".title", call.locale(), selected.size()), app.label(),
                appUrl + "/" + kind, selected, anyLive, PublishingRights.mayPublish(call.user()),
                appUrl + "/unpublish-and-delete", targets, params.fields(), appUrl + params.query()));
        return new ModelAndView(BrowserPages.fragment(call.request()) ? "browser-dialog" : "browser-dialog-page");
    }

    private ModelAndView refusedAnswer(Call call, ContentApp app, BrowserParams params, ActionRefusedException refused) {
        Notice notice = Notice.error(pages.message(refused.messageKey(), call.locale(), refused.arguments()));
        return results(call, app, params, notice, refused.status());
    }

    /** The list with the notice: the results region for htmx (also when it asked for a dialog), else the page. */
    private ModelAndView results(Call call, ContentApp app, BrowserParams params, Notice notice, HttpStatus status) {
        call.response().setStatus(status.value());
        call.model().addAttribute("notice", notice);
        pages.list(call.model(), app, params, call.request(), call.locale(), call.user());
        if (BrowserPages.fragment(call.request())) {
            call.response().setHeader("HX-Retarget", "#browser-results");
            call.response().setHeader("HX-Reswap", "innerHTML");
            return new ModelAndView(BrowserPages.RESULTS);
        }
        return new ModelAndView(BrowserPages.PAGE);
    }

    private static ModelAndView seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }
}
