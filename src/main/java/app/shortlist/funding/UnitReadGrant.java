package app.shortlist.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import app.shortlist.account.CurrentUser;
import app.shortlist.account.Role;
import app.shortlist.application.Application;
import app.shortlist.application.ReadGrant;

/** A recommender reads the applications of the unit they are bound to (documents included). */
@ApplicationScoped
public class UnitReadGrant implements ReadGrant {

    @Inject
    CurrentUser currentUser;

    @Override
    public boolean grants(Application a) {
        return a.unit != null && currentUser.hasRole(Role.RECOMMENDER)
                && UnitMember.binds(a.unit.id, currentUser.getUsername());
    }
}
