package app.shortlist.application;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import app.shortlist.application.FileTypes.Detection;
import app.shortlist.application.FileTypes.Kind;
import app.shortlist.application.FileTypes.Limits;
import app.shortlist.application.FileTypes.Verdict;

class FileTypesTest {

    private static final byte[] CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
            .getBytes(UTF_8);

    // ---- accepted kinds ----

    @Test
    void minimalPdfIsAccepted() {
        byte[] pdf = "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n".getBytes(US_ASCII);
        assertAccepted(Kind.PDF, pdf);
    }

    @Test
    void pngIsAccepted() {
        assertAccepted(Kind.PNG, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'));
    }

    @Test
    void jpegIsAccepted() {
        assertAccepted(Kind.JPEG, bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0));
    }

    @Test
    void ole2CompoundFileIsLegacyOffice() {
        byte[] ole = Arrays.copyOf(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), 512);
        assertAccepted(Kind.DOC_LEGACY, ole);
    }

    @Test
    void docxIsAccepted() {
        assertAccepted(Kind.DOCX, zip(Map.of("[Content_Types].xml", CONTENT_TYPES,
                "_rels/.rels", "<Relationships/>".getBytes(UTF_8),
                "word/document.xml", "<w:document/>".getBytes(UTF_8))));
    }

    @Test
    void xlsxIsAccepted() {
        assertAccepted(Kind.XLSX, zip(Map.of("[Content_Types].xml", CONTENT_TYPES,
                "xl/workbook.xml", "<workbook/>".getBytes(UTF_8))));
    }

    @Test
    void pptxIsAccepted() {
        assertAccepted(Kind.PPTX, zip(Map.of("[Content_Types].xml", CONTENT_TYPES,
                "ppt/presentation.xml", "<p:presentation/>".getBytes(UTF_8))));
    }

    @Test
    void docxWithLargeButOrdinaryEntryIsAccepted() {
        // 2 MB of random letters compress roughly 1.5:1, far below 100:1
        byte[] text = new byte[2 << 20];
        Random random = new Random(42);
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) ('a' + random.nextInt(26));
        }
        assertAccepted(Kind.DOCX, zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", text)));
    }

    @Test
    void highlyCompressibleEntryBelowOneMegabyteIsAccepted() {
        // ratio check applies only above 1 MB uncompressed; small XML parts often compress very well
        assertAccepted(Kind.DOCX, zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", new byte[1 << 20])));
    }

    @Test
    void exactlyTwoThousandEntriesIsAccepted() {
        assertAccepted(Kind.DOCX, zipWithTinyEntries(2_000));
    }

    // ---- refused as unsupported ----

    @Test
    void renamedExeIsRefused() {
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000This program cannot be run in DOS mode.".getBytes(US_ASCII), 128);
        assertUnsupported(exe);
    }

    @Test
    void elfIsRefused() {
        assertUnsupported(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0));
    }

    @Test
    void scriptAndHtmlAreRefused() {
        assertUnsupported("#!/bin/sh\nrm -rf /\n".getBytes(US_ASCII));
        assertUnsupported("<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(US_ASCII));
    }

    @Test
    void pdfMagicNotAtStartIsRefused() {
        assertUnsupported("\n%PDF-1.4\n".getBytes(US_ASCII));
        assertUnsupported("%PDF".getBytes(US_ASCII)); // shorter than the 5-byte magic
    }

    @Test
    void emptyFileIsRefused() {
        assertUnsupported(new byte[0]);
        assertUnsupported(null);
    }

    @Test
    void plainZipIsRefused() {
        assertUnsupported(zip(Map.of("readme.txt", "hello".getBytes(UTF_8))));
    }

    @Test
    void zipWithWordFolderButNoContentTypesIsRefused() {
        assertUnsupported(zip(Map.of("word/document.xml", "<w:document/>".getBytes(UTF_8))));
    }

    @Test
    void zipWithBothWordAndExcelPartsIsRefusedAsAmbiguous() {
        assertUnsupported(zip(Map.of("[Content_Types].xml", CONTENT_TYPES,
                "word/document.xml", new byte[10], "xl/workbook.xml", new byte[10])));
    }

    @Test
    void truncatedZipIsRefusedWithoutThrowing() {
        byte[] docx = zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "word/document.xml", new byte[1000]));
        assertUnsupported(Arrays.copyOf(docx, 40));
        assertUnsupported(bytes('P', 'K', 3, 4));
    }

    // ---- refused as suspicious ----

    @Test
    void zipWithThreeThousandEntriesIsSuspicious() {
        assertSuspicious(zipWithTinyEntries(3_000));
    }

    @Test
    void twoThousandAndOneEntriesIsSuspicious() {
        assertSuspicious(zipWithTinyEntries(2_001));
    }

    @Test
    void hugeRunOfZerosIsSuspicious() {
        // 150 MB of zeros deflate to ~150 KB (about 1000:1). ZipOutputStream writes sizes 0 in the local
        // header (data descriptor), so this also shows declared sizes are not relied on.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES);
            put(zip, "word/document.xml", "<w:document/>".getBytes(UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 150; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(out.size() < 1 << 20, "test archive should stay small: " + out.size());
        Detection detection = assertSuspicious(out.toByteArray());
        assertTrue(detection.reason().contains("word/media/image1.png"), detection.reason());
    }

    @Test
    void totalUncompressedSizeOverLimitIsSuspicious() {
        // Same rule as the 200 MB default, scaled down: 3 entries of 40 KB with a 100 KB budget.
        Limits limits = new Limits(2_000, 100_000, 1L << 20, 100);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("word/document.xml", new byte[40_000]);
        parts.put("word/a.bin", new byte[40_000]);
        assertEquals(Verdict.ACCEPTED, FileTypes.detect(zip(parts), limits).verdict());
        parts.put("word/b.bin", new byte[40_000]);
        assertEquals(Verdict.SUSPICIOUS, FileTypes.detect(zip(parts), limits).verdict());
    }

    // ---- extension and content type ----

    @Test
    void extensionMustMatchDetectedKind() {
        assertTrue(FileTypes.extensionMatches(Kind.PDF, "申报书.PDF"));
        assertTrue(FileTypes.extensionMatches(Kind.JPEG, "photo.jpg"));
        assertTrue(FileTypes.extensionMatches(Kind.JPEG, "photo.jpeg"));
        assertTrue(FileTypes.extensionMatches(Kind.DOC_LEGACY, "budget.xls"));
        assertTrue(FileTypes.extensionMatches(Kind.PDF, "C:\\fakepath\\report.pdf"));
    }

    @Test
    void docxNamedPdfIsRefused() {
        assertFalse(FileTypes.extensionMatches(Kind.DOCX, "report.pdf"));
    }

    @Test
    void disguisedExtensionsAreRefused() {
        assertFalse(FileTypes.extensionMatches(Kind.PDF, "report.pdf.exe"));
        assertFalse(FileTypes.extensionMatches(Kind.PDF, "invoice\u202Efdp.exe"));
        assertFalse(FileTypes.extensionMatches(Kind.PDF, "report.exe."));
        assertFalse(FileTypes.extensionMatches(Kind.PDF, "pdf"));
        assertFalse(FileTypes.extensionMatches(Kind.PDF, null));
        assertFalse(FileTypes.extensionMatches(null, "report.pdf"));
    }

    @Test
    void legacyOfficeContentTypeFollowsExtension() {
        assertEquals("application/msword", Kind.DOC_LEGACY.contentType("a.doc"));
        assertEquals("application/vnd.ms-excel", Kind.DOC_LEGACY.contentType("A.XLS"));
        assertEquals("application/vnd.ms-powerpoint", Kind.DOC_LEGACY.contentType("a.ppt"));
        assertEquals("application/octet-stream", Kind.DOC_LEGACY.contentType("a.bin"));
        assertEquals("application/octet-stream", Kind.DOC_LEGACY.contentType(null));
    }

    @Test
    void otherKindsHaveFixedContentType() {
        assertEquals("application/pdf", Kind.PDF.contentType("whatever.doc"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Kind.DOCX.contentType("a.docx"));
        assertEquals("image/jpeg", Kind.JPEG.contentType(null));
    }

    // ---- helpers ----

    private static void assertAccepted(Kind expected, byte[] content) {
        Detection detection = FileTypes.detect(content);
        assertEquals(Verdict.ACCEPTED, detection.verdict(), detection.reason());
        assertEquals(expected, detection.kind());
        assertEquals(expected, detection.acceptedKind().orElseThrow());
    }

    private static void assertUnsupported(byte[] content) {
        Detection detection = FileTypes.detect(content);
        assertEquals(Verdict.UNSUPPORTED, detection.verdict(), detection.reason());
        assertNull(detection.kind());
        assertTrue(detection.acceptedKind().isEmpty());
    }

    private static Detection assertSuspicious(byte[] content) {
        Detection detection = FileTypes.detect(content);
        assertEquals(Verdict.SUSPICIOUS, detection.verdict(), detection.reason());
        assertNull(detection.kind());
        return detection;
    }

    private static byte[] zipWithTinyEntries(int count) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("word/document.xml", "<w:document/>".getBytes(UTF_8));
        for (int i = parts.size(); i < count; i++) {
            parts.put("word/media/" + i + ".txt", new byte[] {'x'});
        }
        return zip(parts);
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
