package vn.gov.congvu.webapp;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a Vietnamese locale value may equal the English one: when every word left in it is a name a Vietnamese
 * civil servant reads as it is (standards, file formats, the product), once placeholders, markup, printf and
 * moment.js tokens are taken out. Anything else identical to the English text is an untranslated string.
 */
final class SameInVietnamese {

  /** Names of standards and formats that Vietnamese documents write in Latin letters, and the product's name. */
  static final Set<String> WORDS = Set.of(
      "BPMN", "DMN", "CMMN", "DRD", "FEEL", // modelling standards, shown on diagrams and tables
      "ID", "JSON", "XML", "URL", "CSV", "HTML", // identifiers and file formats
      "Camunda", "Cockpit", "Tasklist", // product names
      "OK");

  private static final Pattern NOT_WORDS = Pattern.compile(
      "\\{\\{[^}]*}}" // {{placeholder}}
          + "|<[^>]*>" // markup
          + "|&[a-z]+;" // entities
          + "|%[sd]"); // moment's printf slots

  private SameInVietnamese() {
  }

  static boolean allowed(String key, String english) {
    if (key.startsWith("dateLocales.longDateFormat.") || key.equals("dateLocales.calendar.sameElse")) {
      return true; // moment.js format tokens (DD/MM/YYYY, HH:mm, L), not words
    }
    return Arrays.stream(NOT_WORDS.matcher(english).replaceAll(" ").split("[^\\p{L}]+"))
        .filter(word -> !word.isEmpty()).allMatch(WORDS::contains);
  }
}
