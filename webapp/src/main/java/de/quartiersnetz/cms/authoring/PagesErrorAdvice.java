package de.quartiersnetz.cms.authoring;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import de.quartiersnetz.cms.repository.ContentNotFoundException;

/** The Pages app's 404 and 400 answers: a page in the UI language, never a stack trace. */
@ControllerAdvice(assignableTypes = {PagesController.class, PageEditorController.class})
@ConditionalOnWebApplication
class PagesErrorAdvice {
    private final MessageSource messages;

    PagesErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ContentNotFoundException.class)
    String notFound(HttpServletResponse response, Locale locale, Model model) {
        return page(response, HttpStatus.NOT_FOUND, model, locale, "pages.error.notFound", null);
    }

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class})
    String badRequest(Exception e, HttpServletResponse response, Locale locale, Model model) {
        return page(response, HttpStatus.BAD_REQUEST, model, locale, "pages.error.badRequest", e.getMessage());
    }

    private String page(HttpServletResponse response, HttpStatus status, Model model, Locale locale, String key,
                        String detail) {
        response.setStatus(status.value());
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user != null) {
            model.addAttribute("currentUser", user.getName());
        }
        model.addAttribute("errorTitle", messages.getMessage("pages.error.title", null, locale));
        model.addAttribute("errorMessage", messages.getMessage(key, new Object[] {detail}, key, locale));
        return "browser-error";
    }
}
