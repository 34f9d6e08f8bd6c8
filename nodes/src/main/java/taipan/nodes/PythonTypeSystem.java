package taipan.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;
import com.oracle.truffle.api.strings.TruffleString;

/** The Java types the DSL may check for directly; no implicit casts, so {@code bool} never passes as {@code int}. */
@TypeSystem({boolean.class, long.class, double.class, TruffleString.class})
public abstract class PythonTypeSystem {
}
