package app.shortlist.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void unixPathTraversalKeepsOnlyBaseName() {
        assertEquals("passwd", FileNames.sanitize("../../etc/passwd"));
    }

    @Test
    void windowsPathKeepsChineseBaseName() {
        assertEquals("报告.pdf", FileNames.sanitize("C:\\Users\\x\\报告.pdf"));
        assertEquals("报告.pdf", FileNames.sanitize("..\\..\\报告.pdf"));
    }

    @Test
    void chineseAndOtherLettersAreKept() {
        assertEquals("2025年度 申报书（终稿）.docx", FileNames.sanitize("2025年度 申报书（终稿）.docx"));
        assertEquals("Ærøskøbing café.xlsx", FileNames.sanitize("Ærøskøbing café.xlsx"));
    }

    @Test
    void decomposedAccentsAreComposed() {
        assertEquals("caf\u00e9.pdf", FileNames.sanitize("cafe\u0301.pdf"));
    }

    @Test
    void controlCharactersAreRemoved() {
        assertEquals("report.pdf", FileNames.sanitize("re\u0000po\u001Frt\u007F.pdf"));
        assertEquals("ab.pdf", FileNames.sanitize("a\r\nb\u0085.pdf"));
    }

    @Test
    void rightToLeftOverrideTrickIsDefused() {
        // Displays as "invoiceexe.pdf" but is an .exe.
        assertEquals("invoicefdp.exe", FileNames.sanitize("invoice\u202Efdp.exe"));
        assertEquals("exe", FileNames.extension("invoice\u202Efdp.exe"));
        assertEquals("ab.txt", FileNames.sanitize("a\u2066\u2069\u200Fb.txt"));
    }

    @Test
    void windowsIllegalCharactersAreRemoved() {
        assertEquals("abcdefgh.txt", FileNames.sanitize("a<b>c:d\"e|f?g*h.txt"));
    }

    @Test
    void whitespaceIsCollapsedAndTrimmed() {
        assertEquals("my report.pdf", FileNames.sanitize("   my  \u3000\u00A0 report .pdf  "));
    }

    @Test
    void leadingDotsAreStripped() {
        assertEquals("hidden.txt", FileNames.sanitize("..hidden.txt"));
        // a dot-file's name is all extension, so the base falls back to "file"
        assertEquals("file.bashrc", FileNames.sanitize(".bashrc."));
    }

    @Test
    void trailingDotsAndSpacesAreStrippedSoTheRealExtensionShows() {
        assertEquals("evil.exe", FileNames.sanitize("evil.exe. . ."));
        assertEquals("exe", FileNames.extension("evil.exe. "));
    }

    @Test
    void longChineseNameIsCappedAndKeepsExtension() {
        String result = FileNames.sanitize("报".repeat(300) + ".pdf");
        assertEquals(120, result.length());
        assertEquals("报".repeat(116) + ".pdf", result);
    }

    @Test
    void capCountsCodePointsAndNeverSplitsSurrogatePairs() {
        String result = FileNames.sanitize("😀".repeat(200) + ".png");
        assertEquals(120, result.codePointCount(0, result.length()));
        assertEquals("😀".repeat(116) + ".png", result);
    }

    @Test
    void overlongExtensionIsTreatedAsPartOfTheName() {
        String result = FileNames.sanitize("a." + "b".repeat(200));
        assertEquals(120, result.length());
        assertTrue(result.startsWith("a.bbb"));
    }

    @Test
    void nothingLeftBecomesFile() {
        assertEquals("file", FileNames.sanitize(""));
        assertEquals("file", FileNames.sanitize(null));
        assertEquals("file", FileNames.sanitize("   "));
        assertEquals("file", FileNames.sanitize("..."));
        assertEquals("file", FileNames.sanitize("some/dir/"));
        assertEquals("file", FileNames.sanitize("\u202E\u0000"));
    }

    @Test
    void nothingLeftButExtensionBecomesFileWithExtension() {
        assertEquals("file.pdf", FileNames.sanitize("<>?.pdf"));
        assertEquals("file.pdf", FileNames.sanitize(".pdf"));
    }

    @Test
    void sanitizingTwiceChangesNothing() {
        for (String name : new String[] {"../a b.pdf", "报告.docx", "x".repeat(300) + ".xlsx", ".pdf", "evil.exe."}) {
            String once = FileNames.sanitize(name);
            assertEquals(once, FileNames.sanitize(once), name);
        }
    }

    @Test
    void extensionIsLowerCaseWithoutDot() {
        assertEquals("pdf", FileNames.extension("Report.PDF"));
        assertEquals("gz", FileNames.extension("archive.tar.gz"));
        assertEquals("", FileNames.extension("README"));
        assertEquals("", FileNames.extension(null));
    }
}
