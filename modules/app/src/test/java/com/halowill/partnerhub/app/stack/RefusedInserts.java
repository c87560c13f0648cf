package com.halowill.partnerhub.app.stack;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A database failure on purpose: a trigger that refuses the inserts into one table whose new row matches a condition,
 * until closed (the trigger and its function dropped), so a test sees what a write that fails mid-way leaves behind.
 */
public final class RefusedInserts implements AutoCloseable {

    private final DataSource db;
    private final String table;
    private final String name;

    private RefusedInserts(DataSource db, String table, String name) {
        this.db = db;
        this.table = table;
        this.name = name;
    }

    /** Refuses inserts into {@code table} (schema-qualified) whose {@code new} row meets {@code condition}. */
    public static RefusedInserts into(DataSource db, String table, String condition) throws SQLException {
        String schema = table.substring(0, table.indexOf('.'));
        String name = schema + ".test_refuse_" + table.substring(table.indexOf('.') + 1);
        RefusedInserts refusal = new RefusedInserts(db, table, name);
        refusal.sql("create or replace function " + name + "() returns trigger language plpgsql as $$"
                + " begin raise exception 'test trigger refuses this row of " + table + "'; end $$");
        refusal.sql("create trigger test_refuse before insert on " + table + " for each row when (" + condition
                + ") execute function " + name + "()");
        return refusal;
    }

    @Override
    public void close() throws SQLException {
        sql("drop trigger test_refuse on " + table);
        sql("drop function " + name + "()");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
