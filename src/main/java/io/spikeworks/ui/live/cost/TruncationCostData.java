package io.spikeworks.ui.live.cost;

import io.spikeworks.learn.ttl.TruncationCosts;

/** A TTL-BPTT run's savings against end-to-end BPTT as the truncation-cost card draws them; version for redraws. */
public record TruncationCostData(long version, TruncationCosts costs) {
}
