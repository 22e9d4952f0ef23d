package app.shortlist.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses a form whose text is not valid UTF-8. The form decoders silently turn such bytes into U+FFFD, which
 * would then be stored as if typed. Forms reach resources two ways — as parsed form parameters
 * ({@link #refuseMalformedText}) or as a whole urlencoded body ({@link #aroundReadFrom}) — and both are checked here.
 */
@Provider
public class FormEncoding implements ReaderInterceptor {

    private static final char REPLACEMENT = '\uFFFD';

    @ServerRequestFilter(readBody = true)
    public void refuseMalformedText(ContainerRequestContext request) {
        if (!(request instanceof ResteasyReactiveContainerRequestContext rr)
                || !(rr.getServerRequestContext() instanceof ResteasyReactiveRequestContext context)) {
            return;
        }
        FormData form = context.getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            if (name.indexOf(REPLACEMENT) >= 0) {
                throw new DomainException(CommonFailure.INVALID_TEXT);
            }
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem() && value.getValue() != null && value.getValue().indexOf(REPLACEMENT) >= 0) {
                    throw new DomainException(CommonFailure.INVALID_TEXT);
                }
            }
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (!decodesAsUtf8(body)) {
            throw new DomainException(CommonFailure.INVALID_TEXT);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Whether every percent-decoded name and value of an urlencoded body is well-formed UTF-8. */
    static boolean decodesAsUtf8(byte[] body) {
        ByteBuffer decoded = ByteBuffer.allocate(body.length);
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b == '%' && i + 2 < body.length) {
                int hi = Character.digit(body[i + 1], 16);
                int lo = Character.digit(body[i + 2], 16);
                if (hi >= 0 && lo >= 0) {
                    decoded.put((byte) (hi << 4 | lo));
                    i += 2;
                    continue;
                }
            }
            decoded.put(b == '&' || b == '=' ? (byte) ' ' : b);
        }
        decoded.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(decoded);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
