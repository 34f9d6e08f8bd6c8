package taipan.runtime.unicode;

/**
 * Where {@link Character}'s identifier properties (ID_Start, ID_Continue) differ from Python's XID_Start and
 * XID_Continue: the characters that NFKC normalisation would turn into non-identifiers (DerivedCoreProperties.txt).
 */
final class IdentifierExceptions {

    private IdentifierExceptions() {
    }

    static boolean notXidStart(int cp) {
        return cp == 0x0E33 || cp == 0x0EB3 || cp == 0xFF9E || cp == 0xFF9F || notXidContinue(cp);
    }

    static boolean notXidContinue(int cp) {
        switch (cp) {
            case 0x037A, 0x2E2F, 0x309B, 0x309C, 0xFDFA, 0xFDFB:
                return true;
            default:
                return (cp >= 0xFC5E && cp <= 0xFC63) || (cp >= 0xFE70 && cp <= 0xFE7E && (cp & 1) == 0);
        }
    }
}
