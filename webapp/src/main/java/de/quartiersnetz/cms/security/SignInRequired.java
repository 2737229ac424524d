package de.quartiersnetz.cms.security;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer when AdminCentral needs a (new) login: scripted requests (htmx, XHR) get 401, which
 * admincentral.js turns into a visit of the login page; pages are redirected to the login page, which says
 * so when the session has expired or was ended (user disabled, password reset).
 */
final class SignInRequired implements AuthenticationEntryPoint, SessionInformationExpiredStrategy {
    private final RequestMatcher scripted;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    SignInRequired(RequestMatcher scripted) {
        this.scripted = scripted;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        answer(request, response, expired);
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        answer(event.getRequest(), event.getResponse(), true);
    }

    void answer(HttpServletRequest request, HttpServletResponse response, boolean expired) throws IOException {
        if (scripted.matches(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            redirect.sendRedirect(request, response, WebSecurityConfiguration.LOGIN_PAGE + (expired ? "?expired" : ""));
        }
    }
}
