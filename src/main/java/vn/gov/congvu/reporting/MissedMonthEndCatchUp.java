package vn.gov.congvu.reporting;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Camunda never catches up a cron firing missed while the application was down. At startup and every morning, the
 * previous month's cycle is started if it is missing and its month-end fell after the application was installed;
 * Home Affairs is told. Two nodes doing it at once still make one cycle (the period is the table's key).
 */
@Component
public class MissedMonthEndCatchUp {

  private static final Logger LOG = LoggerFactory.getLogger(MissedMonthEndCatchUp.class);

  private final ReportingRepository repository;
  private final RuntimeService runtime;

  MissedMonthEndCatchUp(ReportingRepository repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStartup() {
    catchUp();
  }

  @Scheduled(cron = "${app.reporting.catch-up-cron:0 30 8 * * *}", zone = "Asia/Ho_Chi_Minh")
  void daily() {
    catchUp();
  }

  /** Returns the instance started, or null when nothing was missed. */
  public String catchUp() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant installed = repository.installedAt(now);
    ReportPeriod previous = ReportPeriod.containing(now).previous();
    if (repository.cycleExists(previous.toString()) || !previous.monthEnd().isAfter(installed)) {
      return null;
    }
    try {
      String id = runtime.startProcessInstanceByMessage(MonthlyReportingProcess.MESSAGE_REQUESTED, previous.toString(),
          Map.of(MonthlyReportingProcess.VAR_PERIOD, previous.toString(), MonthlyReportingProcess.VAR_CATCH_UP, true))
          .getId();
      LOG.warn("Month-end {} was missed while the application was down: its cycle is started now", previous);
      return id;
    } catch (RuntimeException failure) {
      if (DuplicatePeriod.causedBy(failure)) {
        return null; // another node caught it up first
      }
      throw failure;
    }
  }
}
