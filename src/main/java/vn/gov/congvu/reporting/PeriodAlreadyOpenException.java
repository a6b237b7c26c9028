package vn.gov.congvu.reporting;

/** A second start for a period that already has its cycle (contract: 409). */
public class PeriodAlreadyOpenException extends RuntimeException {

  public PeriodAlreadyOpenException(String period) {
    super("Kỳ báo cáo " + period + " đã được mở");
  }
}
