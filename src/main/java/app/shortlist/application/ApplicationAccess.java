package app.shortlist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import app.shortlist.account.CurrentUser;
import app.shortlist.account.Role;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/**
 * Who may read an application, for pages and API alike: its owner; admins; and
 * screeners once it has been submitted. Anyone else gets "not found", so a
 * guessed id reveals nothing.
 */
@ApplicationScoped
public class ApplicationAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    @Any
    Instance<ReadGrant> grants;

    public Application readable(long applicationId) {
        Application a = Application.findById(applicationId);
        if (a == null || !canRead(a)) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return a;
    }

    public boolean canRead(Application a) {
        if (isOwner(a) || currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        if (a.status == ApplicationStatus.DRAFT) {
            return false;
        }
        return currentUser.hasRole(Role.SCREENER) || grants.stream().anyMatch(g -> g.grants(a));
    }

    public boolean isOwner(Application a) {
        return a.applicantId.equals(currentUser.getSubject());
    }

    public String currentSubject() {
        return currentUser.getSubject();
    }

    /** Staff see every application of a program; applicants only their own. */
    public boolean seesWholeProgram() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.SCREENER);
    }
}
