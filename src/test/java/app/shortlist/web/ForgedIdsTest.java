package app.shortlist.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.shortlist.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every route of the access matrix with forged identifiers in every path parameter — negative, zero, larger than a
 * long, not a number, traversal, injection — as the first caller the role rule lets in: refused as not found or
 * unreadable, never a server error.
 */
@QuarkusTest
class ForgedIdsTest {

    static final List<String> FORGED = List.of("-1", "0", "99999999999999999999", "abc", "1e3", "%2e%2e",
            "1%20OR%201=1", "%F0%9F%98%80");

    @AfterEach
    void wipe() {
        TestData.wipe();
    }

    @Test
    void forgedIdsNeverCauseAServerError() {
        List<String> failures = new ArrayList<>();
        AccessMatrixTest.MATRIX.forEach((route, expected) -> {
            String template = route.substring(route.indexOf(' ') + 1);
            if (!template.contains("{")) {
                return;
            }
            String caller = AccessMatrixTest.firstAdmitted(expected);
            for (String forged : FORGED) {
                String path = template.replaceAll("\\{\\w+}", java.util.regex.Matcher.quoteReplacement(forged));
                int status = AccessMatrixTest.send(caller, route, path);
                if (status >= 500) {
                    failures.add(route + " with " + forged + " as " + caller + ": " + status);
                }
            }
        });
        assertEquals(List.of(), failures);
    }
}
