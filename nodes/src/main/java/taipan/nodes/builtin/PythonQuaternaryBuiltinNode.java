package taipan.nodes.builtin;

/** A built-in function's body taking 4 bound argument(s). */
public abstract class PythonQuaternaryBuiltinNode extends PythonBuiltinNode {

    public abstract Object execute(Object a, Object b, Object c, Object d);

    @Override
    public final Object call(Object[] arguments) {
        return execute(arguments[0], arguments[1], arguments[2], arguments[3]);
    }
}
