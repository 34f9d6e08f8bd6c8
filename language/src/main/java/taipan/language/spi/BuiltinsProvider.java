package taipan.language.spi;

import java.util.Map;

import taipan.language.TaipanLanguage;

/**
 * What the language needs from the {@code builtins} module: the contents of the {@code builtins} namespace. Found
 * through {@link java.util.ServiceLoader} (the language sits below the builtins in the module graph, DESIGN §2).
 */
public interface BuiltinsProvider {

    /**
     * Creates the built-in functions once per language (they are language-level values, shared by its contexts) and
     * sets the constructors of the language's built-in classes. Returns the {@code builtins} namespace, in order.
     */
    Map<String, Object> createBuiltins(TaipanLanguage language);

    /**
     * The native modules' contents (language-level functions and constants) by module name, valid after
     * {@link #createBuiltins}; each context builds its module objects from them when first imported.
     */
    Map<String, Map<String, Object>> getNativeModules();

    /**
     * Completes the contents of native module {@code name} with what was left out of {@link #createBuiltins} because
     * computing it costs start-up time that a program which never imports the module should not pay ({@code time}'s
     * zone names); runs once per module, before the module's contents are first read.
     */
    void completeNativeModule(String name);
}
