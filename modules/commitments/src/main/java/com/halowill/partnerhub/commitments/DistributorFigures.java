package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;

/**
 * How well promises to one distributor held: lines shipped in full, the share shipped in full by the last
 * and by the first date given (OTIF), promise accuracy (shipped within two days of the first date given),
 * and how often dates were moved.
 */
public record DistributorFigures(DistributorCode distributor, int linesShipped, double otifLastCommit,
        double otifFirstCommit, double promiseAccuracy, int reCommits) {
}
