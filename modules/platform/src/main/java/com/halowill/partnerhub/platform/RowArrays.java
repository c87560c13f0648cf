package com.halowill.partnerhub.platform;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Binds many rows as one array parameter per column, for statements that read them with
 * {@code unnest(?::type[], ...)}: any number of rows in one statement and one round trip.
 */
public final class RowArrays {

    private RowArrays() {
    }

    /**
     * Binds the column {@code value} of every row at {@code index} as an array of the PostgreSQL {@code type}
     * (uuid, int4, int8, numeric, date, timestamptz; anything else is text) and answers the next index.
     */
    public static <T> int bind(Connection c, PreparedStatement ps, int index, String type, List<T> rows,
            Function<T, Object> value) throws SQLException {
        Object[] values = switch (type) {
            case "uuid" -> new UUID[rows.size()];
            case "int4" -> new Integer[rows.size()];
            case "int8" -> new Long[rows.size()];
            case "numeric" -> new BigDecimal[rows.size()];
            case "date" -> new Date[rows.size()];
            case "timestamptz" -> new Timestamp[rows.size()];
            default -> new String[rows.size()];
        };
        int n = 0;
        for (T row : rows) {
            values[n++] = value.apply(row);
        }
        ps.setArray(index, c.createArrayOf(type, values));
        return index + 1;
    }
}
