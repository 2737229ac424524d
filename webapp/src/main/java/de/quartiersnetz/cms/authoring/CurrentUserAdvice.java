package de.quartiersnetz.cms.authoring;

import java.security.Principal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every AdminCentral view shows who is signed in (and offers the logout). */
@ControllerAdvice(basePackageClasses = CurrentUserAdvice.class)
@ConditionalOnWebApplication
class CurrentUserAdvice {
    @ModelAttribute("currentUser")
    String currentUser(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
