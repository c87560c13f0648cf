package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.DemandRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order line as partners see it: what was asked, its status, flags, its schedule, how much HaloWill accepted
 * to supply (less than ordered only by an ops decision or a cancellation), how much has shipped, and why it was
 * held for review (null when it never was).
 */
public record OrderLine(int lineNumber, Sku sku, int quantity, LocalDate requestedDate, BigDecimal unitPrice,
        LineStatus status, List<String> flags, List<ScheduleLine> commitments, int shippedQuantity,
        DemandRef demandRef, int acceptedQuantity, String review, String buyerLine, String buyerPart) {
}
