package com.halowill.partnerhub.api.edi.syntax;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Hands out the control numbers of outbound interchanges from a PostgreSQL sequence, unique across instances. */
@ApplicationScoped
public class X12ControlNumbers {

    private final AgroalDataSource dataSource;

    public X12ControlNumbers(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Numbers for one interchange: ISA13 and GS06 from the sequence, ST02 from 1. */
    public ControlNumbers next() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select nextval('api.x12_control_number')")) {
            rs.next();
            int n = (int) rs.getLong(1);
            return new ControlNumbers(n, n, 1);
        } catch (SQLException e) {
            throw new IllegalStateException("no X12 control number could be drawn", e);
        }
    }
}
