package vn.gov.congvu.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A password nobody knows, for a user created outside the demo until they set their own through a one-time link. It
 * passes Camunda's default policy (length, upper and lower case, digit, special character), whose user-data rule also
 * refuses a password containing the user's id, names or e-mail: one that happens to contain a short name ("An") is
 * drawn again.
 */
final class UnusablePasswords {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String[] CLASSES = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789",
      "!#%+-.:=?@_"};

  private UnusablePasswords() {
  }

  static String forUser(String id, String firstName, String lastName, String email) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      byte[] bytes = new byte[18];
      RANDOM.nextBytes(bytes);
      StringBuilder password = new StringBuilder(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
      for (String characters : CLASSES) {
        password.append(characters.charAt(RANDOM.nextInt(characters.length())));
      }
      String upper = password.toString().toUpperCase(Locale.ROOT);
      if (Stream.of(id, firstName, lastName, email).filter(s -> s != null && !s.isBlank())
          .noneMatch(s -> upper.contains(s.toUpperCase(Locale.ROOT)))) {
        return password.toString();
      }
    }
    throw new IllegalStateException("No random password avoids the user data of " + id);
  }
}
