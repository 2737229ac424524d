package de.quartiersnetz.cms.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * AdminCentral ({@code /.magnolia/**}) needs a login and a role; everything else (delivery API, public site,
 * health) is anonymous and keeps its own caching headers. Who may do what: docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurityConfiguration {
    static final String LOGIN_PAGE = "/.magnolia/login";
    static final String SECURITY_APP = "/.magnolia/admincentral/security/**";
    static final String ACCOUNT = "/.magnolia/admincentral/account/**";
    /**
     * Publish and unpublish routes of the content apps, e.g. {@code /apps/projects/publish}, {@code publishWithChildren},
     * of the Pages app ({@code /pages/publish}, {@code /pages/unpublish}) and of the Assets app.
     */
    static final String[] PUBLISHING = {"/.magnolia/admincentral/apps/*/publish*", "/.magnolia/admincentral/apps/*/unpublish*",
            "/.magnolia/admincentral/pages/publish*", "/.magnolia/admincentral/pages/unpublish*",
            "/.magnolia/admincentral/assets/publish", "/.magnolia/admincentral/assets/unpublish"};
    private static final String ADMIN_CENTRAL_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain adminCentral(HttpSecurity http, AuthenticationManager logins, SessionRegistry sessions,
                                     AuditLog audit) throws Exception {
        RequestMatcher scripted = new OrRequestMatcher(new RequestHeaderRequestMatcher("HX-Request", "true"),
                new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"));
        SignInRequired signIn = new SignInRequired(scripted);
        http.securityMatcher("/.magnolia/**")
                .authenticationManager(logins)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/.magnolia/static/**", AuthoringAccessDeniedHandler.PAGE).permitAll()
                        .requestMatchers(SECURITY_APP).hasRole(Role.SUPERUSER.name())
                        .requestMatchers(ACCOUNT).authenticated()
                        .requestMatchers(HttpMethod.POST, PUBLISHING).hasRole(Role.PUBLISHER.name())
                        .anyRequest().hasRole(Role.EDITOR.name()))
                .formLogin(login -> login.loginPage(LOGIN_PAGE).loginProcessingUrl(LOGIN_PAGE)
                        .defaultSuccessUrl("/.magnolia/admincentral", false)
                        .failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutUrl("/.magnolia/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout")
                        .addLogoutHandler((request, response, user) -> {
                            if (user != null) {
                                audit.logout(user.getName(), request.getRemoteAddr());
                            }
                        }))
                // unlimited sessions per user, but registered, so disabling a user can end them
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredSessionStrategy(signIn))
                .requestCache(cache -> cache.requestCache(pagesOnly(scripted)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signIn)
                        .accessDeniedHandler(new AuthoringAccessDeniedHandler(signIn)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ADMIN_CENTRAL_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicSide(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(Customizer.withDefaults())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.cacheControl(cacheControl -> cacheControl.disable()));
        return http.build();
    }

    /**
     * After the login, return only to a page: an htmx fragment that happened to hit the expired session
     * would otherwise become the first thing shown.
     */
    private static HttpSessionRequestCache pagesOnly(RequestMatcher scripted) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !scripted.matches(request));
        return cache;
    }
}
