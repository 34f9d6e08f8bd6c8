package taipan.runtime.str;

import java.util.ArrayList;
import java.util.List;

/** Test cases for the CPython oracle: an operation name and its arguments, kept in order. */
final class OracleCases {

    /** One case: {@code op} applied to {@code args} (String = str, Long = int, null = None, Tuple, Bytes). */
    record Case(String op, Object[] args) {
        String describe() {
            StringBuilder sb = new StringBuilder(op).append('(');
            for (int i = 0; i < args.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(OracleCodec.pythonLiteral(args[i]));
            }
            return sb.append(')').toString();
        }
    }

    /** A Python tuple argument. */
    record Tuple(Object... items) {
    }

    /** A str given by code points, for lone surrogates that a Java string would pair. */
    record CodePoints(int... cps) {
    }

    /** A Python dict argument: keys and values alternate. */
    record Dict(Object... keysAndValues) {
    }

    final List<Case> cases = new ArrayList<>();

    OracleCases add(String op, Object... args) {
        Object[] copy = args.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof Integer n) {
                copy[i] = (long) n;
            }
        }
        cases.add(new Case(op, copy));
        return this;
    }

    /** Adds {@code op} applied to every receiver with the same extra arguments. */
    OracleCases forEach(String op, Object[] receivers, Object... args) {
        for (Object r : receivers) {
            Object[] all = new Object[args.length + 1];
            all[0] = r;
            System.arraycopy(args, 0, all, 1, args.length);
            add(op, all);
        }
        return this;
    }
}
