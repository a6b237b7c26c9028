package vn.gov.congvu.directory;

import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the first-login page calls, without a login (the link is the credential): {@code POST /account/password/check}
 * says whose link it is, {@code POST /account/password} sets the password. Outside {@code /api}, which needs HTTP
 * Basic; no cookie is read or set, so there is nothing to forge across sites.
 */
@RestController
record PasswordController(PasswordSetting setting) {

  record TokenBody(String token) {
  }

  record PasswordBody(String token, String password) {
  }

  record Holder(String userId, String fullName) {
  }

  @PostMapping("/account/password/check")
  Holder check(@RequestBody TokenBody body) {
    User user = setting.holder(body.token());
    return new Holder(user.getId(), (user.getFirstName() + " " + user.getLastName()).trim());
  }

  @PostMapping("/account/password")
  Holder set(@RequestBody PasswordBody body) {
    String userId = setting.set(body.token(), body.password());
    return new Holder(userId, null);
  }
}
