package dev.herald.authoring;

import java.util.Arrays;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The application's entry point. {@code validate ...} runs {@link ValidateCommand} as plain Java and exits with its
 * status, without starting Quarkus (no HTTP port, no startup log); anything else starts the service exactly as Quarkus
 * would. Public because Quarkus launches it.
 */
@QuarkusMain
public final class HeraldMain {

    HeraldMain() {
    }

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(ValidateCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        Quarkus.run(args);
    }
}
