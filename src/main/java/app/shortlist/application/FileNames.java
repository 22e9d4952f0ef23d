package app.shortlist.application;

import java.text.Normalizer;
import java.util.Locale;

/** Makes a client-supplied file name safe to store, display and echo back in Content-Disposition. */
public final class FileNames {

    static final int MAX_LENGTH = 120;
    // Anything longer after the last dot is treated as part of the name, not an extension.
    private static final int MAX_EXTENSION = 16;
    // '/' and '\' are handled by the path split; the rest are illegal in Windows names.
    private static final String WINDOWS_ILLEGAL = "<>:\"|?*";

    private FileNames() {
    }

    public static String sanitize(String original) {
        // NFC: macOS sends decomposed names, which would otherwise compare and count differently.
        String s = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        // Some browsers send the full client path; keep the last segment of either separator style.
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);

        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isInvisible(cp) || WINDOWS_ILLEGAL.indexOf(cp) >= 0) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = true; // collapses runs and drops leading/trailing whitespace
                continue;
            }
            if (pendingSpace && sb.length() > 0) {
                sb.append(' ');
            }
            pendingSpace = false;
            sb.appendCodePoint(cp);
        }

        // Trailing dots/spaces first: Windows drops them, so "evil.exe." would really be an .exe.
        String[] parts = split(stripTrailing(sb.toString()));
        String ext = parts[1];
        String base = stripLeading(stripTrailing(parts[0]));
        int room = MAX_LENGTH - (ext.isEmpty() ? 0 : ext.length() + 1);
        if (base.codePointCount(0, base.length()) > room) {
            base = stripTrailing(base.substring(0, base.offsetByCodePoints(0, room)));
        }
        if (base.isEmpty()) {
            base = "file";
        }
        return ext.isEmpty() ? base : base + "." + ext;
    }

    /** Lower-case extension of the sanitised name, without the dot; "" when there is none. */
    public static String extension(String fileName) {
        return split(sanitize(fileName))[1].toLowerCase(Locale.ROOT);
    }

    /** {base, extension}; the extension is "" unless it is short and has no spaces. */
    private static String[] split(String name) {
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String ext = name.substring(dot + 1);
            if (!ext.isEmpty() && ext.length() <= MAX_EXTENSION && ext.indexOf(' ') < 0) {
                return new String[] {name.substring(0, dot), ext};
            }
        }
        return new String[] {name, ""};
    }

    // Control characters, and bidi controls that can make "invoice\u202Efdp.exe" display as "invoiceexe.pdf".
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.CONTROL // C0, DEL and C1
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C; // LRM, RLM, ALM
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ' ')) {
            i++;
        }
        return s.substring(i);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }
}
