package com.halowill.partnerhub.api.edi.syntax;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The X12 parties each order came in from, so that its 855 and 856 go back to the same interchange ids, and the 850
 * transaction itself as it was received.
 */
@ApplicationScoped
public class OrderPartners {

    /**
     * Where an order's X12 came from: the sender's ISA party and its GS application sender, and the contract number
     * its 850 named (REF*CT, null when none).
     */
    public record Partner(Party party, String groupId, String contract) {
    }

    private final AgroalDataSource dataSource;

    public OrderPartners(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Keeps the parties of the first interchange that brought the order, the contract number its 850 named and the
     * 850 as received (a resend changes nothing).
     */
    public void remember(UUID orderId, Party sender, String groupSender, String contract, String received) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into api.x12_order_partner (order_id, isa_qualifier, isa_id, gs_id, contract, received)
                values (?, ?, ?, ?, ?, ?) on conflict (order_id) do nothing""")) {
            ps.setObject(1, orderId);
            ps.setString(2, sender.qualifier());
            ps.setString(3, sender.id());
            ps.setString(4, groupSender);
            ps.setString(5, contract);
            ps.setString(6, received);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the X12 parties of order " + orderId + " could not be kept", e);
        }
    }

    /** The 850 transaction the order came from, as received, if it came in by X12. */
    public Optional<String> received(UUID orderId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select received from api.x12_order_partner where order_id = ?")) {
            ps.setObject(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the 850 of order " + orderId + " could not be read", e);
        }
    }

    /** The parties the order came in from, if it came in by X12. */
    public Optional<Partner> of(UUID orderId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select isa_qualifier, isa_id, gs_id, contract from api.x12_order_partner where order_id = ?")) {
            ps.setObject(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Partner(new Party(rs.getString(1), rs.getString(2)),
                        rs.getString(3), rs.getString(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the X12 parties of order " + orderId + " could not be read", e);
        }
    }
}
