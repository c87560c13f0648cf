package com.halowill.partnerhub.orders;

/** A proposal whose line was sent at another price than the contract's cannot be confirmed without a decision. */
public class PriceDecisionNeeded extends RuntimeException {

    private final PricedLine line;

    public PriceDecisionNeeded(PricedLine line) {
        super("PO " + line.poNumber() + " line " + line.lineNumber() + " was sent at " + line.currency() + " "
                + line.unitPrice() + " while the contract price is " + line.contractPrice()
                + ": choose which price applies");
        this.line = line;
    }

    public PricedLine line() {
        return line;
    }
}
