package vn.gov.congvu.reporting;

/**
 * What the system already knows of a unit for a period, shown pre-filled in its report (M1, M3) and refreshed at
 * consolidation: travel decisions, late declarations, incidents by severity, infections reported as incidents, the
 * violations recorded and how many of them the unit found and handled itself (see {@link KnownFiguresService}).
 */
public record KnownFigures(int travelApproved, int travelRejected, int travelExpired, int lateDeclarations,
    int incidentsLow, int incidentsHigh, int incidentsCritical, int infectionsReported, int violationsRecorded,
    int violationsSelfHandled) {

  static final KnownFigures NONE = new KnownFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

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
        + "; khai báo muộn hoặc do cấp trên xử lý: " + violationsFoundByOthers() + ")";
  }
}
