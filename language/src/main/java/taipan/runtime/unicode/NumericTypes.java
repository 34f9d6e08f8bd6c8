package taipan.runtime.unicode;

import java.util.Arrays;

/**
 * Unicode's Numeric_Type property, which {@link Character} lacks: Digit from a range table (UnicodeData.txt field 7
 * without field 6), Numeric from the general category plus the Unihan numerals (kPrimaryNumeric, kAccountingNumeric,
 * kOtherNumeric), both as of Unicode 15.1.
 */
final class NumericTypes {

    /** Numeric_Type=Digit, inclusive ranges: first, last, ... */
    private static final int[] DIGIT_RANGES = {
            0x00B2, 0x00B3, 0x00B9, 0x00B9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080,
            0x2089, 0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD, 0x24FF, 0x24FF,
            0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43, 0x10E60, 0x10E68, 0x11052, 0x1105A, 0x1F100,
            0x1F10A,
    };

    /** CJK ideographs with a Unihan numeric value (Numeric_Type=Numeric), sorted. */
    private static final int[] UNIHAN_NUMERALS = {
            0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E24, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96,
            0x4EAC, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x4FE9, 0x5006, 0x5104, 0x5146, 0x5169, 0x516B,
            0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9,
            0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10, 0x62D0, 0x62FE, 0x634C, 0x67D2, 0x6D1E, 0x6F06,
            0x7396, 0x767E, 0x7695, 0x79ED, 0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x920E, 0x94A9, 0x9621, 0x9646,
            0x964C, 0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD, 0x20001, 0x20064, 0x200E2,
            0x20121, 0x2092A, 0x20983, 0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390, 0x22998, 0x23B1B, 0x2626D,
            0x2F890,
    };

    private NumericTypes() {
    }

    /** Numeric_Type=Digit: digits that are not decimal digits, e.g. superscripts and circled digits. */
    static boolean isDigitType(int cp) {
        if (cp < DIGIT_RANGES[0]) {
            return false;
        }
        for (int i = 0; i < DIGIT_RANGES.length; i += 2) {
            if (cp <= DIGIT_RANGES[i + 1]) {
                return cp >= DIGIT_RANGES[i];
            }
        }
        return false;
    }

    /** Numeric_Type=Numeric: fractions, Roman numerals, CJK numerals and the like. */
    static boolean isNumericType(int cp) {
        if (cp < 0xB2) {
            return false;
        }
        int type = Unicode151.getType(cp);
        if (type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER) {
            return true;
        }
        return type == Character.OTHER_LETTER && Arrays.binarySearch(UNIHAN_NUMERALS, cp) >= 0;
    }
}
