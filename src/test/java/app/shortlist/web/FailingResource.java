package app.shortlist.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoints that fail on purpose, to see what a user sees then. */
@Path("/test-only/boom")
@PermitAll
public class FailingResource {

    @GET
    public String boom() {
        throw new IllegalStateException("secret detail");
    }

    /** What the pool throws when the database is unreachable: no connection within the acquisition timeout. */
    @GET
    @Path("/database-down")
    public String databaseDown() {
        throw databaseDownError();
    }

    static RuntimeException databaseDownError() {
        return new jakarta.persistence.PersistenceException(new org.hibernate.exception.JDBCConnectionException(
                "Unable to acquire JDBC Connection", new java.sql.SQLException(
                        "Acquisition timeout while waiting for new connection secret detail")));
    }

    /** What a flush that the database refuses looks like by the time it leaves the transaction. */
    @GET
    @Path("too-long")
    public String tooLong() {
        throw refusedValue();
    }

    static RuntimeException refusedValue() {
        return new jakarta.persistence.PersistenceException(new org.hibernate.exception.DataException(
                "could not execute statement", new java.sql.SQLException("Value too long for column \"X\"", "22001")));
    }

    @Path("/api/v1/test-only/boom")
    @PermitAll
    public static class Api {
        @GET
        public String boom() {
            throw new IllegalStateException("secret detail");
        }

        @GET
        @Path("/database-down")
        public String databaseDown() {
            throw databaseDownError();
        }

        @GET
        @Path("too-long")
        public String tooLong() {
            throw refusedValue();
        }
    }
}
