package taipan.runtime.math;

/**
 * C99 Annex G's results of the complex functions for infinite and NaN arguments, as the 7x7 tables CPython's
 * Modules/cmathmodule.c indexes by the class of the real part (row) and imaginary part (column): -inf, negative,
 * -0, +0, positive, +inf, nan. Entries for two finite arguments are never used ("U").
 */
final class ComplexSpecialValues {
    static final int NINF = 0;
    static final int NEG = 1;
    static final int NZERO = 2;
    static final int PZERO = 3;
    static final int POS = 4;
    static final int PINF = 5;
    static final int NAN = 6;

    static final Complex[][] ACOS = parse("""
                    P34,INF P,INF P,INF P,-INF P,-INF P34,-INF N,INF
                    P12,INF U,U U,U U,U U,U P12,-INF N,N
                    P12,INF U,U P12,0 P12,-0 U,U P12,-INF P12,N
                    P12,INF U,U P12,0 P12,-0 U,U P12,-INF P12,N
                    P12,INF U,U U,U U,U U,U P12,-INF N,N
                    P14,INF 0,INF 0,INF 0,-INF 0,-INF P14,-INF N,INF
                    N,INF N,N N,N N,N N,N N,-INF N,N""");
    static final Complex[][] ACOSH = parse("""
                    INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N
                    INF,-P12 U,U U,U U,U U,U INF,P12 N,N
                    INF,-P12 U,U 0,-P12 0,P12 U,U INF,P12 N,N
                    INF,-P12 U,U 0,-P12 0,P12 U,U INF,P12 N,N
                    INF,-P12 U,U U,U U,U U,U INF,P12 N,N
                    INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
                    INF,N N,N N,N N,N N,N INF,N N,N""");
    static final Complex[][] ASINH = parse("""
                    -INF,-P14 -INF,-0 -INF,-0 -INF,0 -INF,0 -INF,P14 -INF,N
                    -INF,-P12 U,U U,U U,U U,U -INF,P12 N,N
                    -INF,-P12 U,U -0,-0 -0,0 U,U -INF,P12 N,N
                    INF,-P12 U,U 0,-0 0,0 U,U INF,P12 N,N
                    INF,-P12 U,U U,U U,U U,U INF,P12 N,N
                    INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
                    INF,N N,N N,-0 N,0 N,N INF,N N,N""");
    static final Complex[][] ATANH = parse("""
                    -0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N
                    -0,-P12 U,U U,U U,U U,U -0,P12 N,N
                    -0,-P12 U,U -0,-0 -0,0 U,U -0,P12 -0,N
                    0,-P12 U,U 0,-0 0,0 U,U 0,P12 0,N
                    0,-P12 U,U U,U U,U U,U 0,P12 N,N
                    0,-P12 0,-P12 0,-P12 0,P12 0,P12 0,P12 0,N
                    0,-P12 N,N N,N N,N N,N 0,P12 N,N""");
    static final Complex[][] COSH = parse("""
                    INF,N U,U INF,0 INF,-0 U,U INF,N INF,N
                    N,N U,U U,U U,U U,U N,N N,N
                    N,0 U,U 1,0 1,-0 U,U N,0 N,0
                    N,0 U,U 1,-0 1,0 U,U N,0 N,0
                    N,N U,U U,U U,U U,U N,N N,N
                    INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
                    N,N N,N N,0 N,0 N,N N,N N,N""");
    static final Complex[][] EXP = parse("""
                    0,0 U,U 0,-0 0,0 U,U 0,0 0,0
                    N,N U,U U,U U,U U,U N,N N,N
                    N,N U,U 1,-0 1,0 U,U N,N N,N
                    N,N U,U 1,-0 1,0 U,U N,N N,N
                    N,N U,U U,U U,U U,U N,N N,N
                    INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
                    N,N N,N N,-0 N,0 N,N N,N N,N""");
    static final Complex[][] LOG = parse("""
                    INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N
                    INF,-P12 U,U U,U U,U U,U INF,P12 N,N
                    INF,-P12 U,U -INF,-P -INF,P U,U INF,P12 N,N
                    INF,-P12 U,U -INF,-0 -INF,0 U,U INF,P12 N,N
                    INF,-P12 U,U U,U U,U U,U INF,P12 N,N
                    INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
                    INF,N N,N N,N N,N N,N INF,N N,N""");
    static final Complex[][] SINH = parse("""
                    INF,N U,U -INF,-0 -INF,0 U,U INF,N INF,N
                    N,N U,U U,U U,U U,U N,N N,N
                    0,N U,U -0,-0 -0,0 U,U 0,N 0,N
                    0,N U,U 0,-0 0,0 U,U 0,N 0,N
                    N,N U,U U,U U,U U,U N,N N,N
                    INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
                    N,N N,N N,-0 N,0 N,N N,N N,N""");
    static final Complex[][] SQRT = parse("""
                    INF,-INF 0,-INF 0,-INF 0,INF 0,INF INF,INF N,INF
                    INF,-INF U,U U,U U,U U,U INF,INF N,N
                    INF,-INF U,U 0,-0 0,0 U,U INF,INF N,N
                    INF,-INF U,U 0,-0 0,0 U,U INF,INF N,N
                    INF,-INF U,U U,U U,U U,U INF,INF N,N
                    INF,-INF INF,-0 INF,-0 INF,0 INF,0 INF,INF INF,N
                    INF,-INF N,N N,N N,N N,N INF,INF N,N""");
    static final Complex[][] TANH = parse("""
                    -1,0 U,U -1,-0 -1,0 U,U -1,0 -1,0
                    N,N U,U U,U U,U U,U N,N N,N
                    N,N U,U -0,-0 -0,0 U,U N,N N,N
                    N,N U,U 0,-0 0,0 U,U N,N N,N
                    N,N U,U U,U U,U U,U N,N N,N
                    1,0 U,U 1,-0 1,0 U,U 1,0 1,0
                    N,N N,N N,-0 N,0 N,N N,N N,N""");
    static final Complex[][] RECT = parse("""
                    INF,N U,U -INF,0 -INF,-0 U,U INF,N INF,N
                    N,N U,U U,U U,U U,U N,N N,N
                    0,0 U,U -0,0 -0,-0 U,U 0,0 0,0
                    0,0 U,U 0,-0 0,0 U,U 0,0 0,0
                    N,N U,U U,U U,U U,U N,N N,N
                    INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
                    N,N N,N N,0 N,0 N,N N,N N,N""");

