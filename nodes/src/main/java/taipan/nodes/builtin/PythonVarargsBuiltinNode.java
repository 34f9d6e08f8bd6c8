package taipan.nodes.builtin;

/** A built-in function's body taking the whole bound argument array (for signatures with many parameters). */
public abstract class PythonVarargsBuiltinNode extends PythonBuiltinNode {

    public abstract Object execute(Object[] arguments);

    @Override
    public final Object call(Object[] arguments) {
        return execute(arguments);
    }
}
