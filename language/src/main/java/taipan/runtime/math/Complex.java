package taipan.runtime.math;

/** A Python complex number as a pair of doubles. */
public record Complex(double real, double imag) {
}
