package taipan.nodes.builtin;

/** A built-in function's body taking 2 bound argument(s). */
public abstract class PythonBinaryBuiltinNode extends PythonBuiltinNode {

    public abstract Object execute(Object a, Object b);

    @Override
    public final Object call(Object[] arguments) {
        return execute(arguments[0], arguments[1]);
    }
}
