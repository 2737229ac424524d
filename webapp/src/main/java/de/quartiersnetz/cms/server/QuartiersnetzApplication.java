package de.quartiersnetz.cms.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "de.quartiersnetz.cms")
public class QuartiersnetzApplication {
    public static void main(String[] args) {
        if (CommandLineTools.isCommand(args)) {
            System.exit(CommandLineTools.run(args));
        }
        SpringApplication.run(QuartiersnetzApplication.class, args);
    }
}
