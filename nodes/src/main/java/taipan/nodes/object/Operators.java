package taipan.nodes.object;

/** The special-method names behind operator symbols. */
public final class Operators {

    private Operators() {
    }

    /** {@code "+"} → {@code "add"}; an in-place symbol ({@code "+="}) gives its plain operation's name. */
    public static String dunderBase(String symbol) {
        String s = symbol.endsWith("=") && symbol.length() > 1 && !symbol.equals("==") ? symbol.substring(0,
                        symbol.length() - 1) : symbol;
        return switch (s) {
            case "+" -> "add";
            case "-" -> "sub";
            case "*" -> "mul";
            case "/" -> "truediv";
            case "//" -> "floordiv";
            case "%" -> "mod";
            case "**" -> "pow";
            case "<<" -> "lshift";
            case ">>" -> "rshift";
            case "&" -> "and";
            case "|" -> "or";
            case "^" -> "xor";
            case "@" -> "matmul";
            default -> throw new IllegalArgumentException("no special method for " + symbol);
        };
    }
}
