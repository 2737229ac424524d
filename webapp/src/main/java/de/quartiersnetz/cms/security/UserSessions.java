package de.quartiersnetz.cms.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Ends a user's open AdminCentral sessions, so that disabling an account or resetting its password takes
 * effect at the next request, not when the session times out.
 */
final class UserSessions {
    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void endAll(String user) {
        endAllExcept(user, null);
    }

    void endAllExcept(String user, String keptSessionId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails details && details.getUsername().equals(user)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keptSessionId)) {
                        session.expireNow();
                    }
                }
            }
        }
    }
}
