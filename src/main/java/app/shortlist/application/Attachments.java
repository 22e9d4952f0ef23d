package app.shortlist.application;

import java.util.List;

import app.shortlist.program.FormField;
import app.shortlist.web.DomainException;

/** The rules an uploaded file must meet for its field: not empty, within the size limit, an accepted type by content. */
final class Attachments {

    /** Default per-field limit when the admin set none. */
    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private Attachments() {
    }

    static long maxBytes(FormField field) {
        return field.maxBytes == null ? DEFAULT_MAX_BYTES : field.maxBytes;
    }

    /** The upload's kind, judged by its content, when it meets every rule. */
    static FileTypes.Kind check(FormField field, String originalName, Upload upload) {
        if (upload == null || upload.size() == 0) {
            throw new DomainException(ApplicationFailure.FILE_EMPTY);
        }
        if (upload.size() > maxBytes(field)) {
            throw new DomainException(ApplicationFailure.FILE_TOO_LARGE, humanSize(maxBytes(field)));
        }
        FileTypes.Detection detection = FileTypes.detect(upload);
        List<String> allowed = field.allowedKinds();
        String accepted = String.join(", ", allowed.stream().map(k -> k.replace("DOC_LEGACY", "DOC/XLS/PPT")).toList());
        if (detection.verdict() == FileTypes.Verdict.SUSPICIOUS) {
            throw new DomainException(ApplicationFailure.FILE_SUSPICIOUS);
        }
        if (detection.verdict() != FileTypes.Verdict.ACCEPTED || !allowed.contains(detection.kind().name())
                || !FileTypes.extensionMatches(detection.kind(), FileNames.sanitize(originalName))) {
            throw new DomainException(ApplicationFailure.FILE_TYPE_REFUSED, accepted);
        }
        return detection.kind();
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return (bytes / (1024 * 1024)) + " MB";
        }
        return bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " B";
    }
}
