package vn.gov.congvu.dashboard;

import java.util.List;

/** Median and 90th percentile by nearest rank: always a measured value, to the minute. */
final class Percentiles {

  private Percentiles() {
  }

  static Dashboard.Durations of(List<Long> minutes) {
    if (minutes.isEmpty()) {
      return new Dashboard.Durations(0, null, null);
    }
    List<Long> sorted = minutes.stream().sorted().toList();
    return new Dashboard.Durations(sorted.size(), rank(sorted, 50), rank(sorted, 90));
  }

  private static Long rank(List<Long> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
