package vn.gov.congvu.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The query Tasklist's "Việc của đơn vị" filter runs for one head (first page of 15), timed on the database as it is
 * and after filling it with open tasks spread over many unit groups: p50 and p95 of 200 runs.
 */
final class UnitTaskListBenchmark {

  private static final int RUNS = 200;

  private final ProcessEngine engine;

  UnitTaskListBenchmark(ProcessEngine engine) {
    this.engine = engine;
  }

  /** {p50, p95} in milliseconds, in the filter's own order. */
  double[] measure() {
    return measure(null);
  }

  /** {p50, p95} in milliseconds, in the order Tasklist asks for by default: newest first. */
  double[] measureNewestFirst() {
    return measure(engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc());
  }

  private double[] measure(TaskQuery order) {
    FilterService filters = engine.getFilterService();
    String filterId = filters.createFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember("d1head").list().stream().map(Group::getId)
        .toList();
    List<Double> times = new ArrayList<>();
    identity.setAuthentication("d1head", groups);
    try {
      for (int i = 0; i < RUNS + 20; i++) {
        long t0 = System.nanoTime();
        if (order == null) {
          filters.listPage(filterId, 0, 15);
        } else {
          filters.listPage(filterId, order, 0, 15);
        }
        if (i >= 20) {
          times.add((System.nanoTime() - t0) / 1e6);
        }
      }
    } finally {
      identity.clearAuthentication();
    }
    List<Double> sorted = times.stream().sorted().toList();
    return new double[] {sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95))};
  }

  /**
   * Open tasks for 500 unit groups (one in 500 is district-1's heads'), as a city's backlog would be: created through
   * the task service, 500 to a transaction so that filling 100,000 takes a minute, not an hour.
   */
  void fill(int tasks) {
    TaskService taskService = engine.getTaskService();
    CommandExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    for (int from = 0; from < tasks; from += 500) {
      int start = from;
      executor.execute(context -> {
        for (int i = start; i < Math.min(start + 500, tasks); i++) {
          Task task = taskService.newTask();
          task.setName("Công việc tồn " + i);
          taskService.saveTask(task);
          taskService.addCandidateGroup(task.getId(), i % 500 == 0 ? "heads-district-1" : "heads-unit-" + (i % 500));
        }
        return null;
      });
    }
  }
}
