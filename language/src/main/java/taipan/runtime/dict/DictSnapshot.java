package taipan.runtime.dict;

/** Copies of a table's live entries in insertion order. */
final class DictSnapshot {
    private DictSnapshot() {
    }

    /** {keys, values, hashes (boxed)} of the live entries of {@code t}. */
    static Object[][] of(HashTable t) {
        Object[] keys = new Object[t.count];
        Object[] values = new Object[t.count];
        Object[] hashes = new Object[t.count];
        int j = 0;
        for (int i = 0; i < t.used && j < keys.length; i++) {
            if (t.keys[i] != null) {
                keys[j] = t.keys[i];
                values[j] = t.values[i];
                hashes[j] = t.hashes[i];
                j++;
            }
        }
        return new Object[][]{keys, values, hashes};
    }
}
