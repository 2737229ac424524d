package de.quartiersnetz.cms.authoring;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import de.quartiersnetz.cms.repository.ContentNotFoundException;

/** The editor's 404 and 400 answers: a page saying what is missing or wrong, never a stack trace. */
@ControllerAdvice(assignableTypes = EditorController.class)
@ConditionalOnWebApplication
class EditorProblemAdvice {
    private final MessageSource messages;

    EditorProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ContentNotFoundException.class)
    String notFound(ContentNotFoundException e, Model model, Locale locale, HttpServletResponse response) {
        return problem(HttpStatus.NOT_FOUND, "editor.problem.notFound", e.getMessage(), model, locale, response);
    }

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class})
    String badRequest(Exception e, Model model, Locale locale, HttpServletResponse response) {
        return problem(HttpStatus.BAD_REQUEST, "editor.problem.badRequest", e.getMessage(), model, locale, response);
    }

    private String problem(HttpStatus status, String titleKey, String detail, Model model, Locale locale,
                           HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("problemTitle", messages.getMessage(titleKey, null, locale));
        model.addAttribute("problemDetail", detail);
        return "editor-problem";
    }
}
