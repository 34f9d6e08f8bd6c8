package taipan.nodes.builtin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import taipan.runtime.type.BuiltinType;

/**
 * Says where the {@link Builtin}s of an {@code XxxBuiltins} container go: into the dicts of built-in classes
 * ({@link #extendClasses()}, as methods taking the receiver as their first parameter) or into a native module
 * ({@link #defineModule()}). A container without it fills the {@code builtins} namespace.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CoreFunctions {

    BuiltinType[] extendClasses() default {};

    /** The name of the native module the container defines ({@code "sys"}), or empty. */
    String defineModule() default "";
}
