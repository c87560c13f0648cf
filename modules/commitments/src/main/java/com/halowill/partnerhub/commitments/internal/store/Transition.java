package com.halowill.partnerhub.commitments.internal.store;

import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.inventory.PoolMove;
import java.util.List;

/** What one transition of a commitment needs written: its pool moves and the schedule the partner saw before. */
public record Transition(List<PoolMove> moves, List<ScheduleLine> before) {
}
