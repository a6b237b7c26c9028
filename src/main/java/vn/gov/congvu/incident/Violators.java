package vn.gov.congvu.incident;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.gov.congvu.violation.ViolationHandling;

/**
 * What a level said about the staff who violated when it resolved a case (E4 "xử lý ... vi phạm (nếu có)"): whether
 * a violation was found (taken as found when a violator is named), each violator once with the first named first,
 * and the form of handling (left to the competent authority when not given). Read as submitted; the input rule says
 * what is acceptable.
 */
record Violators(boolean found, List<String> userIds, String handlingText) {

  static Violators of(Object violationFound, String violatorId, String otherViolatorIds, String handling) {
    Set<String> ids = new LinkedHashSet<>();
    boolean named = violatorId != null && !violatorId.isBlank();
    if (named) {
      ids.add(violatorId.trim());
    }
    ids.addAll(split(otherViolatorIds));
    boolean found = violationFound instanceof Boolean b ? b : named;
    return new Violators(found, List.copyOf(ids), handling);
  }

  /** The form of handling, CHO_XEM_XET when none was given; null when the text names none of them. */
  ViolationHandling handling() {
    if (handlingText == null || handlingText.isBlank()) {
      return ViolationHandling.CHO_XEM_XET;
    }
    try {
      return ViolationHandling.valueOf(handlingText.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** Comma-separated ids, trimmed, blanks dropped. */
  static List<String> split(String ids) {
    List<String> found = new ArrayList<>();
    if (ids != null) {
      for (String id : ids.split(",")) {
        if (!id.isBlank()) {
          found.add(id.trim());
        }
      }
    }
    return found;
  }
}
