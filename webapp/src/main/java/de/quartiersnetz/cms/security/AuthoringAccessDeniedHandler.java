package de.quartiersnetz.cms.security;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 403 with AdminCentral's German page, except for a form or htmx post after the session expired: its CSRF
 * token went with the session, and the honest answer is "log in again", not "forbidden".
 */
final class AuthoringAccessDeniedHandler implements AccessDeniedHandler {
    static final String PAGE = "/.magnolia/access-denied";

    private final SignInRequired signIn;
    private final AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();

    AuthoringAccessDeniedHandler(SignInRequired signIn) {
        this.signIn = signIn;
        forbidden.setErrorPage(PAGE);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        boolean sessionExpired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if (denied instanceof MissingCsrfTokenException && sessionExpired) {
            signIn.answer(request, response, true);
        } else {
            forbidden.handle(request, response, denied);
        }
    }
}
