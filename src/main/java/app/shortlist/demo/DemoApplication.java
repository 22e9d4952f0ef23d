package app.shortlist.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.shortlist.application.ApplicationForm;
import app.shortlist.application.ApplicationStatus;

/** One generated application, before it is written: the built-in fields, the answers and the files. */
record DemoApplication(String applicantId, String applicantLang, String reference, ApplicationStatus status,
        String projectName, String organisation, String contactName, String phone, String email, Long trackId,
        Long directionId, Long unitId, String uscc, String countryRegion, BigDecimal requestedAmount,
        Map<String, String> answers, List<DemoFile> files, Instant createdAt, Instant submittedAt,
        String correctionMessage, Instant correctionUntil) {

    /** A document for one FILE field. */
    record DemoFile(String fieldKey, String fileName, byte[] content, Instant uploadedAt) {
    }

    Instant updatedAt() {
        return submittedAt != null ? submittedAt : createdAt;
    }

    /**
     * The values as the submission check sees them ({@code ApplicationForm.values} plus
     * "present" for each attached file), so that the generator can hold each row to the rules.
     */
    Map<String, String> formValues() {
        Map<String, String> v = new LinkedHashMap<>();
        put(v, ApplicationForm.PROJECT_NAME, projectName);
        put(v, ApplicationForm.ORGANISATION, organisation);
        put(v, ApplicationForm.CONTACT_NAME, contactName);
        put(v, ApplicationForm.PHONE, phone);
        put(v, ApplicationForm.EMAIL, email);
        put(v, ApplicationForm.TRACK, trackId == null ? null : trackId.toString());
        put(v, ApplicationForm.DIRECTION, directionId == null ? null : directionId.toString());
        put(v, ApplicationForm.UNIT, unitId == null ? null : unitId.toString());
        put(v, ApplicationForm.USCC, uscc);
        put(v, ApplicationForm.COUNTRY, countryRegion);
        put(v, ApplicationForm.REQUESTED_AMOUNT, requestedAmount == null ? null : requestedAmount.toPlainString());
        v.putAll(answers);
        files.forEach(f -> v.put(f.fieldKey(), "present"));
        return v;
    }

    private static void put(Map<String, String> v, String key, String value) {
        if (value != null && !value.isBlank()) {
            v.put(key, value);
        }
    }
}
