package vn.gov.congvu.organization;

/** A unit id that the directory does not know. */
public class UnknownUnitException extends RuntimeException {

  public UnknownUnitException(String unitId) {
    super("Không tìm thấy đơn vị: " + unitId);
  }
}
