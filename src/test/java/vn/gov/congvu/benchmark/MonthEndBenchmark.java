package vn.gov.congvu.benchmark;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The month-end at city scale: the timer start fires (its job executed as the job executor would), one task opens per
 * unit, every unit reports, Home Affairs consolidates and the City People's Committee reviews. Compared with as many
 * floor instances (one task each) started and completed in the same run.
 */
final class MonthEndBenchmark {

  private final ProcessEngine engine;
  private int month;

  MonthEndBenchmark(ProcessEngine engine) {
    this.engine = engine;
  }

  Map<String, Object> measure(HappyPaths paths) {
    Map<String, Object> figures = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    String instanceId = fireMonthEnd();
    long opened = System.nanoTime();
    TaskService tasks = engine.getTaskService();
    long unitTasks = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("submit-unit-report")
        .count();
    List<Task> page;
    int submissions = 0;
    while (!(page = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("submit-unit-report")
        .listPage(0, 500)).isEmpty()) {
      for (Task task : page) {
        // Heads report rounded shares of their staff in the office: 10 %, 15 % ... 50 %.
        int onSite = 10 + (submissions++ % 9) * 5;
        tasks.complete(task.getId(), Map.of("staffInfected", submissions % 3, "violationsHandled", 0,
            "safetyCriteriaReviewed", submissions % 10 != 0, "onSitePercent", onSite, "summary", "Đo hiệu năng"));
      }
    }
    long submitted = System.nanoTime();
    complete(instanceId, "consolidate-monthly-report", Map.of("assessment", "Tốt"));
    complete(instanceId, "review-monthly-report", Map.of());
    long closed = System.nanoTime();
    boolean ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .finished().count() == 1;

    long f0 = System.nanoTime();
    for (int i = 0; i < unitTasks; i++) {
      paths.floor();
    }
    double floorMs = (System.nanoTime() - f0) / 1e6;
    figures.put("unitTasksOpened", unitTasks);
    figures.put("cycleEnded", ended);
    figures.put("openMs", ms(t0, opened));
    figures.put("submitAllMs", ms(opened, submitted));
    figures.put("consolidateAndReviewMs", ms(submitted, closed));
    figures.put("floorSameTasksMs", round(floorMs));
    figures.put("openRatio", round(ms(t0, opened) / floorMs));
    figures.put("cycleRatio", round(ms(t0, closed) / floorMs));
    return figures;
  }

  /** Executes the month-end timer at 08:00 on the last day of a month of its own; returns the cycle's instance. */
  private String fireMonthEnd() {
    ZonedDateTime lastDay = ZonedDateTime.of(2300, 1, 1, 8, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"))
        .plusMonths(month++).plusMonths(1).minusDays(1);
    ManagementService management = engine.getManagementService();
    String definitionId = management.createJobDefinitionQuery().processDefinitionKey("monthly-reporting")
        .activityIdIn("timer-cycle-opening").singleResult().getId();
    String jobId = management.createJobQuery().jobDefinitionId(definitionId).singleResult().getId();
    ClockUtil.setCurrentTime(Date.from(lastDay.toInstant()));
    try {
      management.executeJob(jobId);
    } finally {
      ClockUtil.reset();
    }
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("monthly-reporting")
        .processInstanceBusinessKey(lastDay.toLocalDate().toString().substring(0, 7)).singleResult().getId();
  }

  private void complete(String instanceId, String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
        .singleResult();
    engine.getTaskService().complete(task.getId(), variables);
  }

  private static double ms(long from, long to) {
    return round((to - from) / 1e6);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
