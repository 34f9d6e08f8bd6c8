package taipan.runtime.struct;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.format.FormatError;

/**
 * A parsed {@code struct} format (CPython's {@code prepare_s} in {@code Modules/_struct.c}): the byte order and the
 * items with their offsets, for x86-64 Linux's native sizes and alignment. Malformed formats are
 * {@link FormatError}s of type {@link #ERROR} ({@code struct.error}).
 */
public final class StructFormat {

    /** The Python type name of {@code struct.error}, as FormatErrors carry it. */
    public static final String ERROR = "struct.error";

    /** One format code with its repeat count ({@code s}/{@code p}: the byte length) and where it starts. */
    public record Item(char code, int count, int offset, int size) {
    }

    private final String format;
    private final boolean littleEndian;
    private final boolean nativeSizes;
    private final List<Item> items;
    private final int size;
    /** How many values pack takes and unpack returns. */
    private final int valueCount;

    private StructFormat(String format, boolean littleEndian, boolean nativeSizes, List<Item> items, int size, int valueCount) {
        this.format = format;
        this.littleEndian = littleEndian;
        this.nativeSizes = nativeSizes;
        this.items = items;
        this.size = size;
        this.valueCount = valueCount;
    }

    public String getFormat() {
        return format;
    }

    public boolean isLittleEndian() {
        return littleEndian;
    }

    public boolean isNative() {
        return nativeSizes;
    }

    public List<Item> getItems() {
        return items;
    }

    public int getSize() {
        return size;
    }

    public int getValueCount() {
        return valueCount;
    }

    /** The size of one value of {@code code}, or -1 for a bad code in this mode. */
    static int itemSize(char code, boolean nativeSizes) {
        return switch (code) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeSizes ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> nativeSizes ? 8 : -1;
            default -> -1;
        };
    }

    @TruffleBoundary
    public static StructFormat parse(String format) {
        int i = 0;
        char order = format.isEmpty() ? '@' : format.charAt(0);
        if ("@=<>!".indexOf(order) >= 0) {
            i = 1;
        } else {
            order = '@';
        }
        boolean nativeSizes = order == '@';
        boolean little = order == '@' || order == '=' || order == '<';
        List<Item> items = new ArrayList<>();
        long offset = 0;
        int values = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < format.length() && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                    count = count * 10 + (format.charAt(i++) - '0');
                    if (count > Integer.MAX_VALUE) {
                        throw new FormatError(ERROR, "total struct size too long");
                    }
                }
                if (i >= format.length()) {
                    throw new FormatError(ERROR, "repeat count given without format specifier");
                }
                c = format.charAt(i);
            }
            i++;
            int itemSize = itemSize(c, nativeSizes);
            if (itemSize < 0) {
                throw new FormatError(ERROR, "bad char in struct format");
            }
            if (nativeSizes && itemSize > 1 && c != 's' && c != 'p') {
                offset = (offset + itemSize - 1) / itemSize * itemSize;
            }
            int span = (int) (c == 's' || c == 'p' ? count : count * itemSize);
            items.add(new Item(c, (int) count, (int) offset, itemSize));
            offset += (long) span;
            if (offset > Integer.MAX_VALUE) {
                throw new FormatError(ERROR, "total struct size too long");
            }
            values += c == 'x' ? 0 : (c == 's' || c == 'p' ? 1 : (int) count);
        }
        return new StructFormat(format, little, nativeSizes, items, (int) offset, values);
    }
}
