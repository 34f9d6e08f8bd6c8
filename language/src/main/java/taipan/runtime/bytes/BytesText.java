package taipan.runtime.bytes;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The ASCII text methods of {@code bytes}/{@code bytearray} ({@code Objects/bytes_methods.c}): case, classes, layout. */
public final class BytesText {

    private BytesText() {
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    /** Case mappings: 0 lower, 1 upper, 2 swapcase, 3 capitalize, 4 title. */
    @TruffleBoundary
    public static byte[] mapCase(byte[] a, int n, int kind) {
        byte[] r = new byte[n];
        boolean previousCased = false;
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xFF;
            boolean toUpper = switch (kind) {
                case 0 -> false;
                case 1 -> true;
                case 2 -> isLower(c);
                case 3 -> i == 0;
                default -> !previousCased;
            };
            previousCased = isAlpha(c);
            if (toUpper && isLower(c)) {
                c -= 32;
            } else if (!toUpper && isUpper(c)) {
                c += 32;
            }
            r[i] = (byte) c;
        }
        return r;
    }

    /** Predicates: "alnum", "alpha", "digit", "lower", "upper", "space", "title", "ascii". */
    @TruffleBoundary
    public static boolean is(byte[] a, int n, String kind) {
        if (kind.equals("ascii")) {
            for (int i = 0; i < n; i++) {
                if (a[i] < 0) {
                    return false;
                }
            }
            return true;
        } else if (kind.equals("lower") || kind.equals("upper")) {
            boolean cased = false;
            for (int i = 0; i < n; i++) {
                int c = a[i] & 0xFF;
                if (kind.equals("lower") ? isUpper(c) : isLower(c)) {
                    return false;
                }
                cased |= isAlpha(c);
            }
            return cased;
        } else if (kind.equals("title")) {
            return isTitle(a, n);
        }
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xFF;
            boolean ok = switch (kind) {
                case "alnum" -> isAlpha(c) || isDigit(c);
                case "alpha" -> isAlpha(c);
                case "digit" -> isDigit(c);
                default -> isSpace(c);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTitle(byte[] a, int n) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xFF;
            if (isUpper(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** strip/lstrip/rstrip: {@code chars} null strips ASCII whitespace; {@code which} 0 both, 1 left, 2 right. */
    @TruffleBoundary
    public static byte[] strip(byte[] a, int n, byte[] chars, int which) {
        int start = 0;
        int end = n;
        if (which != 2) {
            while (start < end && stripped(a[start] & 0xFF, chars)) {
                start++;
            }
        }
        if (which != 1) {
            while (end > start && stripped(a[end - 1] & 0xFF, chars)) {
                end--;
            }
        }
        return java.util.Arrays.copyOfRange(a, start, end);
    }

    private static boolean stripped(int c, byte[] chars) {
        if (chars == null) {
            return isSpace(c);
        }
        for (byte b : chars) {
            if ((b & 0xFF) == c) {
                return true;
            }
        }
        return false;
    }

    /** split/rsplit: {@code sep} null splits on runs of whitespace; {@code max} negative for no limit. */
    @TruffleBoundary
    public static List<byte[]> split(byte[] a, int n, byte[] sep, long max, boolean fromRight) {
        List<byte[]> parts = new ArrayList<>();
        long limit = max < 0 ? Long.MAX_VALUE : max;
        if (sep == null) {
            return fromRight ? rsplitWhitespace(a, n, limit) : splitWhitespace(a, n, limit);
        }
        if (!fromRight) {
            int i = 0;
            while (parts.size() < limit) {
                int j = BytesOps.find(a, n, sep, i, n);
                if (j < 0) {
                    break;
                }
                parts.add(java.util.Arrays.copyOfRange(a, i, j));
                i = j + sep.length;
            }
            parts.add(java.util.Arrays.copyOfRange(a, i, n));
            return parts;
        }
        int end = n;
        while (parts.size() < limit) {
            int j = BytesOps.rfind(a, n, sep, 0, end);
            if (j < 0) {
                break;
            }
            parts.add(0, java.util.Arrays.copyOfRange(a, j + sep.length, end));
            end = j;
        }
        parts.add(0, java.util.Arrays.copyOfRange(a, 0, end));
        return parts;
    }

    private static List<byte[]> splitWhitespace(byte[] a, int n, long limit) {
        List<byte[]> parts = new ArrayList<>();
        int i = 0;
        while (true) {
            while (i < n && isSpace(a[i] & 0xFF)) {
                i++;
            }
            if (i >= n) {
                return parts;
            }
            if (parts.size() >= limit) {
                parts.add(java.util.Arrays.copyOfRange(a, i, n));
                return parts;
            }
            int j = i;
            while (j < n && !isSpace(a[j] & 0xFF)) {
                j++;
            }
            parts.add(java.util.Arrays.copyOfRange(a, i, j));
            i = j;
        }
    }

    private static List<byte[]> rsplitWhitespace(byte[] a, int n, long limit) {
        List<byte[]> parts = new ArrayList<>();
        int end = n;
        while (true) {
            while (end > 0 && isSpace(a[end - 1] & 0xFF)) {
                end--;
            }
            if (end <= 0) {
                return parts;
            }
            if (parts.size() >= limit) {
                parts.add(0, java.util.Arrays.copyOfRange(a, 0, end));
                return parts;
            }
            int j = end;
            while (j > 0 && !isSpace(a[j - 1] & 0xFF)) {
                j--;
            }
            parts.add(0, java.util.Arrays.copyOfRange(a, j, end));
            end = j;
        }
    }

    /** splitlines: \n, \r and \r\n only. */
    @TruffleBoundary
    public static List<byte[]> splitlines(byte[] a, int n, boolean keepends) {
        List<byte[]> parts = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && a[j] != '\n' && a[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += a[j] == '\r' && j + 1 < n && a[j + 1] == '\n' ? 2 : 1;
            }
            parts.add(java.util.Arrays.copyOfRange(a, i, keepends ? j : eol));
            i = j;
        }
        return parts;
    }

    /** center/ljust/rjust: {@code where} 0 center, 1 ljust, 2 rjust. */
    @TruffleBoundary
    public static byte[] pad(byte[] a, int n, long width, int fill, int where) {
        if (width <= n) {
            return java.util.Arrays.copyOf(a, n);
        }
        int total = (int) width - n;
        int left = switch (where) {
            case 1 -> 0;
            case 2 -> total;
            default -> total / 2 + (total & (int) width & 1);
        };
        byte[] r = new byte[(int) width];
        java.util.Arrays.fill(r, (byte) fill);
        System.arraycopy(a, 0, r, left, n);
        return r;
    }

    @TruffleBoundary
    public static byte[] zfill(byte[] a, int n, long width) {
        if (width <= n) {
            return java.util.Arrays.copyOf(a, n);
        }
        byte[] r = pad(a, n, width, '0', 2);
        int fillCount = (int) width - n;
        if (n > 0 && (a[0] == '+' || a[0] == '-')) {
            r[0] = a[0];
            r[fillCount] = '0';
        }
        return r;
    }

    @TruffleBoundary
    public static byte[] expandtabs(byte[] a, int n, long tabsize) {
        ByteBuilder out = new ByteBuilder(n);
        long column = 0;
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xFF;
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    for (long k = 0; k < spaces; k++) {
                        out.add(' ');
                    }
                    column += spaces;
                }
            } else {
                out.add(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toArray();
    }
}
