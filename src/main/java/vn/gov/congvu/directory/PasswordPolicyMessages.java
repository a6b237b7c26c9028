package vn.gov.congvu.directory;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/** Camunda's password policy rules in Vietnamese, with the policy's own figures (minLength and the like). */
final class PasswordPolicyMessages {

  private PasswordPolicyMessages() {
  }

  static String of(PasswordPolicyResult result) {
    List<String> parts = result.getViolatedRules().stream().map(PasswordPolicyMessages::of).toList();
    return "Mật khẩu chưa đạt: " + String.join("; ", parts) + ".";
  }

  private static String of(PasswordPolicyRule rule) {
    Map<String, String> p = rule.getParameters();
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "cần ít nhất " + p.get("minLength") + " ký tự";
      case "PASSWORD_POLICY_LOWERCASE" -> "cần ít nhất " + p.get("minLowerCase") + " chữ thường";
      case "PASSWORD_POLICY_UPPERCASE" -> "cần ít nhất " + p.get("minUpperCase") + " chữ hoa";
      case "PASSWORD_POLICY_DIGIT" -> "cần ít nhất " + p.get("minDigit") + " chữ số";
      case "PASSWORD_POLICY_SPECIAL" -> "cần ít nhất " + p.get("minSpecial") + " ký tự đặc biệt (ví dụ ! @ # $ %)";
      case "PASSWORD_POLICY_USER_DATA" -> "không được chứa tên đăng nhập, họ tên hoặc e-mail";
      default -> "không đạt quy tắc " + rule.getPlaceholder();
    };
  }
}
