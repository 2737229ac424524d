package de.quartiersnetz.cms.authoring;

import java.security.Principal;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.quartiersnetz.cms.security.UserInputException;
import de.quartiersnetz.cms.security.UserManagement;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Every signed-in user changes their own password here, proving it with the current one. */
@Controller
@ConditionalOnWebApplication
@RequestMapping(AccountController.PASSWORD)
class AccountController {
    static final String PASSWORD = "/.magnolia/admincentral/account/password";

    private final UserManagement management;

    AccountController(UserManagement management) {
        this.management = management;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return "account-password";
    }

    @PostMapping
    String change(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String passwordRepeat, Principal user, HttpServletRequest request,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            management.changeOwnPassword(user.getName(), currentPassword, password, passwordRepeat,
                    request.getRemoteAddr(), request.getSession().getId());
            redirect.addFlashAttribute("notice", "security.notice.ownPasswordChanged");
            return "redirect:" + PASSWORD;
        } catch (UserInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", e.errors());
            return "account-password";
        }
    }
}
