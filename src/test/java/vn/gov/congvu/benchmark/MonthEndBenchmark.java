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
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The month-end at city scale: the opening timer fires (its job executed as the job executor would), one task opens
 * per unit, every unit reports, each district consolidates its wards, Home Affairs consolidates and the City People's
 * Committee reviews. Compared with as many floor instances (one task each) started and completed in the same run.
 * The diagram before wards reported through their districts (one multi-instance of every unit) can be deployed as a
 * version of monthly-reporting to compare both in one run.
 */
final class MonthEndBenchmark {

  private static final String KEY = "monthly-reporting";

  private final ProcessEngine engine;
  private int month;

  MonthEndBenchmark(ProcessEngine engine) {
    this.engine = engine;
  }

  /** monthly-reporting as it was: every unit's task in one multi-instance of the cycle's own instance. */
  void deployOneList() {
    deploy("benchmark/monthly-reporting-one-list.bpmn");
  }

  /** monthly-reporting as shipped: a called district-monthly-report per district with wards. */
  void deployShipped() {
    deploy("processes/monthly-reporting.bpmn");
  }

  Map<String, Object> measure(HappyPaths paths) {
    Map<String, Object> figures = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    String period = fireOpening();
    long opened = System.nanoTime();
    TaskService tasks = engine.getTaskService();
    long unitTasks = tasks(period, "submit-unit-report").count();
    List<Task> page;
    int submissions = 0;
    while (!(page = tasks(period, "submit-unit-report").listPage(0, 500)).isEmpty()) {
      for (Task task : page) {
        // Heads report rounded shares of their staff in the office: 10 %, 15 % ... 50 %.
        int onSite = 10 + (submissions++ % 9) * 5;
        tasks.complete(task.getId(), Map.of("staffInfected", submissions % 3, "violationsHandled", 0,
            "safetyCriteriaReviewed", submissions % 10 != 0, "onSitePercent", onSite, "summary", "Đo hiệu năng"));
      }
    }
    long submitted = System.nanoTime();
    long districtTasks = 0;
    for (Task task : tasks(period, "consolidate-district-report").list()) {
      tasks.complete(task.getId(), Map.of("districtSummary", "Đo hiệu năng"));
      districtTasks++;
    }
    complete(period, "consolidate-monthly-report", Map.of("assessment", "Tốt"));
    complete(period, "review-monthly-report", Map.of());
    long closed = System.nanoTime();
    boolean ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(period).finished().count() == 1;

    long f0 = System.nanoTime();
    for (int i = 0; i < unitTasks + districtTasks; i++) {
      paths.floor();
    }
    double floorMs = (System.nanoTime() - f0) / 1e6;
    figures.put("unitTasksOpened", unitTasks);
    figures.put("districtTasks", districtTasks);
    figures.put("cycleEnded", ended);
    figures.put("openMs", ms(t0, opened));
    figures.put("submitAllMs", ms(opened, submitted));
    figures.put("consolidateAndReviewMs", ms(submitted, closed));
    figures.put("floorSameTasksMs", round(floorMs));
    figures.put("openRatio", round(ms(t0, opened) / floorMs));
    figures.put("submitAllRatio", round(ms(opened, submitted) / (floorMs * unitTasks / (unitTasks + districtTasks))));
    figures.put("cycleRatio", round(ms(t0, closed) / floorMs));
    return figures;
  }

  /** Executes the opening timer on the last day of a month of its own at 08:00; returns the cycle's period. */
  private String fireOpening() {
    ZonedDateTime lastDay = ZonedDateTime.of(2300, 1, 1, 8, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"))
        .plusMonths(month++).plusMonths(1).minusDays(1);
    ManagementService management = engine.getManagementService();
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    String jobId = management.createJobQuery().processDefinitionId(definitionId).timers().singleResult().getId();
    ClockUtil.setCurrentTime(Date.from(lastDay.toInstant()));
    try {
      management.executeJob(jobId);
    } finally {
      ClockUtil.reset();
    }
    return lastDay.toLocalDate().toString().substring(0, 7);
  }

  /** A cycle's tasks of one key, in its own instance and in its districts' (they carry the period as business key). */
  private TaskQuery tasks(String period, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(period).taskDefinitionKey(taskKey);
  }

  private void complete(String period, String taskKey, Map<String, Object> variables) {
    engine.getTaskService().complete(tasks(period, taskKey).singleResult().getId(), variables);
  }

  private void deploy(String resource) {
    engine.getRepositoryService().createDeployment().name("benchmark " + resource).addClasspathResource(resource)
        .deploy();
  }

  private static double ms(long from, long to) {
    return round((to - from) / 1e6);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
