package course.ch01.s03_handling;

import course.kit.LineReader;

import java.io.IOException;

/**
 * The keyboard of the two demos of §1.3 that ask the user ({@link GuessTheAge}, {@link ReadNumber}):
 * lines of standard input, at most {@value #MAX_CHARS} characters each ({@link LineReader}), and
 * one answer to input that fails rather than ends. Not a demo: both demos share it.
 */
final class Keyboard {

    /** Far more than any sensible answer; enough to show what was typed. */
    static final int MAX_CHARS = 80;

    /** A conversation with the user that reads its answers from the keyboard. */
    interface Conversation {
        void run(Keyboard keyboard) throws IOException;
    }

    private final LineReader in = new LineReader(System.in, MAX_CHARS);

    private Keyboard() {
    }

    /**
     * Runs {@code conversation} on standard input. Input that fails (not the same as ending) gets
     * one line on standard error and exit code 1, not a stack trace.
     */
    static void talk(Conversation conversation) {
        try {
            conversation.run(new Keyboard());
        } catch (IOException e) {
            System.err.println("cannot read standard input: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The next line as typed, or {@code null} at the end of input; a line cut at the limit ends in "…", so it is never valid. */
    String next() throws IOException {
        LineReader.Line line = in.next();
        return line == null ? null : line.cut() ? line.text() + "…" : line.text();
    }
}
