package vn.gov.congvu.reporting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import vn.gov.congvu.violation.ViolationHandling;

/**
 * What the system already knows of a unit for a period, shown pre-filled in its report (M1, M3) and refreshed at
 * consolidation: travel decisions, late declarations, incidents by severity, infections reported as incidents, the
 * violations recorded, how many of them the unit found and handled itself (see {@link KnownFiguresService}) and the
 * forms of handling of its staff violations (seed 000: "xử lý … vi phạm"), by form.
 */
public record KnownFigures(int travelApproved, int travelRejected, int travelExpired, int lateDeclarations,
    int incidentsLow, int incidentsHigh, int incidentsCritical, int infectionsReported, int violationsRecorded,
    int violationsSelfHandled, Map<ViolationHandling, Integer> handlings) {

  static final KnownFigures NONE = new KnownFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public KnownFigures {
    Map<ViolationHandling, Integer> sorted = new EnumMap<>(ViolationHandling.class);
    sorted.putAll(handlings == null ? Map.of() : handlings);
    handlings = Collections.unmodifiableMap(sorted); // in the enum's order, from the mildest form
  }

  /** Figures without staff violations handled in any form. */
  public KnownFigures(int travelApproved, int travelRejected, int travelExpired, int lateDeclarations,
      int incidentsLow, int incidentsHigh, int incidentsCritical, int infectionsReported, int violationsRecorded,
      int violationsSelfHandled) {
    this(travelApproved, travelRejected, travelExpired, lateDeclarations, incidentsLow, incidentsHigh,
        incidentsCritical, infectionsReported, violationsRecorded, violationsSelfHandled, Map.of());
  }

  /** The forms of handling in Vietnamese, with how many violations each: "Khiển trách: 1; Cảnh cáo: 2". */
  public String handlingsText() {
    return handlings.entrySet().stream().map(e -> e.getKey().label() + ": " + e.getValue())
        .collect(Collectors.joining("; "));
  }

  /** Violations found by others (the clock, a higher level): they count against the unit's grade. */
  public int violationsFoundByOthers() {
    return violationsRecorded - violationsSelfHandled;
  }

  public int incidents() {
    return incidentsLow + incidentsHigh + incidentsCritical;
  }

  /** The figures as the report form shows them. */
  public String describe() {
    return "Đề nghị ra khỏi thành phố: " + travelApproved + " đồng ý, " + travelRejected + " từ chối, "
        + travelExpired + " hết hiệu lực\nKhai báo y tế muộn: " + lateDeclarations
        + "\nSự việc đột xuất: " + incidentsCritical + " nghiêm trọng, " + incidentsHigh + " cao, " + incidentsLow
        + " thấp\nCa nhiễm COVID-19 đã báo cáo khẩn: " + infectionsReported
        + "\nVi phạm đã ghi nhận: " + violationsRecorded + " (đơn vị tự phát hiện, xử lý: " + violationsSelfHandled
        + "; khai báo muộn hoặc do cấp trên xử lý: " + violationsFoundByOthers() + ")"
        + (handlings.isEmpty() ? "" : "\nHình thức xử lý: " + handlingsText());
  }
}
