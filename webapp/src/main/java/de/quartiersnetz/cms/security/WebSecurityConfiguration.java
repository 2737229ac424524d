package de.quartiersnetz.cms.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import de.quartiersnetz.cms.repository.ContentRepository;

/**
 * AdminCentral ({@code /.magnolia/**}) needs a login; everything else (delivery API, public site, health)
 * is anonymous and keeps its own caching headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurityConfiguration {
    static final String LOGIN_PAGE = "/.magnolia/login";
    private static final Logger LOG = LoggerFactory.getLogger(WebSecurityConfiguration.class);
    private static final String ADMIN_CENTRAL_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserStore userStore(ContentRepository repository) {
        return new UserStore(repository);
    }

    @Bean
    UserDetailsService userDetailsService(UserStore users) {
        return new RepositoryUserDetailsService(users);
    }

    @Bean
    ApplicationRunner superuserBootstrap(UserStore users, PasswordEncoder encoder,
                                         @Value("${quartiersnetz.superuser-password:}") String password) {
        return arguments -> SuperuserAccount.ensure(users, encoder, password).ifPresent(generated -> LOG.warn(
                "\n\n    AdminCentral user '{}' created with the generated password: {}\n"
                        + "    It is shown only this once. Set quartiersnetz.superuser-password to choose one.\n",
                SuperuserAccount.NAME, generated));
    }

    @Bean
    @Order(1)
    SecurityFilterChain adminCentral(HttpSecurity http) throws Exception {
        RequestMatcher scripted = new OrRequestMatcher(new RequestHeaderRequestMatcher("HX-Request", "true"),
                new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"));
        http.securityMatcher("/.magnolia/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/.magnolia/static/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage(LOGIN_PAGE).loginProcessingUrl(LOGIN_PAGE)
                        .defaultSuccessUrl("/.magnolia/admincentral", false)
                        .failureUrl(LOGIN_PAGE + "?error"))
                .logout(logout -> logout.logoutUrl("/.magnolia/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), scripted))
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
}
