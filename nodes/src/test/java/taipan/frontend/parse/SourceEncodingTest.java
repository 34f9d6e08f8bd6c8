package taipan.frontend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import taipan.language.PythonFileDetector;

/** PEP 263 coding declarations as CPython's tokenizer reads them from the first two lines. */
class SourceEncodingTest {

    private static String enc(String head) {
        return PythonFileDetector.encodingOf(head.getBytes(StandardCharsets.ISO_8859_1)).name();
    }

    @Test
    void declarationsOnTheFirstTwoLines() {
        assertEquals("UTF-8", enc("x = 1\n"));
        assertEquals("ISO-8859-1", enc("# -*- coding: latin-1 -*-\nx = 1\n"));
        assertEquals("ISO-8859-1", enc("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\n"));
        assertEquals("windows-1252", enc("# coding=cp1252\n"));
        assertEquals("UTF-8", enc("# coding: utf_8\n"));
    }

    @Test
    void declarationIgnoredAfterCodeOrOnLineThree() {
        assertEquals("UTF-8", enc("x = 1\n# coding: latin-1\n"));
        assertEquals("UTF-8", enc("#\n#\n# coding: latin-1\n"));
        assertEquals("UTF-8", enc("\u00ef\u00bb\u00bf# coding: latin-1\n"));
    }

    @Test
    void latin1SourceParsesWithItsCharacters() {
        byte[] bytes = "# coding: latin-1\ns = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        String src = new String(bytes, PythonFileDetector.encodingOf(bytes));
        String dump = taipan.frontend.ast.AstDump.dump(Parser.parse(src, "<s>", Mode.EXEC), false);
        assertEquals("Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='\u00e9'))])", dump);
    }
}
