package de.quartiersnetz.cms.server;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The usual set-up of a server test: data dir and a copy of the project's light modules in the class's temp dir. */
public final class TestServerProperties {
    private TestServerProperties() {
    }

    /** Fresh data dir, light modules copied (not watched), and the superuser's password. */
    public static void register(DynamicPropertyRegistry registry, Path temp, String superuserPassword) {
        register(registry, temp, TestLightModules.copyTo(temp.resolve("modules")), superuserPassword);
    }

    /** The same with light modules the test prepared itself (a fixture, or the project's with files added). */
    public static void register(DynamicPropertyRegistry registry, Path temp, Path modules, String superuserPassword) {
        registry.add("quartiersnetz.data-dir", () -> temp.resolve("data").toString());
        registry.add("quartiersnetz.light-modules", modules::toString);
        registry.add("quartiersnetz.watch-light-modules", () -> "false");
        registry.add("quartiersnetz.superuser-password", () -> superuserPassword);
    }
}
