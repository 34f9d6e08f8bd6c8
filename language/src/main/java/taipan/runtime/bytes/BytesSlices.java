package taipan.runtime.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.list.ContainerError;
import taipan.runtime.list.SliceRange;
import taipan.runtime.object.PSlice;

/** Slicing of {@code bytes}/{@code bytearray}: {@code b[i:j:k]}, and a bytearray's slice assignment and deletion. */
public final class BytesSlices {

    private BytesSlices() {
    }

    /** {@code self[slice]}, of self's type. ValueError (a ContainerError) for a zero step. */
    @TruffleBoundary
    public static PBytesLike get(PBytesLike self, PSlice slice) {
        byte[] a = self.toByteArray();
        SliceRange r = slice.resolve(a.length);
        if (r.step() == 1 && self instanceof PBytes && r.length() == a.length) {
            return self;
        }
        byte[] result = new byte[r.length()];
        for (int k = 0; k < result.length; k++) {
            result[k] = a[r.at(k)];
        }
        return BytesOps.wrap(self, result);
    }

    /** {@code self[slice] = values}: a contiguous slice may change the length, an extended one must match it. */
    @TruffleBoundary
    public static void set(PByteArray self, PSlice slice, byte[] values) {
        synchronized (self) {
            SliceRange r = slice.resolve(self.length());
            if (r.step() == 1) {
                self.replace(r.start(), Math.max(r.start(), r.stop()), values);
                return;
            }
            if (values.length != r.length()) {
                throw ContainerError.valueError("attempt to assign bytes of size " + values.length
                                + " to extended slice of size " + r.length());
            }
            for (int k = 0; k < values.length; k++) {
                self.set(r.at(k), values[k] & 0xFF);
            }
        }
    }

    /** {@code del self[slice]}. */
    @TruffleBoundary
    public static void delete(PByteArray self, PSlice slice) {
        synchronized (self) {
            SliceRange r = slice.resolve(self.length());
            if (r.step() == 1) {
                self.replace(r.start(), Math.max(r.start(), r.stop()), new byte[0]);
                return;
            }
            byte[] a = self.toByteArray();
            boolean[] gone = new boolean[a.length];
            for (int k = 0; k < r.length(); k++) {
                gone[r.at(k)] = true;
            }
            ByteBuilder out = new ByteBuilder(a.length);
            for (int i = 0; i < a.length; i++) {
                if (!gone[i]) {
                    out.add(a[i]);
                }
            }
            self.setContents(out.toArray());
        }
    }
}
