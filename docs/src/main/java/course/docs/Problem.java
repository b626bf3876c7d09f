package course.docs;

/**
 * One thing a page gets wrong: the page (a path relative to the repository root, with '/'),
 * the line (1-based) and what is wrong. Printed as {@code page:line: message}, the form that
 * editors and terminals turn into a link.
 */
public record Problem(String page, int line, String message) {

    @Override
    public String toString() {
        return page + ":" + line + ": " + message;
    }
}
