/**
 * CPython-exact text conversions for Python's int, float, complex and str, pure Java on Java values (int as
 * {@code Long}/{@code BigInteger}, float as {@code double}, str as {@code String}). Python errors are thrown as
 * {@link taipan.runtime.format.FormatError} (Python class name + CPython's message) for the caller to re-raise.
 *
 * <ul>
 * <li>repr/str: {@code DoubleFormat.repr}, {@code ComplexFormat.repr}, {@code StrRepr.repr/ascii},
 * {@code IntText.toDecimal} (int_max_str_digits), {@code IntText.toPrefixedBase} (bin/oct/hex),
 * {@code FloatHex.hex}.</li>
 * <li>format(value, spec): {@code PyFormat.formatInt/formatFloat/formatStr/formatBool}, {@code ComplexFormat.format};
 * {@code DoubleFormat.format} is PyOS_double_to_string.</li>
 * <li>{@code str % args}: {@code PercentFormatter.format} with a {@code PercentOperands} callback object.</li>
 * <li>str.format: {@code FormatTemplate.parse(...).render(FieldAccess)}; {@code MarkupIterator} and
 * {@code FieldName.split} are {@code _string.formatter_parser} and {@code formatter_field_name_split}.</li>
 * <li>Parsing: {@code IntParser.parse} (int(str, base)), {@code FloatParser.parse} (float(str)),
 * {@code FloatHex.fromHex}; {@code IntText.fromDouble} (int(float)); {@code PyRound} (round()).</li>
 * <li>{@code PyHash}: the numeric hash of sys.hash_info (64-bit).</li>
 * </ul>
 *
 * <p>The public entry points are {@code @TruffleBoundary}: they use BigDecimal, StringBuilder and the like, which must
 * not be partially evaluated.
 */
package taipan.runtime.format;
