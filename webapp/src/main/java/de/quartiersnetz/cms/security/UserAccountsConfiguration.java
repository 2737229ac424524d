package de.quartiersnetz.cms.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import de.quartiersnetz.cms.repository.ContentRepository;

/** Users in the repository, how a login is checked and throttled, and the superuser of the first start. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(LoginProperties.class)
class UserAccountsConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(UserAccountsConfiguration.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserStore userStore(ContentRepository repository) {
        return new UserStore(repository);
    }

    @Bean
    AuditLog auditLog() {
        return new AuditLog();
    }

    @Bean
    LoginThrottle loginThrottle(LoginProperties properties, Clock clock) {
        return new LoginThrottle(properties, clock);
    }

    /**
     * Account status (disabled) is checked after the password, not before as Spring does by default: a wrong
     * password then gets the same answer, in the same time, whether the account is disabled, enabled or
     * missing, and only someone who knows the password learns that it is disabled.
     */
    @Bean
    AuthenticationManager authenticationManager(UserStore users, PasswordEncoder encoder, LoginThrottle throttle,
                                                AuditLog audit) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new RepositoryUserDetailsService(users));
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, audit));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry about ended sessions, so it does not keep them. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    UserManagement userManagement(UserStore users, PasswordEncoder encoder, SessionRegistry sessions,
                                  LoginThrottle throttle, AuditLog audit) {
        return new UserManagement(users, encoder, new UserSessions(sessions), throttle, audit);
    }

    @Bean
    ApplicationRunner superuserBootstrap(UserStore users, PasswordEncoder encoder,
                                         @Value("${quartiersnetz.superuser-password:}") String password) {
        return arguments -> SuperuserAccount.ensure(users, encoder, password).ifPresent(generated -> LOG.warn(
                "\n\n    AdminCentral user '{}' created with the generated password: {}\n"
                        + "    It is shown only this once. Set quartiersnetz.superuser-password to choose one.\n",
                SuperuserAccount.NAME, generated));
    }
}
