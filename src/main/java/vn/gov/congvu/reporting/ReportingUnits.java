package vn.gov.congvu.reporting;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.congvu.organization.DirectoryGroups;

/**
 * Used by the diagram's multi-instance: the units of the cycle (kept as ids in one text variable, since Java
 * serialization of variables is off) and the group that reports for each.
 */
@Component("reportingUnits")
public class ReportingUnits {

  public List<String> list(String unitIds) {
    return unitIds == null || unitIds.isBlank() ? List.of() : Arrays.asList(unitIds.split(","));
  }

  public String headsGroup(String unitId) {
    return DirectoryGroups.heads(unitId);
  }

  static String join(List<String> unitIds) {
    return String.join(",", unitIds);
  }
}
