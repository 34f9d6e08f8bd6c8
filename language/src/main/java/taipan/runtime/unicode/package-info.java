/**
 * CPython 3.13's view of Unicode (version 15.1) on top of {@link java.lang.Character}, whose JDK 25 tables are Unicode
 * 16.0: {@link taipan.runtime.unicode.Unicode151} rolls the category data back to 15.1, and
 * {@link taipan.runtime.unicode.UnicodeProps} derives Python's {@code Py_UNICODE_IS*} predicates from it. The str
 * methods, number parsing and formatting, and the regular-expression engine all ask here rather than asking
 * {@link java.lang.Character} directly.
 */
package taipan.runtime.unicode;
