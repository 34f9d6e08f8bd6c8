package taipan.launcher;

import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion of names, keywords and attributes, asked of the running context (globals, builtins, dir()). */
final class PythonCompleter implements Completer {

    private final GuestRepl guest;

    PythonCompleter(GuestRepl guest) {
        this.guest = guest;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word();
        if (word.isEmpty()) {
            return;
        }
        try {
            for (String name : guest.complete(word)) {
                String display = name.substring(name.lastIndexOf('.') + 1);
                candidates.add(new Candidate(name, display, null, null, null, null, true));
            }
        } catch (RuntimeException unavailable) {
            // the context is busy or closed: no completions rather than an error in the middle of typing
        }
    }
}
