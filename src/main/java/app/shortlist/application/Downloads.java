package app.shortlist.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** Serves an attachment's bytes as a download, never rendered inline by the browser. */
final class Downloads {

    private Downloads() {
    }

    static Response attachment(Application readable, long attachmentId) {
        Attachment att = Attachment.findById(attachmentId);
        if (att == null || !att.application.id.equals(readable.id)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        AttachmentContent content = AttachmentContent.findById(att.id);
        String encoded = URLEncoder.encode(att.fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content.content, att.contentType)
                .header("Content-Disposition", "attachment; filename=\"download\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
