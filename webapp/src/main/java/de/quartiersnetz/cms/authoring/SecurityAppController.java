package de.quartiersnetz.cms.authoring;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.quartiersnetz.cms.security.Role;
import de.quartiersnetz.cms.security.UnknownUserException;
import de.quartiersnetz.cms.security.UserAccount;
import de.quartiersnetz.cms.security.UserInputException;
import de.quartiersnetz.cms.security.UserManagement;

import jakarta.servlet.http.HttpServletResponse;

/** The Security app (superusers only): list, create, enable/disable users, their roles and passwords. */
@Controller
@ConditionalOnWebApplication
@RequestMapping(SecurityAppController.BASE)
class SecurityAppController {
    static final String BASE = "/.magnolia/admincentral/security/users";
    private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::storedName).toList();

    private final UserManagement management;

    SecurityAppController(UserManagement management) {
        this.management = management;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", management.users());
        return "security-users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return form(model, "", List.of(), Map.of());
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String passwordRepeat,
                  @RequestParam(defaultValue = "") List<String> roles, Principal actor, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            String created = management.create(name, password, passwordRepeat, roles, actor.getName());
            return done(redirect, "security.notice.created", created, BASE);
        } catch (UserInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, name, roles, e.errors());
        }
    }

    @GetMapping("/{name}")
    String edit(@PathVariable String name, Model model) {
        return editForm(model, name, Map.of());
    }

    @PostMapping("/{name}/roles")
    String roles(@PathVariable String name, @RequestParam(defaultValue = "") List<String> roles, Principal actor,
                 Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            management.setRoles(name, roles, actor.getName());
            return done(redirect, "security.notice.rolesChanged", name, BASE + "/" + name);
        } catch (UserInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editForm(model, name, e.errors());
        }
    }

    @PostMapping("/{name}/password")
    String resetPassword(@PathVariable String name, @RequestParam(defaultValue = "") String password,
                         @RequestParam(defaultValue = "") String passwordRepeat, Principal actor, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        try {
            management.resetPassword(name, password, passwordRepeat, actor.getName());
            return done(redirect, "security.notice.passwordReset", name, BASE + "/" + name);
        } catch (UserInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editForm(model, name, e.errors());
        }
    }

    @PostMapping("/{name}/enabled")
    String enabled(@PathVariable String name, @RequestParam boolean enabled, Principal actor, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        try {
            management.setEnabled(name, enabled, actor.getName());
            return done(redirect, enabled ? "security.notice.enabled" : "security.notice.disabled", name, BASE);
        } catch (UserInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.errors().values().iterator().next());
            return list(model);
        }
    }

    @ExceptionHandler(UnknownUserException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknownUser(UnknownUserException e, Principal actor, Model model) {
        // exception handlers get a fresh model, without the advice's attributes
        model.addAttribute("currentUser", actor.getName());
        model.addAttribute("problem", "security.error.unknownUser");
        model.addAttribute("problemArgument", e.name());
        return list(model);
    }

    private String form(Model model, String name, List<String> roles, Map<String, String> errors) {
        model.addAttribute("name", name);
        model.addAttribute("checkedRoles", roles);
        model.addAttribute("roles", ROLES);
        model.addAttribute("errors", errors);
        return "security-user-form";
    }

    private String editForm(Model model, String name, Map<String, String> errors) {
        UserAccount account = management.user(name);
        model.addAttribute("account", account);
        return form(model, name, account.roles(), errors);
    }

    private static String done(RedirectAttributes redirect, String notice, String name, String target) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArgument", name);
        return "redirect:" + target;
    }
}
