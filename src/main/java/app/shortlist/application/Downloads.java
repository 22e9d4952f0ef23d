package app.shortlist.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** Serves an attachment's bytes as a download, never rendered inline by the browser. */
public final class Downloads {

    private Downloads() {
    }

    static Response attachment(AttachmentStore store, Application readable, long attachmentId) {
        Attachment att = Attachment.findById(attachmentId);
        if (att == null || !att.application.id.equals(readable.id)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return file(store, att, att.fileName);
    }

    /** The bytes of {@code att}, offered under {@code name}; 404 if they are gone (replaced this very moment). */
    public static Response file(AttachmentStore store, Attachment att, String name) {
        byte[] content = store.read(att);
        if (content == null) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, att.contentType)
                .header("Content-Disposition", "attachment; filename=\"download\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
