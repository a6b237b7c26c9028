package vn.gov.congvu.directory;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.congvu.identity.SystemAuthority;
import vn.gov.congvu.web.InputRejected;

/**
 * A person sets their own password through a one-time link. The password follows Camunda's policy (the engine's when
 * {@code enablePasswordPolicy} is on, as in prod; its default rules otherwise), checked before the link is spent, so
 * a refused password can be corrected with the same link. The account is unlocked: a new password is a fresh start.
 */
@Service
class PasswordSetting {

  private static final int MAX_LENGTH = 200;

  private final PasswordLinks links;
  private final IdentityService identity;
  private final SystemAuthority system;

  PasswordSetting(PasswordLinks links, IdentityService identity, SystemAuthority system) {
    this.links = links;
    this.identity = identity;
    this.system = system;
  }

  /** Whose link it is, while it works. */
  User holder(String token) {
    String userId = token == null || token.isBlank() ? null : links.holder(token.trim()).orElse(null);
    User user = userId == null ? null
        : system.run(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      throw invalidLink();
    }
    return user;
  }

  private static InputRejected invalidLink() {
    return InputRejected.invalid("token", "Liên kết không còn hiệu lực (đã dùng, đã hết hạn hoặc đã có liên kết mới "
        + "hơn). Đề nghị quản trị viên gửi lại liên kết.");
  }

  @Transactional
  String set(String token, String password) {
    User user = holder(token);
    if (password == null || password.isEmpty() || password.length() > MAX_LENGTH) {
      throw InputRejected.invalid("password", "Nhập mật khẩu (tối đa " + MAX_LENGTH + " ký tự).");
    }
    PasswordPolicy policy = system.run(identity::getPasswordPolicy);
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(
        policy != null ? policy : new DefaultPasswordPolicyImpl(), password, user);
    if (!result.isValid()) {
      throw InputRejected.invalid("password", PasswordPolicyMessages.of(result));
    }
    if (!links.spend(token.trim())) {
      throw invalidLink(); // spent by another request a moment ago
    }
    system.run(() -> {
      user.setPassword(password);
      identity.saveUser(user);
      identity.unlockUser(user.getId());
      return null;
    });
    return user.getId();
  }
}
