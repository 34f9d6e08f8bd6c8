package taipan.runtime.function;

/**
 * A built-in function bound to its receiver ({@code "ab".upper} as a value); CPython's bound
 * {@code builtin_function_or_method}. Method calls ({@code obj.meth(args)}) never create one.
 */
public final class PBuiltinMethod {

    private final Object self;
    private final PBuiltinFunction function;

    public PBuiltinMethod(Object self, PBuiltinFunction function) {
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public PBuiltinFunction getFunction() {
        return function;
    }

    @Override
    public String toString() {
        return "<built-in method " + function.getName() + ">";
    }
}
