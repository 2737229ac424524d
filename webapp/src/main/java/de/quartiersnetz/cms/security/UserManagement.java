package de.quartiersnetz.cms.security;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The Security app's operations on users, each checked here as well as on its URL: only superusers manage
 * users; everyone changes their own password. Refused input comes back as {@link UserInputException}
 * naming the form field; every change is written to the {@link AuditLog}.
 */
public class UserManagement {
    static final int MINIMUM_PASSWORD_LENGTH = 12;
    /** BCrypt reads no more than 72 bytes; Spring's encoder refuses longer passwords. */
    static final int MAXIMUM_PASSWORD_BYTES = 72;

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final UserSessions sessions;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    UserManagement(UserStore users, PasswordEncoder encoder, UserSessions sessions, LoginThrottle throttle, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
    }

    @PreAuthorize(Permissions.MANAGE_USERS)
    public List<UserAccount> users() {
        return users.list();
    }

    /** @throws UnknownUserException when there is no such user */
    @PreAuthorize(Permissions.MANAGE_USERS)
    public UserAccount user(String name) {
        return users.find(name).orElseThrow(() -> new UnknownUserException(name));
    }

    /** @param name as typed; stored in lower case */
    @PreAuthorize(Permissions.MANAGE_USERS)
    public String create(String name, String password, String passwordRepeat, Collection<String> roles, String actor) {
        String stored = RepositoryUserDetailsService.normalize(name);
        Map<String, String> errors = new LinkedHashMap<>();
        if (stored.isEmpty()) {
            errors.put("name", "security.error.nameRequired");
        } else if (!UserStore.isValidName(stored)) {
            errors.put("name", "security.error.nameInvalid");
        } else if (users.find(stored).isPresent()) {
            errors.put("name", "security.error.nameTaken");
        }
        checkNewPassword(password, passwordRepeat, errors);
        Set<Role> granted = roles(roles, errors);
        refuseIfAny(errors);
        try {
            users.create(new UserAccount(stored, encoder.encode(password), true, storedNames(granted), "de"));
        } catch (UserExistsException e) {
            throw new UserInputException(Map.of("name", "security.error.nameTaken"));
        }
        audit.userCreated(actor, stored, granted);
        return stored;
    }

    /** Superusers cannot disable themselves, so there is always one who can undo it. */
    @PreAuthorize(Permissions.MANAGE_USERS)
    public void setEnabled(String name, boolean enabled, String actor) {
        if (!enabled && name.equals(actor)) {
            throw new UserInputException(Map.of("enabled", "security.error.ownAccount"));
        }
        users.setEnabled(name, enabled);
        if (!enabled) {
            sessions.endAll(name);
        }
        audit.enabledChanged(actor, name, enabled);
    }

    @PreAuthorize(Permissions.MANAGE_USERS)
    public void setRoles(String name, Collection<String> roles, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Role> granted = roles(roles, errors);
        if (errors.isEmpty() && name.equals(actor) && !granted.contains(Role.SUPERUSER)) {
            errors.put("roles", "security.error.ownAccount");
        }
        refuseIfAny(errors);
        users.setRoles(name, storedNames(granted));
        sessions.endAll(name);
        audit.rolesChanged(actor, name, granted);
    }

    /** Also ends the user's open sessions: whoever used the old password is out. */
    @PreAuthorize(Permissions.MANAGE_USERS)
    public void resetPassword(String name, String password, String passwordRepeat, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkNewPassword(password, passwordRepeat, errors);
        refuseIfAny(errors);
        users.setPasswordHash(name, encoder.encode(password));
        sessions.endAll(name);
        audit.passwordReset(actor, name);
    }

    /**
     * The signed-in user's own change, proven with the current password. Wrong current passwords count as
     * failed logins, so a left-open session cannot be used to guess it; the user's other sessions end.
     */
    @PreAuthorize("isAuthenticated() and #name == authentication.name")
    public void changeOwnPassword(String name, String currentPassword, String password, String passwordRepeat,
                                 String address, String keptSessionId) {
        if (throttle.refusal(name, address).isPresent()) {
            throw new UserInputException(Map.of("currentPassword", "security.error.tooManyAttempts"));
        }
        UserAccount account = users.find(name).orElseThrow(() -> new UnknownUserException(name));
        Map<String, String> errors = new LinkedHashMap<>();
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throttle.failed(name, address);
            errors.put("currentPassword", "security.error.currentPasswordWrong");
        }
        checkNewPassword(password, passwordRepeat, errors);
        refuseIfAny(errors);
        users.setPasswordHash(name, encoder.encode(password));
        sessions.endAllExcept(name, keptSessionId);
        audit.passwordChanged(name, address);
    }

    private static void checkNewPassword(String password, String passwordRepeat, Map<String, String> errors) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            errors.put("password", "security.error.passwordTooShort");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_PASSWORD_BYTES) {
            errors.put("password", "security.error.passwordTooLong");
        } else if (!password.equals(passwordRepeat)) {
            errors.put("passwordRepeat", "security.error.passwordMismatch");
        }
    }

    private static Set<Role> roles(Collection<String> names, Map<String, String> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            Optional<Role> role = Role.ofStoredName(name);
            if (role.isEmpty()) {
                errors.put("roles", "security.error.rolesUnknown");
                return roles;
            }
            roles.add(role.get());
        }
        if (roles.isEmpty()) {
            errors.put("roles", "security.error.rolesRequired");
        }
        return roles;
    }

    private static List<String> storedNames(Set<Role> roles) {
        return roles.stream().map(Role::storedName).toList();
    }

    private static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new UserInputException(errors);
        }
    }
}
