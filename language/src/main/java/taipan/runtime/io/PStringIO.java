package taipan.runtime.io;

import java.util.Arrays;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * {@code _io.StringIO} (CPython's {@code Modules/_io/stringio.c}): an in-memory text buffer of code points with a
 * position, newline translation on write and the line terminator its {@code newline} argument selects.
 */
public final class PStringIO extends PythonObject {

    private int[] chars = new int[16];
    private int length;
    private int position;
    private boolean closed;
    /** The {@code newline} argument: null for None (universal, written as "\n"), else "", "\n", "\r" or "\r\n". */
    private String newline = "\n";

    public PStringIO(Shape shape) {
        super(shape);
    }

    public synchronized void reset(String newlineArg) {
        this.newline = newlineArg;
        this.length = 0;
        this.position = 0;
        this.closed = false;
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        closed = true;
    }

    public String getNewline() {
        return newline;
    }

    public int getPosition() {
        return position;
    }

    public int getLength() {
        return length;
    }

    public synchronized void setPosition(int position) {
        this.position = position;
    }

    /** Writes text at the position (padding with NULs past the end), translating newlines as CPython does. */
    public synchronized int write(String text) {
        String s = translate(text);
        int[] cps = s.codePoints().toArray();
        int end = position + cps.length;
        if (end > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(end, chars.length * 2));
        }
        if (position > length) {
            Arrays.fill(chars, length, position, 0);
        }
        System.arraycopy(cps, 0, chars, position, cps.length);
        position = end;
        length = Math.max(length, end);
        return text.codePointCount(0, text.length());
    }

    private String translate(String text) {
        if (newline == null) {
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } else if (newline.equals("\r") || newline.equals("\r\n")) {
            return text.replace("\n", newline);
        }
        return text;
    }

    /** Reads up to {@code size} code points (all when negative) from the position. */
    public synchronized String read(long size) {
        int available = Math.max(0, length - position);
        int n = size < 0 || size > available ? available : (int) size;
        String result = new String(chars, Math.min(position, length), n);
        position += n;
        return result;
    }

    /** Reads one line (at most {@code limit} code points when non-negative), ending with its terminator. */
    public synchronized String readline(long limit) {
        int start = Math.min(position, length);
        int stop = limit < 0 ? length : (int) Math.min(length, start + limit);
        int end = lineEnd(start, stop);
        position = end;
        return new String(chars, start, end - start);
    }

    private int lineEnd(int start, int stop) {
        for (int i = start; i < stop; i++) {
            int c = chars[i];
            if (newline != null && newline.isEmpty()) {
                if (c == '\r') {
                    return i + 1 < stop && chars[i + 1] == '\n' ? i + 2 : i + 1;
                } else if (c == '\n') {
                    return i + 1;
                }
            } else if (newline == null || newline.equals("\n")) {
                if (c == '\n') {
                    return i + 1;
                }
            } else if (newline.equals("\r")) {
                if (c == '\r') {
                    return i + 1;
                }
            } else if (c == '\r' && i + 1 < stop && chars[i + 1] == '\n') {
                return i + 2;
            }
        }
        return stop;
    }

    /** {@code __setstate__}: the value as it was (already translated), the newline mode and the position. */
    public synchronized void restore(String value, String newlineArg, int pos) {
        reset(newlineArg);
        int[] cps = value.codePoints().toArray();
        chars = Arrays.copyOf(cps, Math.max(16, cps.length));
        length = cps.length;
        position = pos;
    }

    public synchronized String getValue() {
        return new String(chars, 0, length);
    }

    /** Cuts the buffer to {@code size} code points; the position is unchanged. */
    public synchronized void truncate(int size) {
        if (size < length) {
            length = size;
        }
    }
}
