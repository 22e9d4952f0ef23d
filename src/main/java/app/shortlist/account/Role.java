package app.shortlist.account;

import java.util.List;

/** The Keycloak realm roles (DESIGN.md §2). Strings, because annotations need constants. */
public final class Role {
    public static final String APPLICANT = "applicant";
    public static final String SCREENER = "screener";
    public static final String JUDGE = "judge";
    public static final String RECOMMENDER = "recommender";
    public static final String ADMIN = "admin";

    /** In the order the pages present them. */
    public static final List<String> ALL = List.of(ADMIN, SCREENER, JUDGE, RECOMMENDER, APPLICANT);

    private Role() {
    }
}
