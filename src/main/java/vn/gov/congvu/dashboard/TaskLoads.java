package vn.gov.congvu.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.gov.congvu.dashboard.DashboardRepository.OpenTask;

/**
 * Open, overdue and due-soon tasks grouped by a key (the unit that is to act, the process): overdue once past due,
 * due soon before the end of the next working day (as in the Tasklist filter "Sắp đến hạn").
 */
final class TaskLoads {

  private TaskLoads() {
  }

  static List<Dashboard.TaskLoad> of(List<OpenTask> tasks, Function<OpenTask, Optional<String>> key,
      Function<String, String> name, Instant now, Instant soon) {
    Map<String, List<OpenTask>> byKey = new LinkedHashMap<>();
    for (OpenTask task : tasks) {
      key.apply(task).ifPresent(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(task));
    }
    return byKey.entrySet().stream()
        .map(e -> new Dashboard.TaskLoad(e.getKey(), name.apply(e.getKey()), cases(e.getValue(), t -> true),
            cases(e.getValue(), t -> t.due() != null && t.due().isBefore(now)),
            cases(e.getValue(), t -> t.due() != null && !t.due().isBefore(now) && t.due().isBefore(soon))))
        .sorted(Comparator.comparing(Dashboard.TaskLoad::name)).toList();
  }

  static Dashboard.Cases cases(List<OpenTask> tasks, java.util.function.Predicate<OpenTask> which) {
    List<OpenTask> matching = tasks.stream().filter(which).toList();
    return new Dashboard.Cases(matching.size(), matching.stream().map(OpenTask::instance).distinct()
        .sorted(Comparator.comparing(Dashboard.CaseLink::reference, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList());
  }
}
