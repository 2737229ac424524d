package de.quartiersnetz.cms.security;

import java.io.IOException;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Back to the login page with the reason the page explains. A wrong password and an unknown user get the
 * same answer; "disabled" is only reported after the correct password (see {@link UserAccountsConfiguration}).
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        redirect.sendRedirect(request, response, WebSecurityConfiguration.LOGIN_PAGE + query(exception));
    }

    private static String query(AuthenticationException exception) {
        if (exception instanceof LoginThrottledException throttled) {
            long minutes = Math.max(1, (throttled.waitTime().toSeconds() + 59) / 60);
            return "?locked=" + minutes;
        }
        return exception instanceof DisabledException ? "?disabled" : "?error";
    }
}
