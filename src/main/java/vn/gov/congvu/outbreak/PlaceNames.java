package vn.gov.congvu.outbreak;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares Vietnamese place names the way people type them: without diacritics or case ("Da Lat" is "Đà Lạt"),
 * and as whole words ("Lạt" alone is not "Đà Lạt").
 */
final class PlaceNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  private PlaceNames() {
  }

  static String normalise(String name) {
    String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(plain).replaceAll(" ").trim();
  }

  /** True when the area's name appears in the destination as whole words. */
  static boolean mentions(String destination, String area) {
    String haystack = " " + normalise(destination) + " ";
    String needle = normalise(area);
    return !needle.isEmpty() && haystack.contains(" " + needle + " ");
  }
}
