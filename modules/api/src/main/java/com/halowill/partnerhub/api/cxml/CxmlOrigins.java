package com.halowill.partnerhub.api.cxml;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The cXML OrderRequest each order came from (its payloadID, the buyer's From credential, its order date). */
@ApplicationScoped
class CxmlOrigins {

    /** What the documents about an order refer to and whom they go to. */
    record Origin(String payloadId, String fromDomain, String fromIdentity, String orderDate) {
    }

    private final AgroalDataSource dataSource;

    CxmlOrigins(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keeps the first OrderRequest that brought the order (a resend changes nothing, and keeps it if it was lost). */
    void remember(UUID orderId, Origin origin) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into api.cxml_order (order_id, payload_id, from_domain, from_identity, order_date)
                values (?, ?, ?, ?, ?) on conflict (order_id) do nothing""")) {
            ps.setObject(1, orderId);
            ps.setString(2, origin.payloadId());
            ps.setString(3, origin.fromDomain());
            ps.setString(4, origin.fromIdentity());
            ps.setString(5, origin.orderDate());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the cXML origin of order " + orderId + " could not be kept", e);
        }
    }

    Optional<Origin> of(UUID orderId) {
        return Optional.ofNullable(of(List.of(orderId)).get(orderId));
    }

    /** The origins of those of the orders that came by cXML, in one query. */
    Map<UUID, Origin> of(Collection<UUID> orderIds) {
        Map<UUID, Origin> found = new HashMap<>();
        if (orderIds.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select order_id, payload_id, from_domain, from_identity, order_date from api.cxml_order
                where order_id = any(?)""")) {
            ps.setArray(1, c.createArrayOf("uuid", orderIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getObject(1, UUID.class), new Origin(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("the cXML origins of orders could not be read", e);
        }
    }
}
