package taipan.runtime.interop;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.utilities.TriState;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.type.PythonClass;

/**
 * A Python value as other languages see it: numbers (ints beyond long), arrays (list, tuple), hashes (dict),
 * iterables and iterators, executables (functions, methods, builtins, any callable), instantiables (classes),
 * members (attributes), buffers (bytes, bytearray) and meta-objects (classes). Made only by
 * {@link InteropBoundary#toInterop}; each group of messages is answered by its own helper class, through Python's own
 * protocols, so user classes' {@code __getitem__}, {@code __len__} and {@code __getattr__} take part.
 */
@ExportLibrary(InteropLibrary.class)
public final class PythonValue implements TruffleObject {

    private final Object value;

    PythonValue(Object value) {
        this.value = value;
    }

    /** The Python value itself. */
    public Object getValue() {
        return value;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return TaipanLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return PyOps.repr(value);
    }

    @ExportMessage
    TriState isIdenticalOrUndefined(Object other) {
        return other instanceof PythonValue w ? TriState.valueOf(w.value == value) : TriState.UNDEFINED;
    }

    @ExportMessage
    @TruffleBoundary
    int identityHashCode() {
        return System.identityHashCode(value);
    }

    // ---- numbers: the only Python number that needs a wrapper is an int beyond long

    @ExportMessage
    boolean isNumber() {
        return value instanceof BigInteger;
    }

    @ExportMessage
    boolean fitsInByte() {
        return false;
    }

    @ExportMessage
    boolean fitsInShort() {
        return false;
    }

    @ExportMessage
    boolean fitsInInt() {
        return false;
    }

    @ExportMessage
    boolean fitsInLong() {
        return false;
    }

    @ExportMessage
    boolean fitsInFloat() {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInDouble() {
        return value instanceof BigInteger b && exactDouble(b);
    }

    private static boolean exactDouble(BigInteger b) {
        double d = b.doubleValue();
        return !Double.isInfinite(d) && new java.math.BigDecimal(d).toBigInteger().equals(b);
    }

    @ExportMessage
    boolean fitsInBigInteger() {
        return value instanceof BigInteger;
    }

    @ExportMessage
    byte asByte() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    short asShort() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    int asInt() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    long asLong() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    float asFloat() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    double asDouble() throws UnsupportedMessageException {
        if (value instanceof BigInteger b && exactDouble(b)) {
            return b.doubleValue();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    BigInteger asBigInteger() throws UnsupportedMessageException {
        if (value instanceof BigInteger b) {
            return b;
        }
        throw UnsupportedMessageException.create();
    }

    // ---- calls

    @ExportMessage
    @TruffleBoundary
    boolean isExecutable() {
        return (Boolean) PyOps.builtin("callable", value);
    }

    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] arguments) throws UnsupportedMessageException {
        if (!isExecutable()) {
            throw UnsupportedMessageException.create();
        }
        return InteropBoundary.toInterop(UncachedCalls.call(value, InteropBoundary.toPython(arguments)));
    }

    @ExportMessage
    boolean isInstantiable() {
        return value instanceof PythonClass;
    }

    @ExportMessage
    @TruffleBoundary
    Object instantiate(Object[] arguments) throws UnsupportedMessageException {
        if (!(value instanceof PythonClass)) {
            throw UnsupportedMessageException.create();
        }
        return InteropBoundary.toInterop(UncachedCalls.call(value, InteropBoundary.toPython(arguments)));
    }

    // ---- meta-objects: a value's meta-object is its class

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaObject() {
        return InteropBoundary.toInterop(PyOps.builtin("type", value));
    }

    @ExportMessage
    boolean isMetaObject() {
        return value instanceof PythonClass;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaQualifiedName() throws UnsupportedMessageException {
        return InteropMeta.qualifiedName(value);
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaSimpleName() throws UnsupportedMessageException {
        return InteropMeta.simpleName(value);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMetaInstance(Object instance) throws UnsupportedMessageException {
        return InteropMeta.isInstance(value, instance);
    }

    // ---- members: attributes

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return InteropMembers.names(value, includeInternal);
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return InteropMembers.exists(value, member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return InteropMembers.read(value, member);
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return InteropMembers.isWritable(value) && InteropMembers.exists(value, member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return InteropMembers.isWritable(value) && !InteropMembers.exists(value, member);
    }

    @ExportMessage
    void writeMember(String member, Object newValue) throws UnsupportedMessageException {
        InteropMembers.write(value, member, newValue);
    }

    @ExportMessage
    boolean isMemberRemovable(String member) {
        return InteropMembers.isWritable(value) && InteropMembers.exists(value, member);
    }

    @ExportMessage
    void removeMember(String member) throws UnknownIdentifierException {
        InteropMembers.remove(value, member);
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return InteropMembers.isInvocable(value, member);
    }

    @ExportMessage
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException {
        return InteropMembers.invoke(value, member, arguments);
    }

    // ---- arrays: list (modifiable) and tuple (read-only)

    @ExportMessage
    boolean hasArrayElements() {
        return InteropSequences.isSequence(value);
    }

    @ExportMessage
    long getArraySize() throws UnsupportedMessageException {
        return InteropSequences.size(value);
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return InteropSequences.isReadable(value, index);
    }

    @ExportMessage
    Object readArrayElement(long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        return InteropSequences.read(value, index);
    }

    @ExportMessage
    boolean isArrayElementModifiable(long index) {
        return InteropSequences.isList(value) && InteropSequences.isReadable(value, index);
    }

    @ExportMessage
    boolean isArrayElementInsertable(long index) {
        return InteropSequences.isList(value) && index == InteropSequences.sizeOrZero(value);
    }

    @ExportMessage
    boolean isArrayElementRemovable(long index) {
        return InteropSequences.isList(value) && InteropSequences.isReadable(value, index);
    }

    @ExportMessage
    void writeArrayElement(long index, Object element) throws UnsupportedMessageException, InvalidArrayIndexException {
        InteropSequences.write(value, index, element);
    }

    @ExportMessage
    void removeArrayElement(long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        InteropSequences.remove(value, index);
    }

    // ---- hashes: dict

    @ExportMessage
    boolean hasHashEntries() {
        return InteropHashes.isDict(value);
    }

    @ExportMessage
    long getHashSize() throws UnsupportedMessageException {
        return InteropHashes.size(value);
    }

    @ExportMessage
    boolean isHashEntryReadable(Object key) {
        return InteropHashes.contains(value, key);
    }

    @ExportMessage
    boolean isHashEntryModifiable(Object key) {
        return InteropHashes.contains(value, key);
    }

    @ExportMessage
    boolean isHashEntryInsertable(Object key) {
        return InteropHashes.isDict(value) && !InteropHashes.contains(value, key);
    }

    @ExportMessage
    boolean isHashEntryRemovable(Object key) {
        return InteropHashes.contains(value, key);
    }

    @ExportMessage
    Object readHashValue(Object key) throws UnsupportedMessageException, UnknownKeyException {
        return InteropHashes.read(value, key);
    }

    @ExportMessage
    void writeHashEntry(Object key, Object newValue) throws UnsupportedMessageException {
        InteropHashes.write(value, key, newValue);
    }

    @ExportMessage
    void removeHashEntry(Object key) throws UnsupportedMessageException, UnknownKeyException {
        InteropHashes.remove(value, key);
    }

    @ExportMessage
    Object getHashEntriesIterator() throws UnsupportedMessageException {
        return InteropHashes.entries(value);
    }

    // ---- iterables and iterators

    @ExportMessage
    boolean hasIterator() {
        return InteropIterators.isIterable(value);
    }

    @ExportMessage
    Object getIterator() throws UnsupportedMessageException {
        return InteropIterators.iterator(value);
    }

    @ExportMessage
    boolean isIterator() {
        return InteropIterators.isIterator(value);
    }

    @ExportMessage
    boolean hasIteratorNextElement() throws UnsupportedMessageException {
        return InteropIterators.hasNext(value);
    }

    @ExportMessage
    Object getIteratorNextElement() throws UnsupportedMessageException, com.oracle.truffle.api.interop.StopIterationException {
        return InteropIterators.next(value);
    }

    // ---- buffers: bytes (read-only) and bytearray

    @ExportMessage
    boolean hasBufferElements() {
        return InteropBuffers.isBuffer(value);
    }

    @ExportMessage
    boolean isBufferWritable() {
        return InteropBuffers.isWritable(value);
    }

    @ExportMessage
    long getBufferSize() throws UnsupportedMessageException {
        return InteropBuffers.bytes(value).length();
    }

    @ExportMessage
    byte readBufferByte(long offset) throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        return InteropBuffers.read(value, offset, 1).get();
    }

    @ExportMessage
    void readBuffer(long offset, byte[] destination, int destinationOffset, int length)
                    throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        InteropBuffers.read(value, offset, length).get(destination, destinationOffset, length);
    }

    @ExportMessage
    short readBufferShort(java.nio.ByteOrder order, long offset) throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        return InteropBuffers.read(value, offset, 2).order(order).getShort();
    }

    @ExportMessage
    int readBufferInt(java.nio.ByteOrder order, long offset) throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        return InteropBuffers.read(value, offset, 4).order(order).getInt();
    }

    @ExportMessage
    long readBufferLong(java.nio.ByteOrder order, long offset) throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        return InteropBuffers.read(value, offset, 8).order(order).getLong();
    }

