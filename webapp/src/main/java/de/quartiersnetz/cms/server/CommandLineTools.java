package de.quartiersnetz.cms.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import de.quartiersnetz.cms.content.ContentValidationException;
import de.quartiersnetz.cms.content.ImportFailure;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.RepositoryFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Sub-commands of the jar ({@code import}, {@code export}, {@code reindex}), run against the data dir
 * while the server is stopped. They start the runtime without its web server.
 */
@Command(name = "quartiersnetz", mixinStandardHelpOptions = true,
        subcommands = {ImportCommand.class, ExportCommand.class, ReindexCommand.class},
        description = "Quartiersnetz CMS tools; run them while the server is stopped.")
public final class CommandLineTools {
    private static final Set<String> COMMANDS = Set.of("import", "export", "reindex");

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || args[0].equals("--help") || args[0].equals("-h"));
    }

    /** @return the process exit code: 0 done, 1 failed, 2 wrong usage */
    public static int run(String[] args) {
        List<String> springArgs = new ArrayList<>();
        List<String> commandArgs = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--quartiersnetz.") || arg.startsWith("--spring.") || arg.startsWith("--logging.")
                    ? springArgs : commandArgs).add(arg);
        }
        // Usage is checked before the runtime starts, so a typo never opens (or locks) the data dir.
        CommandLine usageCheck = new CommandLine(new CommandLineTools(), CommandLineTools::unwired);
        try {
            usageCheck.parseArgs(commandArgs.toArray(String[]::new));
            if (usageCheck.isUsageHelpRequested() || commandArgs.isEmpty()) {
                usageCheck.usage(System.out);
                return 0;
            }
        } catch (CommandLine.ParameterException e) {
            System.err.println(e.getMessage());
            e.getCommandLine().usage(System.err);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QuartiersnetzApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=WARN", "logging.level.org.apache.jackrabbit=ERROR",
                        // a stale index would otherwise be rebuilt on open and then again by the command
                        RuntimeConfiguration.REBUILD_STALE_INDEXES + "=" + !commandArgs.get(0).equals("reindex"))
                .run(springArgs.toArray(String[]::new))) {
            CommandLine commandLine = new CommandLine(new CommandLineTools(),
                    new CommandLine.IFactory() {
                        @Override
                        public <K> K create(Class<K> type) throws Exception {
                            return type.getPackage() == CommandLineTools.class.getPackage()
                                    ? context.getAutowireCapableBeanFactory().createBean(type)
                                    : CommandLine.defaultFactory().create(type);
                        }
                    });
            commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
                System.err.println("Error: " + describe(e));
                return 1;
            });
            return commandLine.execute(commandArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            System.err.println("Error: " + describe(e));
            return 1;
        }
    }

    /** A command instance without its services, good for parsing arguments only. */
    private static <K> K unwired(Class<K> type) throws Exception {
        if (type.getPackage() != CommandLineTools.class.getPackage()) {
            return CommandLine.defaultFactory().create(type);
        }
        var constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(new Object[constructor.getParameterCount()]));
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof ImportFailure || cause instanceof RepositoryFailure
                || cause instanceof ContentValidationException || cause instanceof ContentNotFoundException)) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
