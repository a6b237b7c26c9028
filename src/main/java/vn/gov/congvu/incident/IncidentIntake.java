package vn.gov.congvu.incident;

import java.time.Instant;

import org.springframework.stereotype.Service;

import vn.gov.congvu.identity.Caller;
import vn.gov.congvu.organization.OrganizationDirectory;
import vn.gov.congvu.organization.Unit;
import vn.gov.congvu.reference.CaseReferences;

/** Intake of a case (E1, E4): validated as the API validates it, then placed at the first level of its chain. */
@Service
record IncidentIntake(IncidentReportValidator validator, IncidentChain chain, OrganizationDirectory directory,
    CaseReferences references) {

  /** Refused with the field at fault when the report or the reporter is not acceptable. */
  Intake admit(IncidentReport report, Caller reporter, Instant now) {
    ValidIncidentReport valid = validator.validate(report, reporter);
    EscalationStep first = chain.step(valid.unitId(), 0);
    String unitName = directory.unit(valid.unitId()).map(Unit::name).orElse(valid.unitId());
    String history = IncidentHistory.append(null, now, first.level().name(), reporter.userId(),
        IncidentHistory.RECEIVED + valid.source() + ": " + valid.summary());
    return new Intake(valid, unitName, reporter.userId(), first, history,
        references.next(IncidentProcess.REFERENCE_PREFIX, IncidentProcess.REFERENCE_SEQUENCE));
  }
}
