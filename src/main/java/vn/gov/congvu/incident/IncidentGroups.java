package vn.gov.congvu.incident;

import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.OrganizationDirectory;

/** Groups the diagram names outside the chain: Home Affairs receives urgent reports (E3). */
@Component("incidentGroups")
public class IncidentGroups {

  public String homeAffairs() {
    return DirectoryGroups.members(OrganizationDirectory.HOME_AFFAIRS);
  }
}
