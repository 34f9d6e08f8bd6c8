package taipan.language.spi;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;

import taipan.language.TaipanLanguage;
import taipan.runtime.function.PCode;

/**
 * What the language needs from the {@code nodes} module: turning source text into an executable tree. Found through
 * {@link java.util.ServiceLoader}, because the language sits below the front end in the module graph (DESIGN §2).
 */
public interface FrontEnd {

    /** Parses {@code source} as a module ({@code exec} mode) and returns the call target that runs its body. */
    CallTarget parseModule(TaipanLanguage language, Source source);

    /**
     * {@code compile(source, filename, mode)}: {@code mode} is {@code exec}, {@code eval} or {@code single}; the
     * result's call target takes the globals module and a locals mapping (or null). Raises SyntaxError.
     */
    default PCode compile(TaipanLanguage language, Source source, String mode) {
        return compile(language, source, mode, -1);
    }

    /** As {@link #compile(TaipanLanguage, Source, String)} at {@code optimize} level; -1 is the context's level. */
    PCode compile(TaipanLanguage language, Source source, String mode, int optimize);

    /** The call target that runs the module {@code moduleName} as {@code __main__}, as {@code python -m} does. */
    CallTarget runModule(TaipanLanguage language, String moduleName);
}
