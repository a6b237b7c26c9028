package vn.gov.congvu.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An opening missed while the application was down is not always fired late by the engine (a redeployed diagram
 * schedules its timer from the deployment on). At startup and every morning, last month's and this month's cycles
 * are started if their opening has passed, fell after the application was installed, and they are missing; Home
 * Affairs is told. A period opened this way after its month-end gives its units 2 working days; the month-end timer
 * of a running cycle is a job, fired at the next start if it fell during the downtime. Two nodes doing it at once
 * still make one cycle (the period is the table's key).
 */
@Component
public class MissedMonthEndCatchUp {

  private static final Logger LOG = LoggerFactory.getLogger(MissedMonthEndCatchUp.class);

  private final ReportingRepository repository;
  private final PeriodOpener opener;
  private final MonthlyReportSchedule schedule;

  MissedMonthEndCatchUp(ReportingRepository repository, PeriodOpener opener, MonthlyReportSchedule schedule) {
    this.repository = repository;
    this.opener = opener;
    this.schedule = schedule;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStartup() {
    catchUp();
  }

  @Scheduled(cron = "${app.reporting.catch-up-cron:0 30 8 * * *}", zone = "Asia/Ho_Chi_Minh")
  void daily() {
    catchUp();
  }

  /** Returns the instances started, oldest period first; empty when nothing was missed. */
  public List<String> catchUp() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant installed = repository.installedAt(now);
    ReportPeriod current = ReportPeriod.containing(now);
    List<String> started = new ArrayList<>();
    for (ReportPeriod period : List.of(current.previous(), current)) {
      Instant opening = schedule.opening(period);
      if (opening.isAfter(now) || !opening.isAfter(installed) || repository.cycleExists(period.toString())) {
        continue;
      }
      opener.open(period, true).ifPresent(id -> {
        LOG.warn("The opening of {} was missed while the application was down: its cycle is started now", period);
        started.add(id);
      });
    }
    return started;
  }
}
