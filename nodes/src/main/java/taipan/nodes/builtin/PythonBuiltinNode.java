package taipan.nodes.builtin;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.PythonTypeSystem;

/**
 * The body of a built-in function: receives the arguments bound to its signature (absent ones as NO_VALUE). Every
 * subclass gets a DSL node factory (the annotation is inherited), which the builtins registry collects.
 */
@GenerateNodeFactory
@TypeSystemReference(PythonTypeSystem.class)
public abstract class PythonBuiltinNode extends Node {

    /** Dispatches the bound arguments to the arity-specific {@code execute} of the subclass. */
    public abstract Object call(Object[] arguments);
}
