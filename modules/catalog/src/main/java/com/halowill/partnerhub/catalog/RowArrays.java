package com.halowill.partnerhub.catalog;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
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
        Object[] values = rows.stream().map(value).toArray();
        Class<? extends Object[]> typed = switch (type) {
            case "uuid" -> UUID[].class;
            case "int4" -> Integer[].class;
            case "int8" -> Long[].class;
            case "numeric" -> BigDecimal[].class;
            case "date" -> Date[].class;
            case "timestamptz" -> Timestamp[].class;
            default -> String[].class;
        };
        ps.setArray(index, c.createArrayOf(type, Arrays.copyOf(values, values.length, typed)));
        return index + 1;
    }
}
