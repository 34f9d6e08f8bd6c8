package taipan.launcher;

import java.io.File;
import java.io.IOException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/** Entry point of {@code bin/taipan}: runs a script file or {@code -c} code. */
public final class TaipanMain {

    private TaipanMain() {
    }

    public static void main(String[] arguments) throws IOException {
        // Polyglot options (--engine.TraceCompilation=true, --python.X=Y) come first and go to the context as is.
        java.util.Map<String, String> options = new java.util.HashMap<>();
        int first = 0;
        while (first < arguments.length && arguments[first].startsWith("--") && arguments[first].contains(".")) {
            String option = arguments[first++].substring(2);
            int eq = option.indexOf('=');
            options.put(eq < 0 ? option : option.substring(0, eq), eq < 0 ? "true" : option.substring(eq + 1));
        }
        String[] args = java.util.Arrays.copyOfRange(arguments, first, arguments.length);
        if (args.length == 0) {
            System.err.println("usage: taipan [-c cmd | file] [arg] ...");
            System.exit(2);
        }
        Source source = args[0].equals("-c")
                        ? Source.newBuilder("python", args[1], "<string>").build()
                        : Source.newBuilder("python", new File(args[0])).build();
        try (Context context = Context.newBuilder("python").allowAllAccess(true)
                        .allowExperimentalOptions(true).options(options).arguments("python", args).build()) {
            context.eval(source);
        } catch (PolyglotException e) {
            if (e.isExit()) {
                System.exit(e.getExitStatus());
            }
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
