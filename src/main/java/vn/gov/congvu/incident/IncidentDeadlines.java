package vn.gov.congvu.incident;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadline a level gets: the decision table's, unless an override is configured for drills and load tests
 * ({@code app.incident.sla-override}, e.g. PT15S) so that escalations can be watched within minutes.
 */
@Component("incidentDeadlines")
public class IncidentDeadlines {

  private final String override;

  IncidentDeadlines(@Value("${app.incident.sla-override:}") String override) {
    this.override = override;
  }

  public String of(String sla) {
    return override == null || override.isBlank() ? sla : override;
  }
}
