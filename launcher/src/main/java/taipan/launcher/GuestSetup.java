package taipan.launcher;

import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * The command line's effects inside the guest before the program runs, through the polyglot API:
 * {@code sys.warnoptions} ({@code -W}, {@code PYTHONWARNINGS}), {@code sys._xoptions} ({@code -X}) and the
 * {@code int_max_str_digits} limit.
 */
final class GuestSetup {

    private GuestSetup() {
    }

    static void apply(Context context, LaunchRequest.Settings settings) {
        if (settings.warnOptions().isEmpty() && settings.xOptions().isEmpty()) {
            return;
        }
        Value sys = context.getBindings("python").getMember("__builtins__").getMember("__import__").execute("sys");
        Value warnOptions = sys.getMember("warnoptions");
        for (String option : settings.warnOptions()) {
            warnOptions.invokeMember("append", option);
        }
        Value xOptions = sys.getMember("_xoptions");
        for (Map.Entry<String, String> option : settings.xOptions().entrySet()) {
            // CPython keeps a bare -X name as True, a name=value as the value's text
            Object value = option.getValue().equals("true") ? Boolean.TRUE : option.getValue();
            if (xOptions != null && xOptions.hasHashEntries()) {
                xOptions.putHashEntry(option.getKey(), value);
            }
        }
        String digits = settings.xOptions().get("int_max_str_digits");
        if (digits != null && sys.hasMember("set_int_max_str_digits")) {
            sys.invokeMember("set_int_max_str_digits", Integer.parseInt(digits));
        }
    }
}
