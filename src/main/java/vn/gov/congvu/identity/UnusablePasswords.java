package vn.gov.congvu.identity;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A password nobody knows, for users created outside the demo until they set their own through a one-time link: 144
 * random bits, never stored but hashed, never shown. One serves a whole batch of new users ({@link NewIdentityRows}
 * hashes it once); Camunda's policy is not asked, since nobody will ever type it.
 */
final class UnusablePasswords {

  private static final SecureRandom RANDOM = new SecureRandom();

  private UnusablePasswords() {
  }

  static String random() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
