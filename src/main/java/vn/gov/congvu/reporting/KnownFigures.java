package vn.gov.congvu.reporting;

/** What the system already knows of a unit for a period, shown pre-filled in its report (M1, M3). */
public record KnownFigures(int travelApproved, int travelRejected, int travelExpired, int lateDeclarations,
    int incidentsLow, int incidentsHigh, int incidentsCritical, int violationsRecorded) {

  static final KnownFigures NONE = new KnownFigures(0, 0, 0, 0, 0, 0, 0, 0);

  /** The figures as the report form shows them. */
  public String describe() {
    return "Đề nghị ra khỏi thành phố: " + travelApproved + " đồng ý, " + travelRejected + " từ chối, "
        + travelExpired + " hết hiệu lực\nKhai báo y tế muộn: " + lateDeclarations
        + "\nSự việc đột xuất: " + incidentsCritical + " nghiêm trọng, " + incidentsHigh + " cao, " + incidentsLow
        + " thấp\nVi phạm đã ghi nhận: " + violationsRecorded;
  }
}
