package com.halowill.partnerhub.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A real PostgreSQL for the run command and the tests: the local server on 127.0.0.1:5432 when one
 * answers and lets the {@code postgres} user in, otherwise an embedded server (zonky) that needs
 * neither Docker nor an installed PostgreSQL.
 */
public final class LocalPostgres implements AutoCloseable {

    private final String jdbcUrl;
    private final EmbeddedPostgres embedded;

    private LocalPostgres(String jdbcUrl, EmbeddedPostgres embedded) {
        this.jdbcUrl = jdbcUrl;
        this.embedded = embedded;
    }

    /** Starts or reuses a server and makes sure the database exists; {@code fresh} drops it first. */
    public static LocalPostgres start(String database, boolean fresh) throws IOException, SQLException {
        if (answers("127.0.0.1", 5432)) {
            String admin = "jdbc:postgresql://127.0.0.1:5432/postgres";
            Properties user = new Properties();
            user.setProperty("user", "postgres");
            try (Connection c = new org.postgresql.Driver().connect(admin, user)) {
                prepare(c, database, fresh);
                System.out.println("[partner-hub] PostgreSQL: local server on 127.0.0.1:5432, database " + database);
                return new LocalPostgres("jdbc:postgresql://127.0.0.1:5432/" + database, null);
            } catch (SQLException e) {
                System.out.println("[partner-hub] PostgreSQL on 127.0.0.1:5432 refused the postgres user ("
                        + e.getMessage() + "); starting an embedded one instead");
            }
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            prepare(c, database, fresh);
        }
        System.out.println("[partner-hub] PostgreSQL: embedded server on port " + pg.getPort() + ", database "
                + database);
        return new LocalPostgres(pg.getJdbcUrl("postgres", database), pg);
    }

    private static void prepare(Connection c, String database, boolean fresh) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("drop database if exists " + database + " with (force)");
            }
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!rs.next()) {
                s.execute("create database " + database);
            }
        }
    }

    public static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public boolean embedded() {
        return embedded != null;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
