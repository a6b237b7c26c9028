package vn.gov.congvu.reporting;

import java.time.Instant;
import java.util.Optional;

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
  private final PeriodOpener opener;

  MissedMonthEndCatchUp(ReportingRepository repository, PeriodOpener opener) {
    this.repository = repository;
    this.opener = opener;
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
    Optional<String> started = opener.open(previous, true);
    started.ifPresent(id -> LOG.warn("Month-end {} was missed while the application was down: its cycle is "
        + "started now", previous));
    return started.orElse(null);
  }
}