    @ExportMessage
    float readBufferFloat(java.nio.ByteOrder order, long offset) throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        return InteropBuffers.read(value, offset, 4).order(order).getFloat();
    }

    @ExportMessage
    double readBufferDouble(java.nio.ByteOrder order, long offset) throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        return InteropBuffers.read(value, offset, 8).order(order).getDouble();
    }

    @ExportMessage
    void writeBufferByte(long offset, byte b) throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        InteropBuffers.write(value, offset, new byte[]{b});
    }

    @ExportMessage
    void writeBufferShort(java.nio.ByteOrder order, long offset, short v) throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        InteropBuffers.write(value, offset, java.nio.ByteBuffer.allocate(2).order(order).putShort(v).array());
    }

    @ExportMessage
    void writeBufferInt(java.nio.ByteOrder order, long offset, int v) throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        InteropBuffers.write(value, offset, java.nio.ByteBuffer.allocate(4).order(order).putInt(v).array());
    }

    @ExportMessage
    void writeBufferLong(java.nio.ByteOrder order, long offset, long v) throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        InteropBuffers.write(value, offset, java.nio.ByteBuffer.allocate(8).order(order).putLong(v).array());
    }

    @ExportMessage
    void writeBufferFloat(java.nio.ByteOrder order, long offset, float v) throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        InteropBuffers.write(value, offset, java.nio.ByteBuffer.allocate(4).order(order).putFloat(v).array());
    }

    @ExportMessage
    void writeBufferDouble(java.nio.ByteOrder order, long offset, double v) throws UnsupportedMessageException, com.oracle.truffle.api.interop.InvalidBufferOffsetException {
        InteropBuffers.write(value, offset, java.nio.ByteBuffer.allocate(8).order(order).putDouble(v).array());
    }

    @Override
    public String toString() {
        return "PythonValue[" + value.getClass().getSimpleName() + "]";
    }
}
