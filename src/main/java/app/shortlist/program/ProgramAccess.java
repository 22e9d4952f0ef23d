package app.shortlist.program;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import app.shortlist.account.CurrentUser;
import app.shortlist.web.CommonFailure;
import app.shortlist.web.DomainException;

/** Who may see a program: admins every one, everybody else only published ones. Pages and API alike. */
@RequestScoped
public class ProgramAccess {

    @Inject
    CurrentUser currentUser;

    /** The program, or not found: drafts do not exist for those who may not see them. */
    public Program visible(long programId) {
        Program p = Program.findById(programId);
        if (p == null || !(p.status.isPublic() || currentUser.isAdmin())) {
            throw new DomainException(CommonFailure.NOT_FOUND);
        }
        return p;
    }
}
