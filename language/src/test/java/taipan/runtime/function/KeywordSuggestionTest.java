package taipan.runtime.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The "Did you mean" of unexpected keyword arguments, against what CPython 3.13 suggests for the same names. */
class KeywordSuggestionTest {

    @Test
    void suggestsCloseNames() {
        assertEquals("alpha", KeywordSuggestion.closest("alpah", new String[]{"alpha", "beta"}));
        assertEquals("beta", KeywordSuggestion.closest("bet", new String[]{"alpha", "beta"}));
        assertEquals("sep", KeywordSuggestion.closest("sepp", new String[]{"sep", "maxsplit"}));
        assertEquals("key", KeywordSuggestion.closest("kex", new String[]{"key", "reverse"}));
    }

    @Test
    void caseDifferencesAreCheap() {
        assertEquals("Name", KeywordSuggestion.closest("name", new String[]{"Name", "other"}));
    }

    @Test
    void farNamesGetNoSuggestion() {
        assertNull(KeywordSuggestion.closest("gamma", new String[]{"alpha", "beta"}));
        assertNull(KeywordSuggestion.closest("x", new String[]{"base"}));
        assertEquals("", KeywordSuggestion.suffix("zzz", new String[0]));
    }

    @Test
    void theSameNameIsNeverSuggested() {
        assertNull(KeywordSuggestion.closest("sep", new String[]{"sep"}));
        assertEquals(". Did you mean 'end'?", KeywordSuggestion.suffix("ends", new String[]{"sep", "end"}));
    }
}
