package vn.gov.congvu.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deadline throughput: thousands of escalation timers falling due at the same moment (their due dates moved into the
 * past together), executed by a job executor with Camunda's defaults and one with this application's settings, in
 * alternating rounds on the same instances; each round escalates every incident one level.
 */
final class DeadlineBenchmark {

  private static final long ROUND_TIMEOUT_MS = 300_000;

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final JobExecutionProperty ours;

  DeadlineBenchmark(ProcessEngine engine, JdbcTemplate jdbc, JobExecutionProperty ours) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.ours = ours;
  }

  /** Starts {@code count} incidents spread over the given units, each waiting at its first level's deadline. */
  void startIncidents(List<String> unitIds, int count) {
    for (int i = 0; i < count; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("incident-escalation", Map.of("unitId",
          unitIds.get(i % unitIds.size()), "source", "INTERNAL", "category", "OTHER", "severity", "LOW", "summary",
          "Đo hiệu năng thời hạn"));
    }
  }

  Map<String, Object> measure(int rounds) {
    // Jobs run only while the engine's own job executor is active, so that one is reconfigured between rounds.
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration();
    DefaultJobExecutor executor = (DefaultJobExecutor) configuration.getJobExecutor();
    Settings defaults = Settings.of(new DefaultJobExecutor());
    Settings tuned = Settings.of(ours, defaults, configuration.isJobExecutorAcquireByPriority());
    List<Double> byDefaults = new ArrayList<>();
    List<Double> byOurs = new ArrayList<>();
    int jobs = 0;
    for (int round = 0; round < rounds; round++) {
      boolean useOurs = round % 2 == 1;
      (useOurs ? tuned : defaults).applyTo(executor, configuration);
      double[] result = fireAll(executor);
      jobs = (int) result[0];
      (useOurs ? byOurs : byDefaults).add(result[1]);
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("timersDuePerRound", jobs);
    figures.put("defaultJobsPerSecond", round(median(byDefaults)));
    figures.put("oursJobsPerSecond", round(median(byOurs)));
    figures.put("oursToDefaultRatio", round(median(byOurs) / median(byDefaults)));
    figures.put("failedJobs", engine.getManagementService().createJobQuery().withException().count());
    figures.put("defaultSettings", defaults.toString());
    figures.put("ourSettings", tuned.toString());
    return figures;
  }

  /** {timers due, jobs per second} from the executor's start until no due timer is left. */
  private double[] fireAll(DefaultJobExecutor executor) {
    Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
    int due = jdbc.update("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE TYPE_ = 'timer' AND PROCESS_DEF_KEY_ = ?", past,
        "incident-escalation");
    ManagementService management = engine.getManagementService();
    long t0 = System.nanoTime();
    executor.start();
    try {
      // A job failing for good stops counting: it shows in failedJobs.
      while (management.createJobQuery().processDefinitionKey("incident-escalation").timers()
          .duedateLowerThan(new Date(past.getTime() + 1000)).withRetriesLeft().count() > 0) {
        if (System.nanoTime() - t0 > ROUND_TIMEOUT_MS * 1_000_000) {
          throw new IllegalStateException("timers still due after " + ROUND_TIMEOUT_MS + " ms");
        }
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      executor.shutdown();
    }
    return new double[] {due, due / ((System.nanoTime() - t0) / 1e9)};
  }

  /** The job executor settings compared: Camunda's defaults, or this application's properties over them. */
  private record Settings(int corePoolSize, int maxPoolSize, int queueSize, int maxJobsPerAcquisition,
      int waitTimeInMillis, long maxWait, int backoffTimeInMillis, long maxBackoff, int lockTimeInMillis,
      boolean acquireByPriority) {

    /** Camunda's defaults: acquisition by priority is off unless configured. */
    static Settings of(DefaultJobExecutor camunda) {
      return new Settings(camunda.getCorePoolSize(), camunda.getMaxPoolSize(), camunda.getQueueSize(),
          camunda.getMaxJobsPerAcquisition(), camunda.getWaitTimeInMillis(), camunda.getMaxWait(),
          camunda.getBackoffTimeInMillis(), camunda.getMaxBackoff(), camunda.getLockTimeInMillis(), false);
    }

    static Settings of(JobExecutionProperty ours, Settings defaults, boolean acquireByPriority) {
      return new Settings(ours.getCorePoolSize(), ours.getMaxPoolSize(), ours.getQueueCapacity(),
          or(ours.getMaxJobsPerAcquisition(), defaults.maxJobsPerAcquisition()),
          or(ours.getWaitTimeInMillis(), defaults.waitTimeInMillis()), or(ours.getMaxWait(), defaults.maxWait()),
          or(ours.getBackoffTimeInMillis(), defaults.backoffTimeInMillis()),
          or(ours.getMaxBackoff(), defaults.maxBackoff()), or(ours.getLockTimeInMillis(), defaults.lockTimeInMillis()),
          acquireByPriority);
    }

    /** The executor's settings, and the engine's acquisition order, which each acquisition reads afresh. */
    void applyTo(DefaultJobExecutor executor, ProcessEngineConfigurationImpl configuration) {
      configuration.setJobExecutorAcquireByPriority(acquireByPriority);
      executor.setCorePoolSize(corePoolSize);
      executor.setMaxPoolSize(maxPoolSize);
      executor.setQueueSize(queueSize);
      executor.setMaxJobsPerAcquisition(maxJobsPerAcquisition);
      executor.setWaitTimeInMillis(waitTimeInMillis);
      executor.setMaxWait(maxWait);
      executor.setBackoffTimeInMillis(backoffTimeInMillis);
      executor.setMaxBackoff(maxBackoff);
      executor.setLockTimeInMillis(lockTimeInMillis);
    }

    private static <T> T or(T value, T fallback) {
      return value == null ? fallback : value;
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
