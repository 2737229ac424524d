package de.quartiersnetz.cms.authoring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The German 403 page Spring Security forwards to when a signed-in user lacks the role (or a form's CSRF
 * token is wrong). It answers 403 for any method, also when opened directly.
 */
@Controller
@ConditionalOnWebApplication
class AccessDeniedController {
    @RequestMapping("/.magnolia/access-denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessDenied() {
        return "access-denied";
    }
}
