package de.quartiersnetz.cms.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole CMS on a random loopback port for one test class. Each class brings its own data dir in a JUnit temp
 * dir, so its context is never reused: it is closed after the class, before JUnit removes that temp dir. Kept open
 * until the JVM ends, the repository's background threads would write into deleted folders and every context would
 * hold its memory to the end of the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = QuartiersnetzApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
public @interface CmsServerTest {
}
