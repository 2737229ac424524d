package de.quartiersnetz.cms.authoring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security processes its POST to the same URL. */
@Controller
@ConditionalOnWebApplication
class LoginController {
    @GetMapping("/.magnolia/login")
    String login() {
        return "login";
    }
}
