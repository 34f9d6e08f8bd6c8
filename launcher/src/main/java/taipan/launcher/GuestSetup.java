package taipan.launcher;

import java.io.File;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

/**
 * The command line's effects inside the guest before the program runs: {@code sys.warnoptions} ({@code -W},
 * {@code PYTHONWARNINGS}), {@code sys._xoptions} ({@code -X}) and the {@code int_max_str_digits} limit, set by
 * evaluating one internal statement. The first source a context runs claims {@code __main__} and, by its path,
 * {@code sys.path[0]} and {@code __file__}: for a script the statement is given the script's path so those stay right.
 */
final class GuestSetup {

    private GuestSetup() {
    }

    static void apply(Context context, LaunchRequest.Settings settings, File script) {
        if (settings.warnOptions().isEmpty() && settings.xOptions().isEmpty()) {
            return;
        }
        StringBuilder code = new StringBuilder("__import__('sys').warnoptions.extend([");
        for (String option : settings.warnOptions()) {
            code.append(GuestRepl.literal(option)).append(", ");
        }
        // sys._xoptions may not exist yet: made here, as a lambda's argument so that no name lands in __main__
        code.append("]); (lambda s: (setattr(s, '_xoptions', getattr(s, '_xoptions', {})), s._xoptions.update({");
        for (Map.Entry<String, String> option : settings.xOptions().entrySet()) {
            // CPython keeps a bare -X name as True, a name=value as the value's text
            String value = option.getValue().equals("true") ? "True" : GuestRepl.literal(option.getValue());
            code.append(GuestRepl.literal(option.getKey())).append(": ").append(value).append(", ");
        }
        code.append("})))(__import__('sys'))");
        String digits = settings.xOptions().get("int_max_str_digits");
        if (digits != null) {
            code.append("; __import__('sys').set_int_max_str_digits(").append(Integer.parseInt(digits)).append(")");
        }
        Source.Builder source = script != null ? Source.newBuilder("python", script).content(code.toString())
                        : Source.newBuilder("python", code.toString(), "<taipan-setup>");
        try {
            context.eval(source.internal(true).build());
        } catch (java.io.IOException unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }
}
