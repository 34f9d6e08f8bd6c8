package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/**
 * One of {@code tee}'s iterators: a cursor into a linked buffer shared by its siblings. The first sibling to need
 * an item reads it from the shared source and links it; items no cursor can reach any more are collected.
 */
public final class PTee extends PItertoolsIterator {

    /** One buffered item; {@code next} is null until some sibling has read past it. */
    public static final class Link {
        private final Object value;
        private Link next;

        Link(Object value) {
            this.value = value;
        }

        public Object getValue() {
            return value;
        }

        public Link getNext() {
            return next;
        }

        public Link append(Object item) {
            next = new Link(item);
            return next;
        }
    }

    /** The source shared by the siblings. */
    public static final class Source {
        private final Object iterator;

        public Source(Object iterator) {
            this.iterator = iterator;
        }

        public Object getIterator() {
            return iterator;
        }
    }

    private final Source source;
    /** The last item this cursor returned (a sentinel link before the first). */
    private Link position;

    public PTee(Source source, Link position) {
        this.source = source;
        this.position = position;
    }

    public static Link start() {
        return new Link(null);
    }

    public Source getSource() {
        return source;
    }

    public Link getPosition() {
        return position;
    }

    public void setPosition(Link position) {
        this.position = position;
    }

    /** {@code __copy__}: a sibling at the same position. */
    public PTee copy() {
        return new PTee(source, position);
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_TEE;
    }
}
