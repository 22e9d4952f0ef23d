package app.shortlist.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Bearer tokens shaped like Keycloak's access tokens (realm_access.roles,
 * preferred_username), signed with the test key whose public half the test
 * profile trusts. Lets the @QuarkusTest tier exercise the real role mapping.
 */
public final class TestTokens {

    private static final PrivateKey KEY = loadKey();
    private static final RSAPublicKey PUBLIC_KEY = derivePublicKey();

    private TestTokens() {
    }

    public static String of(String username, String... roles) {
        return signed(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class), username, roles);
    }

    static String signed(String issuer, String username, String... roles) {
        return Jwt.issuer(issuer)
                .preferredUserName(username)
                .subject("sub-" + username)
                .claim("name", username)
                .claim("email", username + "@demo.shortlist.local")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(3600)
                .jws().keyId("test")
                .sign(KEY);
    }

    /**
     * The token response of a code exchange for {@code username} (the mock provider's token endpoint):
     * an access token as {@link #of}, and an ID token for the web client.
     */
    static String tokenResponse(String issuer, String clientId, String username, String... roles) {
        String access = Jwt.issuer(issuer).preferredUserName(username).subject("sub-" + username)
                .claim("realm_access", Map.of("roles", List.of(roles))).expiresIn(3600).jws().keyId("test").sign(KEY);
        String id = Jwt.issuer(issuer).audience(clientId).preferredUserName(username).subject("sub-" + username)
                .claim("name", username).claim("typ", "ID").expiresIn(3600).jws().keyId("test").sign(KEY);
        return """
                {"access_token":"%s","id_token":"%s","refresh_token":"refresh-%s","token_type":"Bearer","expires_in":3600}"""
                .formatted(access, id, username);
    }

    /** The demo account of each role, as the local run and the e2e tier have them. */
    public static String forRole(String role) {
        return switch (role) {
            case Role.ADMIN -> of("admin", Role.ADMIN);
            case Role.SCREENER -> of("screener", Role.SCREENER);
            case Role.JUDGE -> of("judge1", Role.JUDGE);
            case Role.RECOMMENDER -> of("recommender", Role.RECOMMENDER);
            case Role.APPLICANT -> of("applicant1", Role.APPLICANT);
            default -> throw new IllegalArgumentException(role);
        };
    }

    public static RSAPublicKey publicKey() {
        return PUBLIC_KEY;
    }

    private static RSAPublicKey derivePublicKey() {
        try {
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) KEY;
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey loadKey() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/test-signing-key.pem")) {
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
