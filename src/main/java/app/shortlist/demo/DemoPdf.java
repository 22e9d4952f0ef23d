package app.shortlist.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A one-page PDF of a few hundred bytes with one line of text: small, and it opens in any reader. */
final class DemoPdf {

    private DemoPdf() {
    }

    static byte[] withLine(String line) {
        String text = line.replaceAll("[^\\x20-\\x7E]", "?").replace("\\", "\\\\").replace("(", "\\(")
                .replace(")", "\\)");
        String stream = "BT /F1 12 Tf 72 770 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<</Type/Catalog/Pages 2 0 R>>",
                "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
                "<</Length " + stream.length() + ">>stream\n" + stream + "\nendstream",
                "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj").append(objects.get(i)).append("endobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer<</Size ").append(objects.size() + 1).append("/Root 1 0 R>>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length());
        out.writeBytes(pdf.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
