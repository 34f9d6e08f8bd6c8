package taipan.nodes.builtin;

/** A built-in function's body taking 3 bound argument(s). */
public abstract class PythonTernaryBuiltinNode extends PythonBuiltinNode {

    public abstract Object execute(Object a, Object b, Object c);

    @Override
    public final Object call(Object[] arguments) {
        return execute(arguments[0], arguments[1], arguments[2]);
    }
}
