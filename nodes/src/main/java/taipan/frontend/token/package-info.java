/**
 * Python's tokenizer ({@link taipan.frontend.token.Tokenizer}), as CPython's {@code Parser/lexer}: indentation,
 * every literal form and PEP 701 f-strings as FSTRING_START/MIDDLE/END tokens, with UTF-8 byte columns.
 */
package taipan.frontend.token;
