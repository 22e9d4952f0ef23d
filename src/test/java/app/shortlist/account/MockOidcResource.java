package app.shortlist.account;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link MockOidcServer} for every @QuarkusTest (not restricted to one class). */
@QuarkusTestResource(MockOidcServer.class)
public class MockOidcResource {
}
