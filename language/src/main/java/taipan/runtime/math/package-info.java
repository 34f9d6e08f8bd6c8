/**
 * The functions behind CPython 3.13's {@code math} and {@code cmath} modules, on Java values: Python int as
 * {@code long}/{@link java.math.BigInteger}, float as {@code double}, complex as {@link taipan.runtime.math.Complex}.
 * Python exceptions are thrown as {@link taipan.runtime.format.FormatError} carrying CPython's class name and message.
 */
package taipan.runtime.math;
