package com.halowill.partnerhub.api.edi.syntax;

/** Identifies a received transaction: GS06 of its group and its ST02. */
public record TransactionKey(String groupControlNumber, String transactionControlNumber) {
}
