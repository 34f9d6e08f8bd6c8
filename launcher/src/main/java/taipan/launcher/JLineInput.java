package taipan.launcher;

import java.io.IOException;
import java.nio.file.Path;

import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * Entries edited on a terminal with JLine: a block is one multi-line buffer and one history entry, history is kept
 * in {@code ~/.python_history} (or {@code PYTHON_HISTORY}), Tab completes, F3 toggles paste mode, bracketed paste
 * inserts without running. While a line is edited the terminal's ISIG is off, so Ctrl-C arrives as a key that
 * cancels the input; while a statement runs, it is a SIGINT that raises {@code KeyboardInterrupt} in the guest.
 */
final class JLineInput implements LineInput {

    /** CPython 3.13's prompt colour ({@code _pyrepl}: bold magenta). */
    private static final String PROMPT_COLOUR = "\u001b[1;35m";
    private static final String RESET = "\u001b[0m";
    private static final String CANCEL_WIDGET = "taipan-cancel";
    private static final String PASTE_WIDGET = "taipan-paste-mode";

    private final Terminal terminal;
    private final LineReader reader;
    private final GuestRepl guest;
    private final PythonLineParser parser;
    private final boolean colour;

    JLineInput(GuestRepl guest, Path historyFile, boolean colour) throws IOException {
        this.guest = guest;
        this.colour = colour;
        // JLine takes SIGINT over (and hands it back as the JVM's default, which kills the process, after each
        // line): its handler forwards Ctrl-C during a statement to the guest as KeyboardInterrupt
        this.terminal = TerminalBuilder.builder().system(true).signalHandler(signal -> {
            if (signal == Terminal.Signal.INT) {
                guest.interruptMain();
            }
        }).build();
        this.parser = new PythonLineParser(guest);
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("taipan").parser(parser)
                        .completer(new PythonCompleter(guest))
                        .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                        .option(LineReader.Option.INSERT_TAB, true)
                        .variable(LineReader.COMMENT_BEGIN, "#")
                        .variable(LineReader.INDENTATION, 4);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        this.reader = builder.build();
        bindKeys();
    }

    private void bindKeys() {
        reader.getWidgets().put(CANCEL_WIDGET, () -> {
            throw new UserInterruptException(reader.getBuffer().toString());
        });
        reader.getWidgets().put(PASTE_WIDGET, () -> {
            parser.togglePasteMode();
            if (reader instanceof org.jline.reader.impl.LineReaderImpl impl) {
                impl.setPrompt(promptText(true));
            }
            reader.callWidget(LineReader.REDRAW_LINE);
            reader.callWidget(LineReader.REDISPLAY);
            return true;
        });
        for (String map : new String[]{LineReader.EMACS, LineReader.VIINS, LineReader.MAIN}) {
            KeyMap<org.jline.reader.Binding> keys = reader.getKeyMaps().get(map);
            if (keys == null) {
                continue;
            }
            keys.bind(new Reference(CANCEL_WIDGET), KeyMap.ctrl('C'));
            String f3 = KeyMap.key(terminal, InfoCmp.Capability.key_f3);
            if (f3 != null && !f3.isEmpty()) {
                keys.bind(new Reference(PASTE_WIDGET), f3);
            }
            keys.bind(new Reference(PASTE_WIDGET), "\u001bOR");
            keys.bind(new Reference(PASTE_WIDGET), "\u001b[13~");
        }
    }

    private String promptText(boolean first) {
        String prompt = parser.pasteMode() ? "(paste) " : guest.prompt(first);
        return colour ? PROMPT_COLOUR + prompt + RESET : prompt;
    }

    @Override
    public String read() throws Interrupted {
        guest.flush();
        reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, promptText(false).replace("%", "%%"));
        Attributes saved = terminal.getAttributes();
        Attributes editing = new Attributes(saved);
        editing.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(editing);
        try {
            return reader.readLine(promptText(true));
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        } finally {
            terminal.setAttributes(saved);
        }
    }

    @Override
    public void clearScreen() {
        terminal.puts(InfoCmp.Capability.clear_screen);
        terminal.flush();
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException ignored) {
            // the history could not be written: CPython's REPL ignores that too
        }
    }
}
