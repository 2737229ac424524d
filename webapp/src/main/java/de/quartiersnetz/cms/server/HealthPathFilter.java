package de.quartiersnetz.cms.server;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 404 for a health path below a component ({@code /actuator/health/repository/x}). Spring Boot 4.1.0 fails
 * such a request with a 500 because it looks for a nested contributor; ours have none, so the path names nothing.
 */
class HealthPathFilter extends OncePerRequestFilter {
    static final String HEALTH = "/actuator/health/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String component = path.startsWith(HEALTH) ? path.substring(HEALTH.length()) : "";
        if (component.replaceAll("/+$", "").contains("/")) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"status\":404,\"error\":\"Not Found\",\"message\":\"no such health component\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