    private ComplexSpecialValues() {
    }

    /** The class of a double, as the table index. */
    static int classOf(double d) {
        if (Double.isNaN(d)) {
            return NAN;
        } else if (Double.isInfinite(d)) {
            return d > 0 ? PINF : NINF;
        } else if (d == 0.0) {
            return Math.copySign(1.0, d) > 0 ? PZERO : NZERO;
        }
        return d > 0 ? POS : NEG;
    }

    static Complex lookup(Complex[][] table, double re, double im) {
        return table[classOf(re)][classOf(im)];
    }

    private static Complex[][] parse(String text) {
        String[] rows = text.split("\n");
        Complex[][] table = new Complex[7][7];
        for (int i = 0; i < 7; i++) {
            String[] cells = rows[i].trim().split(" ");
            for (int j = 0; j < 7; j++) {
                String[] parts = cells[j].split(",");
                table[i][j] = new Complex(value(parts[0]), value(parts[1]));
            }
        }
        return table;
    }

    private static double value(String token) {
        boolean negative = token.startsWith("-");
        String t = negative ? token.substring(1) : token;
        double v = switch (t) {
            case "P" -> Math.PI;
            case "P12" -> 0.5 * Math.PI;
            case "P14" -> 0.25 * Math.PI;
            case "P34" -> 0.75 * Math.PI;
            case "INF" -> Double.POSITIVE_INFINITY;
            case "N", "U" -> Double.NaN;
            default -> Double.parseDouble(t);
        };
        return negative ? -v : v;
    }
}
