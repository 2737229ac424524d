package de.quartiersnetz.cms.authoring;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import de.quartiersnetz.cms.repository.ContentNotFoundException;

/**
 * The content apps' error pages: an unknown app or folder (404) and an unusable parameter (400), in the UI
 * language and naming what was asked for; never a stack trace.
 */
@ControllerAdvice(assignableTypes = {ContentAppController.class, ContentActionsController.class})
@ConditionalOnWebApplication
class BrowserErrorAdvice {
    private final MessageSource messages;

    BrowserErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AppNotFoundException.class)
    String unknownApp(AppNotFoundException e, HttpServletResponse response, Locale locale, Model model) {
        return page(response, HttpStatus.NOT_FOUND, model, locale, "browser.error.appTitle",
                "browser.error.app", e.appName());
    }

    @ExceptionHandler(ContentNotFoundException.class)
    String unknownFolder(HttpServletResponse response, Locale locale, Model model) {
        return page(response, HttpStatus.NOT_FOUND, model, locale, "browser.error.folderTitle", "browser.error.folder");
    }

    @ExceptionHandler(BadParameterException.class)
    String badParameter(BadParameterException e, HttpServletResponse response, Locale locale, Model model) {
        return page(response, HttpStatus.BAD_REQUEST, model, locale, "browser.error.parameterTitle", e.messageKey(),
                e.messageArguments());
    }

    private String page(HttpServletResponse response, HttpStatus status, Model model, Locale locale, String titleKey,
                        String messageKey, Object... arguments) {
        response.setStatus(status.value());
        // Exception handlers get an empty model: the page frame still shows who is signed in.
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user != null) {
            model.addAttribute("currentUser", user.getName());
        }
        model.addAttribute("errorTitle", messages.getMessage(titleKey, null, titleKey, locale));
        model.addAttribute("errorMessage", messages.getMessage(messageKey, arguments, messageKey, locale));
        return "browser-error";
    }
}
