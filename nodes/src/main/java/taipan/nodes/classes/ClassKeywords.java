package taipan.nodes.classes;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.MappingEntries;
import taipan.runtime.type.BuiltinType;

/** The keywords of a class header with {@code **mapping} in it, unpacked as {@code __build_class__} gets them. */
final class ClassKeywords {

    private static final String CALLEE = "__build_class__()";

    private ClassKeywords() {
    }

    /** {names, values}: each null name's value is a mapping whose items take its place. */
    @TruffleBoundary
    static Object[][] expand(Node location, String[] names, Object[] values) {
        List<String> outNames = new ArrayList<>();
        List<Object> outValues = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                add(location, outNames, outValues, names[i], values[i]);
                continue;
            }
            Object[][] entries = MappingEntries.of(TaipanLanguage.get(location).threadingMode(), values[i]);
            if (entries == null) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.ARGUMENT_AFTER_STAR_STAR,
                                CALLEE, PythonErrors.typeName(location, values[i]));
            }
            for (int k = 0; k < entries[0].length; k++) {
                if (!(entries[0][k] instanceof TruffleString key)) {
                    throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.KEYWORDS_MUST_BE_STRINGS);
                }
                add(location, outNames, outValues, key.toJavaStringUncached(), entries[1][k]);
            }
        }
        return new Object[][]{outNames.toArray(new String[0]), outValues.toArray()};
    }

    private static void add(Node location, List<String> names, List<Object> values, String name, Object value) {
        if (names.contains(name)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.MULTIPLE_VALUES_FOR_KEYWORD,
                            CALLEE, name);
        }
        names.add(name);
        values.add(value);
    }
}
