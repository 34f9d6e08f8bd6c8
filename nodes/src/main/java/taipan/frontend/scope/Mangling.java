package taipan.frontend.scope;

/** Private name mangling ({@code __x} in class {@code C} becomes {@code _C__x}), as CPython's {@code _Py_Mangle}. */
public final class Mangling {

    private Mangling() {
    }

    /** CPython's {@code _Py_MaybeMangle}: generic classes' type-parameter blocks mangle only the type parameters. */
    static String maybeMangle(String privateName, Scope ste, String ident) {
        if (ste.mangledNames != null && !ste.mangledNames.contains(ident)) {
            return ident;
        }
        return mangle(privateName, ident);
    }

    /** Mangles {@code ident} for a class named {@code privateName} (null outside classes). */
    public static String mangle(String privateName, String ident) {
        if (privateName == null || !ident.startsWith("__")) {
            return ident;
        }
        if (ident.endsWith("__") || ident.indexOf('.') >= 0) {
            return ident;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return ident;
        }
        return "_" + privateName.substring(i) + ident;
    }
}
