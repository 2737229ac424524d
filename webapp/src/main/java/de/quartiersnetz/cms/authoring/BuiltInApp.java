package de.quartiersnetz.cms.authoring;

import java.util.function.Predicate;

import org.springframework.security.core.Authentication;

/**
 * An app of the runtime itself (Pages, Assets, Security), listed in the launcher beside the light modules'
 * apps. Register one as a Spring bean.
 *
 * @param labelKey  key in the AdminCentral UI messages
 * @param href      path of the app's first screen
 * @param visibleTo whether the signed-in user may open it (the launcher shows no tile that would end in a 403)
 */
public record BuiltInApp(String name, String labelKey, String href, Predicate<Authentication> visibleTo) {
    public BuiltInApp(String name, String labelKey, String href) {
        this(name, labelKey, href, user -> true);
    }
}
