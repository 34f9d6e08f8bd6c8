package taipan.runtime.collections;

import java.util.Arrays;

/**
 * The items of a {@code deque}: a growable circular array (CPython uses linked blocks; a ring gives the same
 * O(1) ends and O(1) indexing). Not synchronised: {@link PDeque} locks around it once the program has threads.
 * Every structural change bumps {@link #state}, which iterators check ("deque mutated during iteration").
 */
final class DequeBuffer {

    private Object[] items = new Object[8];
    private int head;
    private int size;
    private long state;

    int size() {
        return size;
    }

    long state() {
        return state;
    }

    private int slot(int index) {
        int i = head + index;
        return i >= items.length ? i - items.length : i;
    }

    Object get(int index) {
        return items[slot(index)];
    }

    void set(int index, Object value) {
        items[slot(index)] = value;
    }

    private void grow() {
        if (size == items.length) {
            Object[] bigger = new Object[items.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = get(i);
            }
            items = bigger;
            head = 0;
        }
    }

    void addLast(Object value) {
        grow();
        items[slot(size)] = value;
        size++;
        state++;
    }

    void addFirst(Object value) {
        grow();
        head = head == 0 ? items.length - 1 : head - 1;
        items[head] = value;
        size++;
        state++;
    }

    Object removeLast() {
        int s = slot(size - 1);
        Object value = items[s];
        items[s] = null;
        size--;
        state++;
        return value;
    }

    Object removeFirst() {
        Object value = items[head];
        items[head] = null;
        head = slot(1);
        size--;
        state++;
        if (size == 0) {
            head = 0;
        }
        return value;
    }

    /** Removes the item at {@code index}, shifting the shorter side. */
    Object remove(int index) {
        Object value = get(index);
        if (index < size / 2) {
            for (int i = index; i > 0; i--) {
                set(i, get(i - 1));
            }
            removeFirst();
        } else {
            for (int i = index; i < size - 1; i++) {
                set(i, get(i + 1));
            }
            removeLast();
        }
        return value;
    }

    void insert(int index, Object value) {
        addLast(value);
        for (int i = size - 1; i > index; i--) {
            set(i, get(i - 1));
        }
        set(index, value);
    }

    void clear() {
        Arrays.fill(items, null);
        head = 0;
        size = 0;
        state++;
    }

    /** Rotates right by {@code n} (left when negative), as {@code deque.rotate}. */
    void rotate(long n) {
        if (size <= 1) {
            return;
        }
        int k = (int) Math.floorMod(n, (long) size);
        if (k == 0) {
            return;
        }
        Object[] copy = toArray();
        for (int i = 0; i < size; i++) {
            set((i + k) % size, copy[i]);
        }
        state++;
    }

    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object swap = get(i);
            set(i, get(j));
            set(j, swap);
        }
        state++;
    }

    Object[] toArray() {
        Object[] result = new Object[size];
        for (int i = 0; i < size; i++) {
            result[i] = get(i);
        }
        return result;
    }
}
