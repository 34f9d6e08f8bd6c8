package taipan.nodes.builtin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import taipan.runtime.type.BuiltinType;

/**
 * Declares a built-in function on a node class nested in an {@code XxxBuiltins} container marked
 * {@code @GenerateNodeFactory}; the registry reads it from the DSL's generated factories. The node extends one of
 * {@link PythonUnaryBuiltinNode} ... {@link PythonVarargsBuiltinNode}, by how many bound arguments it takes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Builtin {

    String name();

    /** Positional-or-keyword parameters (positional only when {@link #positionalOnly()}). */
    String[] parameterNames() default {};

    /** How many of {@link #parameterNames()} are required. */
    int minNumOfPositionalArgs() default 0;

    /** CPython's C builtins mostly take their parameters by position only ({@code len(obj=1)} is an error). */
    boolean positionalOnly() default true;

    /**
     * With {@code positionalOnly = false}: how many leading parameters are still positional-only; -1 means the
     * receiver alone ({@code self} of a method, {@code cls} of a constructor), none for a plain function.
     */
    int positionalOnlyCount() default -1;

    /** Takes {@code *args}: the extra positional arguments arrive as one tuple after the parameters. */
    boolean takesVarArgs() default false;

    String[] keywordOnlyNames() default {};

    /** Takes {@code **kwargs}: the keywords no parameter takes arrive as one new dict after everything else. */
    boolean takesVarKeywords() default false;

    /**
     * The class this node constructs: calling the class calls it, with the class as the first argument (as
     * {@code __new__} gets it); subclasses without their own constructor inherit it.
     */
    BuiltinType[] constructsClass() default {};

    /** A class method of the classes its container extends ({@code int.from_bytes}): it gets the class first. */
    boolean classMethod() default false;

    /** A static method of the classes its container extends ({@code str.maketrans}): reached through an instance, unbound. */
    boolean staticMethod() default false;

    /** A method that gets a subclass instance itself, not its built-in value ({@code list.__iadd__} returns self). */
    boolean wholeReceiver() default false;

    /**
     * Each call site gets its own copy of the call target (Truffle splitting, decided up front): for built-ins that
     * drive an iterator or call a callable they are given ({@code sum}, {@code min}, {@code list(...)}), so that the
     * generator or function met at one call site is inlined there and the copy stays monomorphic instead of one
     * shared target seeing every site's generators.
     */
    boolean splitPerCallSite() default false;
}
