package taipan.runtime.bytes;

/** {@code iter(bytes)}/{@code iter(bytearray)}: yields ints; a bytearray's length is read at every step. */
public final class PBytesIterator {

    private final PBytesLike sequence;
    private int index;

    public PBytesIterator(PBytesLike sequence) {
        this.sequence = sequence;
    }

    public boolean isByteArray() {
        return sequence instanceof PByteArray;
    }

    /** The next item, or -1 when exhausted. Not atomic across threads for a shared iterator (yet). */
    public int next() {
        int n = sequence.length();
        byte[] a = sequence.array();
        int i = index;
        if (i >= n || i >= a.length) {
            return -1;
        }
        index = i + 1;
        return a[i] & 0xFF;
    }
}
