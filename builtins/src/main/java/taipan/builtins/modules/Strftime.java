package taipan.builtins.modules;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.object.PTuple;

/** {@code time.strftime} directives in the C locale, as glibc formats them. */
final class Strftime {

    private Strftime() {
    }

    @TruffleBoundary
    static String format(String format, LocalDateTime t, PTuple fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                sb.append(c);
                continue;
            }
            char d = format.charAt(++i);
            sb.append(directive(d, t, fields));
        }
        return sb.toString();
    }

    private static String directive(char d, LocalDateTime t, PTuple fields) {
        return switch (d) {
            case 'Y' -> Integer.toString(t.getYear());
            case 'y' -> two(t.getYear() % 100);
            case 'm' -> two(t.getMonthValue());
            case 'd' -> two(t.getDayOfMonth());
            case 'e' -> String.format(Locale.ROOT, "%2d", t.getDayOfMonth());
            case 'H' -> two(t.getHour());
            case 'I' -> two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
            case 'M' -> two(t.getMinute());
            case 'S' -> two(t.getSecond());
            case 'p' -> t.getHour() < 12 ? "AM" : "PM";
            case 'j' -> String.format(Locale.ROOT, "%03d", t.getDayOfYear());
            case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
            case 'A' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
            case 'b', 'h' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
            case 'B' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
            case 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
            case 'u' -> Integer.toString(t.getDayOfWeek().getValue());
            case 'V' -> two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'G' -> Integer.toString(t.get(IsoFields.WEEK_BASED_YEAR));
            case 'D' -> directive('m', t, fields) + "/" + directive('d', t, fields) + "/" + directive('y', t, fields);
            case 'F' -> directive('Y', t, fields) + "-" + directive('m', t, fields) + "-" + directive('d', t, fields);
            case 'T' -> directive('H', t, fields) + ":" + directive('M', t, fields) + ":" + directive('S', t, fields);
            case 'R' -> directive('H', t, fields) + ":" + directive('M', t, fields);
            case 'c' -> directive('a', t, fields) + " " + directive('b', t, fields) + " " + directive('e', t, fields) + " "
                            + directive('T', t, fields) + " " + directive('Y', t, fields);
            case 'x' -> directive('D', t, fields);
            case 'X' -> directive('T', t, fields);
            case 'Z' -> "UTC";
            case 'z' -> "+0000";
            case 'n' -> "\n";
            case 't' -> "\t";
            case '%' -> "%";
            default -> "%" + d;
        };
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
