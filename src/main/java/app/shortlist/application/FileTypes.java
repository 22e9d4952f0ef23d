package app.shortlist.application;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Decides an upload's type from its bytes; the client's file name and Content-Type are not trusted. */
public final class FileTypes {

    public enum Kind {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
        /** OLE2 compound file: the magic number alone can't tell .doc from .xls or .ppt. */
        DOC_LEGACY("application/octet-stream", "doc", "xls", "ppt"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg");

        private final String contentType;
        private final List<String> extensions;

        Kind(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = List.of(extensions);
        }

        /** Lower-case, without the dot. */
        public List<String> extensions() {
            return extensions;
        }

        /** Content type to serve the file with; for OLE2 it comes from the (sanitised) name's extension. */
        public String contentType(String fileName) {
            if (this != DOC_LEGACY) {
                return contentType;
            }
            return switch (FileNames.extension(fileName)) {
                case "doc" -> "application/msword";
                case "xls" -> "application/vnd.ms-excel";
                case "ppt" -> "application/vnd.ms-powerpoint";
                default -> contentType;
            };
        }
    }

    /** UNSUPPORTED: not a type we take. SUSPICIOUS: a ZIP that looks like a decompression bomb. */
    public enum Verdict { ACCEPTED, UNSUPPORTED, SUSPICIOUS }

    /** {@code kind} is non-null exactly when ACCEPTED; {@code reason} is for logs, not for users. */
    public record Detection(Verdict verdict, Kind kind, String reason) {
        public Optional<Kind> acceptedKind() {
            return Optional.ofNullable(kind);
        }
    }

    /** Package-private so tests can exercise each limit without building 200 MB archives. */
    record Limits(int maxEntries, long maxTotalBytes, long ratioCheckAbove, long maxRatio) {
    }

    static final Limits DEFAULT_LIMITS = new Limits(2_000, 200L << 20, 1L << 20, 100);

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FileTypes() {
    }

    /** Where the bytes are: opened once for the magic number, once more to inspect a ZIP. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    public static Detection detect(byte[] content) {
        return detect(content, DEFAULT_LIMITS);
    }

    /** Inspects the whole upload, streaming: a ZIP is read entry by entry, never held whole. */
    public static Detection detect(Upload upload) {
        return detect(upload::open, DEFAULT_LIMITS);
    }

    static Detection detect(byte[] content, Limits limits) {
        return content == null ? unsupported("empty") : detect(() -> new ByteArrayInputStream(content), limits);
    }

    static Detection detect(Source source, Limits limits) {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            return unsupported("unreadable: " + e.getMessage());
        }
        if (head.length == 0) {
            return unsupported("empty");
        }
        // Magic numbers at offset 0 only: readers that look further (PDF allows 1 KB of junk) invite polyglots.
        if (startsWith(head, PDF)) {
            return accepted(Kind.PDF);
        }
        if (startsWith(head, PNG)) {
            return accepted(Kind.PNG);
        }
        if (startsWith(head, JPEG)) {
            return accepted(Kind.JPEG);
        }
        if (startsWith(head, OLE2)) {
            return accepted(Kind.DOC_LEGACY);
        }
        if (startsWith(head, ZIP)) {
            return inspectZip(source, limits);
        }
        return unsupported("unrecognised content");
    }

    /** The name's extension must be one of the kind's, so a DOCX uploaded as "report.pdf" is refused. */
    public static boolean extensionMatches(Kind kind, String fileName) {
        return kind != null && fileName != null && kind.extensions.contains(FileNames.extension(fileName));
    }

    // Reads every entry to the end: declared sizes in the headers can lie, so only bytes actually
    // inflated count, and reading stops as soon as a limit is crossed.
    private static Detection inspectZip(Source source, Limits limits) {
        byte[] buffer = new byte[64 * 1024];
        Set<Kind> mainParts = EnumSet.noneOf(Kind.class);
        boolean contentTypes = false;
        long total = 0;
        int entries = 0;
        try (Counting raw = new Counting(new BufferedInputStream(source.open(), 64 * 1024));
                ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (++entries > limits.maxEntries()) {
                    return suspicious("more than " + limits.maxEntries() + " entries");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                contentTypes |= name.equals("[content_types].xml");
                if (name.startsWith("word/")) {
                    mainParts.add(Kind.DOCX);
                } else if (name.startsWith("xl/")) {
                    mainParts.add(Kind.XLSX);
                } else if (name.startsWith("ppt/")) {
                    mainParts.add(Kind.PPTX);
                }
                // Compressed bytes consumed = how far the underlying stream has advanced; off by at most
                // ZipInputStream's 512-byte read-ahead, which is irrelevant at the 1 MB threshold.
                long start = raw.count;
                long size = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    size += n;
                    total += n;
                    if (total > limits.maxTotalBytes()) {
                        return suspicious("more than " + limits.maxTotalBytes() + " bytes uncompressed");
                    }
                    long compressed = Math.max(1, raw.count - start);
                    if (size > limits.ratioCheckAbove() && size > compressed * limits.maxRatio()) {
                        return suspicious("entry " + entry.getName() + " compresses more than " + limits.maxRatio() + ":1");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) { // IAE: malformed entry name encoding
            return unsupported("unreadable zip: " + e.getMessage());
        }
        if (!contentTypes || mainParts.isEmpty()) {
            return unsupported("zip without OOXML parts");
        }
        if (mainParts.size() > 1) {
            return unsupported("ambiguous OOXML parts " + mainParts);
        }
        return accepted(mainParts.iterator().next());
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Counts the bytes the ZIP reader has taken. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    private static Detection accepted(Kind kind) {
        return new Detection(Verdict.ACCEPTED, kind, null);
    }

    private static Detection unsupported(String reason) {
        return new Detection(Verdict.UNSUPPORTED, null, reason);
    }

    private static Detection suspicious(String reason) {
        return new Detection(Verdict.SUSPICIOUS, null, reason);
    }
}
