package taipan.frontend.translate;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import taipan.frontend.ast.Mod;
import taipan.frontend.parse.Mode;
import taipan.frontend.parse.PythonSyntaxError;

/**
 * Calls {@code taipan.frontend.parse.Parser.parse(String, String, Mode)}. Temporary: the parser is written on another
 * branch; until it is merged this finds it reflectively so that this branch builds alone. Replace by a direct call.
 */
public final class ParserBridge {

    private static final MethodHandle PARSE = findParser();

    private ParserBridge() {
    }

    private static MethodHandle findParser() {
        try {
            Class<?> parser = Class.forName("taipan.frontend.parse.Parser");
            return MethodHandles.publicLookup().findStatic(parser, "parse",
                            MethodType.methodType(Mod.class, String.class, String.class, Mode.class));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    public static Mod parse(String text, String filename, Mode mode) {
        if (PARSE == null) {
            throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, "Taipan's parser is not built in",
                            filename, 1, 1, 0, 0, null);
        }
        try {
            return (Mod) PARSE.invokeExact(text, filename, mode);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
