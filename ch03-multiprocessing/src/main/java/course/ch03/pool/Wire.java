package course.ch03.pool;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The pool's wire format: plain data frames on a worker's stdin and stdout, never Java objects.
 *
 * <pre>
 * worker → parent, once:  int HELLO, long pid
 * parent → worker:        int argCount, text task, text arg × argCount
 * worker → parent:        boolean ok, text value (ok) or error description (not ok)
 * text = int byteLength, UTF-8 bytes
 * </pre>
 *
 * <p>Python's pool pickles a task (function name and arguments) onto a pipe; unpickling
 * untrusted bytes can run code. Java serialization has the same flaw, so this pool does not
 * use it: a request is a task name looked up in a fixed registry ({@link PoolWorker#TASKS})
 * plus strings. Nothing read from the pipe is ever turned into a class, and nothing is allocated
 * for a frame before its bytes have arrived.
 */
final class Wire {

    /** "POOL" in ASCII: the first thing a worker says, so a wrong program is noticed at once. */
    static final int HELLO = 0x504F4F4C;
    /** A frame longer than this is corrupt, not data: refuse it instead of allocating it. */
    static final int MAX_TEXT_BYTES = 64 << 20;
    static final int MAX_ARGS = 1_000;

    record Request(String task, List<String> args) {
    }

    private Wire() {
    }

    static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT_BYTES) {
            throw new IOException("corrupt frame: text of " + length + " bytes");
        }
        // readNBytes grows its buffer as bytes arrive: a bogus length costs no memory up front.
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("a text of " + length + " bytes ended after " + bytes.length);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void writeRequest(DataOutputStream out, String task, List<String> args) throws IOException {
        out.writeInt(args.size());
        writeText(out, task);
        for (String arg : args) {
            writeText(out, arg);
        }
        out.flush();
    }

    /**
     * Reads one request, or returns {@code null} if the stream ends before its first byte: "no
     * more tasks". A stream that ends inside a request throws {@link EOFException}; bytes that
     * are no request throw an {@link IOException} saying what is wrong.
     */
    static Request readRequest(DataInputStream in) throws IOException {
        int first = in.read();
        if (first == -1) {
            return null;
        }
        try {
            int argCount = (first << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8) | in.readUnsignedByte();
            if (argCount < 0 || argCount > MAX_ARGS) {
                throw new IOException("corrupt frame: " + argCount + " arguments");
            }
            String task = readText(in);
            List<String> args = new ArrayList<>(argCount);
            for (int i = 0; i < argCount; i++) {
                args.add(readText(in));
            }
            return new Request(task, List.copyOf(args));
        } catch (EOFException e) {
            throw new EOFException("request cut off" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    static void writeReply(DataOutputStream out, boolean ok, String text) throws IOException {
        out.writeBoolean(ok);
        writeText(out, text);
        out.flush();
    }
}
