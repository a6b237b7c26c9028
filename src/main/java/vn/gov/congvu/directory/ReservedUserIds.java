package vn.gov.congvu.directory;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.OrganizationRepository;
import vn.gov.congvu.organization.ProcessOwner;

/** User ids the directory may not take: the administrator and the process owners are Camunda users outside it. */
@Component
record ReservedUserIds(OrganizationRepository organization,
    @Value("${camunda.bpm.admin-user.id:admin}") String adminId) {

  /** Lower case, as ids are compared. */
  Set<String> all() {
    Set<String> reserved = new HashSet<>();
    reserved.add(adminId.toLowerCase(Locale.ROOT));
    organization.processOwners().stream().map(ProcessOwner::userId).map(id -> id.toLowerCase(Locale.ROOT))
        .forEach(reserved::add);
    return reserved;
  }
}
