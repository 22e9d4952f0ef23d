package app.shortlist.support;

import java.util.concurrent.Callable;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Runs domain-service calls as a given user, outside any HTTP request: the way a test drives the
 * services directly while {@code CurrentUser} still knows who acts (the audit trail names them).
 */
public final class Acting {

    private Acting() {
    }

    public static <T> T as(String username, String role, Callable<T> work) {
        // A request context of its own: request-scoped beans (CurrentUser) must not remember another caller.
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState outer = requestContext.isActive() ? requestContext.getState() : null;
        if (outer != null) {
            requestContext.deactivate();
        }
        requestContext.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(QuarkusSecurityIdentity
                    .builder().setPrincipal(new QuarkusPrincipal(username)).addRole(role).build());
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            requestContext.terminate();
            if (outer != null) {
                requestContext.activate(outer);
            }
        }
    }

    public static void as(String username, String role, Runnable work) {
        as(username, role, () -> {
            work.run();
            return null;
        });
    }
}
