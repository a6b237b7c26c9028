package vn.gov.congvu.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.congvu.identity.SystemAuthority;

/**
 * Opens a period by hand (the API, the catch-up): the period is reserved and the process started in one transaction,
 * so of two nodes opening the same period at the same moment one starts an instance and the other starts nothing.
 */
@Service
class PeriodOpener {

  private final MonthlyReportService service;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final TransactionTemplate transactions;
  private final SystemAuthority system;

  PeriodOpener(MonthlyReportService service, RuntimeService runtime, IdentityService identity,
      TransactionTemplate transactions, SystemAuthority system) {
    this.service = service;
    this.runtime = runtime;
    this.identity = identity;
    this.transactions = transactions;
    this.system = system;
  }

  /** The started instance, or empty when the period is already open. */
  Optional<String> open(ReportPeriod period, boolean catchUp) {
    Authentication caller = identity.getCurrentAuthentication();
    String token = "reserved-" + UUID.randomUUID();
    try {
      return Optional.ofNullable(transactions.execute(tx -> {
        if (!service.reserve(period, token, caller == null ? null : caller.getUserId(),
            ClockUtil.getCurrentTime().toInstant())) {
          return null;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(MonthlyReportingProcess.VAR_PERIOD, period.toString());
        variables.put(MonthlyReportingProcess.VAR_RESERVATION, token);
        if (catchUp) {
          variables.put(MonthlyReportingProcess.VAR_CATCH_UP, true);
        }
        // The reservation and the catch-up marker are the application's own variables: the application starts the
        // cycle, after the caller's right to open a period was checked.
        return system.run(() -> runtime.startProcessInstanceByMessage(MonthlyReportingProcess.MESSAGE_REQUESTED,
            period.toString(), variables).getId());
      }));
    } catch (RuntimeException failure) {
      if (DuplicatePeriod.causedBy(failure)) {
        return Optional.empty(); // another node reserved it at the same moment
      }
      throw failure;
    }
  }
}
