package de.quartiersnetz.cms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/**
 * Login hardening (throttling, no user enumeration, audit), sessions, and the Security app over real HTTP.
 * The server trusts X-Forwarded-For from loopback, as behind a reverse proxy, so each test that fails
 * logins on purpose does so from its own client address.
 */
@CmsServerTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityAppTest {
    static final String PASSWORD = "Security-App-Test-2026";
    static final String USERS = "/.magnolia/admincentral/security/users";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServerProperties.register(registry, temp, PASSWORD);
        registry.add("server.forward-headers-strategy", () -> "native");
    }

    @LocalServerPort
    int port;
    @Autowired
    UserManagement management;
    @Autowired
    Permissions permissions;
    @Autowired
    DefinitionRegistry definitions;

    @Test
    void repeatedFailuresHoldTheUserNameBackWithAGermanMessage() {
        createUser("throttle-target", "editor");
        Visitor guesser = new Visitor("192.0.2.10");
        for (int i = 0; i < 5; i++) {
            assertThat(location(guesser.login("throttle-target", "wrong-guess-" + i))).endsWith("/.magnolia/login?error");
        }
        HttpResponse<String> refused = guesser.login("throttle-target", PASSWORD);
        assertThat(location(refused)).endsWith("/.magnolia/login?locked=1");
        assertThat(guesser.get("/.magnolia/login?locked=1").body())
                .contains("Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in 1 Minuten erneut.");
        assertThat(guesser.get("/.magnolia/admincentral").statusCode()).as("not logged in").isEqualTo(302);

        assertThat(location(new Visitor("192.0.2.11").login("throttle-target", PASSWORD)))
                .as("the user name is held back from every address").endsWith("?locked=1");
        assertThat(location(new Visitor("192.0.2.10").login("superuser", PASSWORD)))
                .as("others may log in from that address").endsWith("/.magnolia/admincentral");
    }

    @Test
    void manyFailuresFromOneAddressHoldTheAddressBack() {
        Visitor sprayer = new Visitor("192.0.2.20");
        for (int i = 0; i < 20; i++) {
            assertThat(location(sprayer.login("sprayed-" + i, "Passwort123456"))).endsWith("?error");
        }
        assertThat(location(sprayer.login("superuser", PASSWORD))).endsWith("?locked=1");
        assertThat(location(new Visitor("192.0.2.21").login("superuser", PASSWORD))).endsWith("/.magnolia/admincentral");
    }

    @Test
    void unknownUsersAndWrongPasswordsGetTheSameAnswerInSimilarTime() {
        createUser("timing-known", "editor");
        Visitor visitor = new Visitor("192.0.2.30");
        visitor.login("timing-known", "warm-up-wrong-password");
        visitor.login("timing-unknown-0", "warm-up-wrong-password");
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            long start = System.nanoTime();
            answers.add(location(visitor.login("timing-known", "wrong-password-" + i)));
            known.add(System.nanoTime() - start);
            start = System.nanoTime();
            answers.add(location(visitor.login("timing-unknown-" + i, "wrong-password-" + i)));
            unknown.add(System.nanoTime() - start);
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer).endsWith("/.magnolia/login?error"));
        assertThat(visitor.get("/.magnolia/login?error").body()).contains("Benutzername oder Passwort ist falsch.");
        // both run one password hash; without that, an unknown name answers many times faster
        assertThat(median(unknown)).as("unknown %s vs known %s ns", unknown, known)
                .isBetween(median(known) / 4, median(known) * 4);
    }

    @Test
    void superuserCreatesAnEditorWhoCanWorkButNeitherManageUsersNorPublish() {
        Visitor admin = superuser();
        assertThat(admin.get("/.magnolia/admincentral").body()).contains(">Benutzer<", ">Mein Passwort<");
        HttpResponse<String> created = admin.post(USERS, "name", "Erika", "password", "Erika-Passwort-1",
                "passwordRepeat", "Erika-Passwort-1", "roles", "editor");
        assertThat(location(created)).endsWith(USERS);
        HttpResponse<String> list = admin.get(USERS);
        assertThat(list.body()).contains("Benutzer erika wurde angelegt.", ">erika</a>", "Redaktion");

        Visitor erika = new Visitor(null);
        assertThat(location(erika.login("erika", "Erika-Passwort-1"))).endsWith("/.magnolia/admincentral");
        assertThat(erika.get("/.magnolia/admincentral").body()).contains("Angemeldet als erika", ">Mein Passwort<")
                .as("no tile that would end in a 403").doesNotContain(">Benutzer<");
        HttpResponse<String> securityApp = erika.get(USERS);
        assertThat(securityApp.statusCode()).isEqualTo(403);
        assertThat(securityApp.body()).contains("Zugriff verweigert", "fehlt Ihnen die Berechtigung")
                .doesNotContain("superuser</a>");
        assertThat(erika.post(USERS, "name", "mallory", "password", "Mallory-Passwort-1",
                "passwordRepeat", "Mallory-Passwort-1", "roles", "superuser").statusCode()).isEqualTo(403);
        String app = "/.magnolia/admincentral/apps/" + definitions.apps().get(0).name();
        assertThat(erika.post(app + "/publish").statusCode()).isEqualTo(403);
        assertThat(erika.post(app + "/unpublish").statusCode()).isEqualTo(403);
        assertThat(admin.get(USERS).body()).doesNotContain("mallory");
    }

    @Test
    void refusedUserFormsNameTheFieldAndKeepTheInput() {
        Visitor admin = superuser();
        HttpResponse<String> refused = admin.post(USERS, "name", "Max Mustermann", "password", "kurz",
                "passwordRepeat", "kurz");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Bitte korrigieren Sie die markierten Felder.",
                "id=\"name-error\">Erlaubt sind nur Kleinbuchstaben",
                "id=\"password-error\">Das Passwort muss mindestens 12 Zeichen lang sein.",
                "id=\"roles-error\">Bitte wählen Sie mindestens eine Rolle.",
                "value=\"Max Mustermann\"", "aria-invalid=\"true\"")
                .doesNotContain("value=\"kurz\"");

        HttpResponse<String> mismatch = admin.post(USERS, "name", "superuser", "password", "Ein-langes-Passwort",
                "passwordRepeat", "Ein-anderes-Passwort", "roles", "publisher");
        assertThat(mismatch.body()).contains("id=\"name-error\">Dieser Benutzername ist bereits vergeben.",
                "id=\"passwordRepeat-error\">Die beiden Passwörter stimmen nicht überein.")
                .containsPattern("id=\"role-publisher\"[^>]*checked");

        assertThat(admin.post(USERS, "name", "x", "password", "Ein-langes-Passwort",
                "passwordRepeat", "Ein-langes-Passwort", "roles", "root").body())
                .contains("Bitte wählen Sie nur aus den angebotenen Rollen.");
        HttpResponse<String> unknown = admin.get(USERS + "/niemand");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Den Benutzer „niemand“ gibt es nicht.");
    }

    @Test
    void aDisabledUserIsLoggedOutAndCannotLogInAgain() {
        createUser("disabled-soon", "editor");
        Visitor user = new Visitor("192.0.2.40");
        user.login("disabled-soon", PASSWORD);
        assertThat(user.get("/.magnolia/admincentral").statusCode()).isEqualTo(200);

        Visitor admin = superuser();
        assertThat(location(admin.post(USERS + "/disabled-soon/enabled", "enabled", "false"))).endsWith(USERS);
        assertThat(admin.get(USERS).body()).contains("Benutzer disabled-soon wurde deaktiviert", "Deaktiviert");

        HttpResponse<String> next = user.get("/.magnolia/admincentral");
        assertThat(location(next)).as("the open session has ended").endsWith("/.magnolia/login?expired");
        assertThat(location(user.login("disabled-soon", "a-wrong-password"))).as("no hint without the password")
                .endsWith("/.magnolia/login?error");
        assertThat(location(user.login("disabled-soon", PASSWORD))).endsWith("/.magnolia/login?disabled");
        assertThat(user.get("/.magnolia/login?disabled").body()).contains("Dieses Konto ist deaktiviert.");

        assertThat(admin.post(USERS + "/superuser/enabled", "enabled", "false").body())
                .contains("Sie können Ihr eigenes Konto nicht deaktivieren");
        admin.post(USERS + "/disabled-soon/enabled", "enabled", "true");
        assertThat(location(user.login("disabled-soon", PASSWORD))).endsWith("/.magnolia/admincentral");
    }

    @Test
    void usersChangeTheirOwnPasswordWithTheCurrentOne() {
        createUser("changes-password", "editor");
        Visitor user = new Visitor("192.0.2.50");
        user.login("changes-password", PASSWORD);
        Visitor otherDevice = new Visitor("192.0.2.51");
        otherDevice.login("changes-password", PASSWORD);
        user.get("/.magnolia/admincentral/account/password");

        HttpResponse<String> wrong = user.post("/.magnolia/admincentral/account/password", "currentPassword", "falsch-falsch",
                "password", "Neues-Passwort-2026", "passwordRepeat", "Neues-Passwort-2026");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("id=\"currentPassword-error\">Das aktuelle Passwort ist falsch.");

        HttpResponse<String> changed = user.post("/.magnolia/admincentral/account/password", "currentPassword", PASSWORD,
                "password", "Neues-Passwort-2026", "passwordRepeat", "Neues-Passwort-2026");
        assertThat(location(changed)).endsWith("/.magnolia/admincentral/account/password");
        assertThat(user.get("/.magnolia/admincentral/account/password").body()).contains("Ihr Passwort wurde geändert.");
        assertThat(location(otherDevice.get("/.magnolia/admincentral"))).as("other sessions end").endsWith("?expired");

        assertThat(location(new Visitor("192.0.2.52").login("changes-password", PASSWORD))).endsWith("?error");
        assertThat(location(new Visitor("192.0.2.52").login("changes-password", "Neues-Passwort-2026")))
                .endsWith("/.magnolia/admincentral");
    }

    @Test
    void superuserResetsPasswordsAndGrantsPublishing() {
        createUser("becomes-publisher", "editor");
        Visitor admin = superuser();
        assertThat(admin.get(USERS + "/becomes-publisher").body()).contains("Benutzer becomes-publisher",
                "Rollen speichern", "Neues Passwort setzen");
        assertThat(location(admin.post(USERS + "/becomes-publisher/password", "password", "Zurueckgesetzt-2026",
                "passwordRepeat", "Zurueckgesetzt-2026"))).endsWith(USERS + "/becomes-publisher");
        assertThat(admin.get(USERS + "/becomes-publisher").body()).contains("Das Passwort von becomes-publisher wurde zurückgesetzt");
        assertThat(location(admin.post(USERS + "/becomes-publisher/roles", "roles", "editor", "roles", "publisher")))
                .endsWith(USERS + "/becomes-publisher");
        assertThat(admin.get(USERS + "/becomes-publisher").body()).contains("Die Rollen von becomes-publisher wurden gespeichert.")
                .containsPattern("id=\"role-publisher\"[^>]*checked");
        assertThat(admin.post(USERS + "/becomes-publisher/roles").body()).contains("Bitte wählen Sie mindestens eine Rolle.");
        assertThat(admin.post(USERS + "/superuser/roles", "roles", "editor").body())
                .contains("nicht selbst die Rolle Superuser nehmen");

        Visitor publisher = new Visitor(null);
        assertThat(location(publisher.login("becomes-publisher", "Zurueckgesetzt-2026"))).endsWith("/.magnolia/admincentral");
        publisher.get("/.magnolia/admincentral");
        String app = "/.magnolia/admincentral/apps/" + definitions.apps().get(0).name();
        assertThat(publisher.post(app + "/publish").statusCode()).as("passes the publisher rule").isNotIn(401, 403);
        assertThat(publisher.get(USERS).statusCode()).isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndRenewedAtLogin() {
        Visitor visitor = new Visitor(null);
        String before = sessionCookie(visitor.get("/.magnolia/login"));
        assertThat(before).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
        String after = sessionCookie(visitor.login("superuser", PASSWORD));
        assertThat(after).as("session fixation: a new id after login").isNotEmpty()
                .isNotEqualTo(before).contains("HttpOnly");
    }

    @Test
    void anExpiredSessionSendsPagesToTheLoginAndAnswersHtmxWith401() {
        HttpClient http = HttpClient.newHttpClient();
        String expired = "JSESSIONID=0123456789ABCDEF0123456789ABCDEF";
        HttpResponse<String> page = send(http, request("/.magnolia/admincentral").header("Cookie", expired)
                .header("Accept", "text/html").build());
        assertThat(location(page)).endsWith("/.magnolia/login?expired");
        HttpResponse<String> htmx = send(http, request("/.magnolia/admincentral").header("Cookie", expired)
                .header("HX-Request", "true").build());
        assertThat(htmx.statusCode()).isEqualTo(401);
        HttpResponse<String> htmxPost = send(http, request(USERS + "/superuser/enabled").header("Cookie", expired)
                .header("HX-Request", "true").header("X-CSRF-TOKEN", "from-the-old-page")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(htmxPost.statusCode()).as("the CSRF token went with the session").isEqualTo(401);
        HttpResponse<String> formPost = send(http, request("/.magnolia/logout").header("Cookie", expired)
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=from-the-old-page")).build());
        assertThat(location(formPost)).endsWith("/.magnolia/login?expired");
        assertThat(new Visitor(null).get("/.magnolia/login?expired").body())
                .contains("Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.");
    }

    @Test
    void theAuditLogNamesUserAndAddressButNeverThePassword(CapturedOutput output) {
        Visitor visitor = new Visitor("192.0.2.60");
        visitor.login("superuser", "Audit-Wrong-Password");
        visitor.login("superuser", PASSWORD);
        visitor.get("/.magnolia/admincentral");
        visitor.post("/.magnolia/logout");
        visitor.login("someone\nforged line", "Audit-Wrong-Password");

        assertThat(output.getOut()).contains(
                "quartiersnetz.audit", "login failed: user=\"superuser\" address=\"192.0.2.60\" reason=bad-credentials",
                "login succeeded: user=\"superuser\" address=\"192.0.2.60\"",
                "logout: user=\"superuser\" address=\"192.0.2.60\"",
                "login failed: user=\"someone?forged line\"")
                .doesNotContain("Audit-Wrong-Password").doesNotContain(PASSWORD);
    }

    /** The URL rules are not the only guard: the service checks its caller too, and roles include each other. */
    @Test
    void userManagementChecksItsCallerAndRolesIncludeEachOther() {
        Authentication editor = signedIn("an-editor", Role.EDITOR);
        Authentication publisher = signedIn("a-publisher", Role.PUBLISHER);
        Authentication superuser = signedIn("superuser", Role.SUPERUSER);
        try {
            SecurityContextHolder.getContext().setAuthentication(editor);
            assertThatThrownBy(() -> management.users()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> management.changeOwnPassword("superuser", PASSWORD, "x", "x", "127.0.0.1", null))
                    .as("only one's own password").isInstanceOf(AccessDeniedException.class);
            SecurityContextHolder.getContext().setAuthentication(superuser);
            assertThat(management.users()).extracting(UserAccount::name).contains("superuser");
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(List.of(permissions.mayEdit(editor), permissions.mayPublish(editor), permissions.mayManageUsers(editor)))
                .containsExactly(true, false, false);
        assertThat(List.of(permissions.mayEdit(publisher), permissions.mayPublish(publisher), permissions.mayManageUsers(publisher)))
                .containsExactly(true, true, false);
        assertThat(List.of(permissions.mayEdit(superuser), permissions.mayPublish(superuser), permissions.mayManageUsers(superuser)))
                .containsExactly(true, true, true);
    }

    private static Authentication signedIn(String name, Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList(role.authority()));
    }

    private Visitor superuser() {
        Visitor admin = new Visitor(null);
        assertThat(location(admin.login("superuser", PASSWORD))).endsWith("/.magnolia/admincentral");
        admin.get(USERS);
        return admin;
    }

    private void createUser(String name, String role) {
        HttpResponse<String> created = superuser().post(USERS, "name", name, "password", PASSWORD,
                "passwordRepeat", PASSWORD, "roles", role);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElse("");
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A browser at a client address (sent as X-Forwarded-For; none: the loopback itself): keeps its cookies
     * and posts forms, with repeated fields, using the CSRF token of the last page.
     */
    final class Visitor {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String address;
        private String token;

        Visitor(String address) {
            this.address = address;
        }

        HttpResponse<String> login(String user, String password) {
            get("/.magnolia/login");
            return post("/.magnolia/login", "username", user, "password", password);
        }

        HttpResponse<String> get(String path) {
            HttpResponse<String> page = send(http, browser(path).GET().build());
            Matcher field = CSRF_FIELD.matcher(page.body());
            if (field.find()) {
                token = field.group(1);
            }
            return page;
        }

        /** @param fields name, value, name, value, ... */
        HttpResponse<String> post(String path, String... fields) {
            StringBuilder body = new StringBuilder("_csrf=" + encode(token));
            for (int i = 0; i < fields.length; i += 2) {
                body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
            }
            return send(http, browser(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        }

        private HttpRequest.Builder browser(String path) {
            HttpRequest.Builder request = request(path).header("Accept", "text/html");
            return address == null ? request : request.header("X-Forwarded-For", address);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
        }
    }
}
