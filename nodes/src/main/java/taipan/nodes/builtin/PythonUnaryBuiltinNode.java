package taipan.nodes.builtin;

/** A built-in function's body taking 1 bound argument(s). */
public abstract class PythonUnaryBuiltinNode extends PythonBuiltinNode {

    public abstract Object execute(Object a);

    @Override
    public final Object call(Object[] arguments) {
        return execute(arguments[0]);
    }
}
