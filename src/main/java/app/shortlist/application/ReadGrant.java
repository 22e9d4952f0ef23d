package app.shortlist.application;

/**
 * A feature that makes the current user responsible for some applications lets them read those
 * (e.g. a recommender, their unit's). {@link ApplicationAccess} asks every grant; the application
 * package need not know the features that build on it.
 */
public interface ReadGrant {

    /** Whether the current user may read this submitted (not draft) application. */
    boolean grants(Application application);
}
