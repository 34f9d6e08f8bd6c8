package taipan.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Entries read line by line from a stdin that is not a terminal ({@code echo 'x=1' | taipan -i}), with the prompts
 * on stderr as CPython's basic REPL writes them; lines are gathered until the guest finds the entry complete.
 */
final class PlainInput implements LineInput {

    private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    private final GuestRepl guest;
    private final PrintStream prompts;

    PlainInput(GuestRepl guest, PrintStream prompts) {
        this.guest = guest;
        this.prompts = prompts;
    }

    @Override
    public String read() throws IOException {
        StringBuilder buffer = new StringBuilder();
        while (true) {
            prompts.print(guest.prompt(buffer.isEmpty()));
            prompts.flush();
            String line = in.readLine();
            if (line == null) {
                // CPython ends the last prompt's line at end of input
                prompts.println();
                return buffer.isEmpty() ? null : buffer.toString();
            }
            if (!buffer.isEmpty()) {
                buffer.append('\n');
            }
            buffer.append(line);
            // a blank line ends a block: the buffer then ends with the newline that joined it
            if (guest.status(buffer.toString()) != EntryStatus.Status.INCOMPLETE) {
                return buffer.toString();
            }
        }
    }
}
