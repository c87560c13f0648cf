package com.halowill.partnerhub.reliability;

import com.halowill.partnerhub.app.stack.AppProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A PostgreSQL of a test's own (zonky's embedded server) that it may stop and start again on the same data. */
final class OwnPostgres implements AutoCloseable {

    private final Path data;
    private final int port;
    private EmbeddedPostgres server;

    private OwnPostgres(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    static OwnPostgres start() throws IOException {
        OwnPostgres pg = new OwnPostgres(Files.createTempDirectory("partnerhub-own-pg"), AppProcess.freePort());
        pg.server = pg.launch();
        return pg;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    void stop() throws IOException {
        server.close();
    }

    /** Starts the server again on the same data and port. */
    void restart() throws IOException {
        server = launch();
    }

    long count(String sql) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private EmbeddedPostgres launch() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
