package course.kit;

/**
 * Python's {@code bytes.upper()}, byte for byte: what the original's servers (§3.4, §4.12) send back.
 *
 * <p>{@code bytes.upper()} changes the 26 ASCII letters {@code a}–{@code z} and leaves every other
 * byte as it is: {@code b'stra\xc3\x9fe'.upper()} is {@code b'STRA\xc3\x9fE'}, so "straße" comes
 * back as "STRAßE", and bytes that are not UTF-8 come back unchanged. That is not
 * {@code new String(bytes, UTF_8).toUpperCase(Locale.ROOT)}, which turns "ß" into "SS" and "é"
 * into "É" (a different length), and cannot even run on a message cut in the middle of a
 * character, as a {@code recv(1024)} may cut it.
 */
public final class PythonBytes {

    private PythonBytes() {
    }

    /** Upper-cases {@code length} bytes of {@code bytes} from {@code offset}, in place, as {@code bytes.upper()}. */
    public static void upperInPlace(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] >= 'a' && bytes[i] <= 'z') {
                bytes[i] -= 'a' - 'A';
            }
        }
    }

    /** A copy of {@code bytes}, upper-cased as {@code bytes.upper()}: the same length, ASCII letters changed. */
    public static byte[] upper(byte[] bytes) {
        byte[] copy = bytes.clone();
        upperInPlace(copy, 0, copy.length);
        return copy;
    }
}
