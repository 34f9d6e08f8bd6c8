/**
 * The matching engine behind {@code _sre}: runs the code that CPython 3.13's pure-Python re._compiler produces.
 *
 * <p>How the {@code _sre} module maps onto it:
 * <ul>
 * <li>{@code _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)}: {@link SrePattern#create(long[],
 * long, int)}; the Python object keeps pattern, groupindex and indexgroup itself. {@link SreException} carries the
 * exception to raise ({@link SreException.Kind}).</li>
 * <li>Subjects are int arrays: {@link SrePattern#codePoints} for str, {@link SrePattern#bytes} for bytes-like
 * objects. The layer checks str/bytes agreement with the pattern and converts pos/endpos (clamped here).</li>
 * <li>{@code match}, {@code fullmatch}, {@code search} return a {@link SreMatch} or null; {@code lastgroup} is
 * indexgroup[lastindex]. {@code scanner}/{@code finditer}: {@link SreScanner}. {@code findall}, {@code split},
 * {@code sub} with a callable: {@link SrePattern#findAll}; {@link SrePattern#split}; {@code sub}/{@code subn} with
 * a template: {@link SreTemplate} ({@code _sre.template}) and {@link SrePattern#sub}.</li>
 * <li>{@code MAGIC}, {@code CODESIZE}, {@code MAXREPEAT}, {@code MAXGROUPS}: {@link SreConstants};
 * {@code ascii_iscased}, {@code unicode_iscased}, {@code ascii_tolower}, {@code unicode_tolower}, {@code getlower}:
 * {@link SreChars}.</li>
 * </ul>
 * The Python objects are {@link PSrePattern} ({@code re.Pattern}), {@link PSreMatch} ({@code re.Match}),
 * {@link PSreScanner} and {@link PSreTemplate}; their methods live in the builtins module's {@code Sre*Builtins}.
 * Matching never recurses on the Java stack; it polls the thread's interrupt flag every 4096 steps.
 */
package taipan.runtime.sre;
