package vn.gov.congvu.violation;
// STUB
@org.springframework.stereotype.Service
public class ViolationRegister {
  public boolean record(String userId, ViolationType type, String details, String processInstanceId, String sourceKey) { return true; }
  public int count(String unitId, String period, ViolationType type) { return 0; }
}
