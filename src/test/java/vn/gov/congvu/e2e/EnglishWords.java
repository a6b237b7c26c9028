package vn.gov.congvu.e2e;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds English left on a screen meant to be Vietnamese: the visible text split into words, each compared with
 * common English words of the webapps' user interface. Identifiers (process keys, variable and group names, ids:
 * anything with a hyphen, underscore, digit, dot, colon or an inner capital inside it) are code, not language, and
 * are skipped; so are the proper names Vietnamese text writes as they are.
 */
final class EnglishWords {

  /** Words of Camunda's English screens; none is also a Vietnamese word (so not "an", "in", "to", "can"). */
  static final Set<String> COMMON = Set.of("the", "and", "of", "for", "with", "process", "processes", "instance",
      "instances", "definition", "definitions", "version", "versions", "running", "incident", "incidents",
      "deployed", "deployment", "deployments", "days", "day", "list", "add", "filter", "filters", "search",
      "details", "variable", "variables", "job", "jobs", "user", "users", "group", "groups", "tenant", "tenants",
      "authorization", "authorizations", "edit", "delete", "actions", "action", "previews", "criteria", "called",
      "assignments", "type", "tag", "null", "current", "statistics", "on", "off", "name", "state", "value", "key",
      "start", "time", "end", "dashboard", "decisions", "decision", "tasks", "task", "open", "human", "loading",
      "first", "last", "email", "password", "profile", "create", "new", "when", "then", "hit", "policy", "view",
      "annotations", "string", "date", "boolean", "unique", "more", "batches", "reports", "system", "log", "out");

  /** Proper names and standard abbreviations that Vietnamese screens write as they are. */
  static final Set<String> PROPER = Set.of("Camunda", "Platform", "BPMN", "DMN", "CMMN", "DRD", "ISO", "UTC");

  private EnglishWords() {
  }

  /** The English words of a screen's visible text, in order of appearance. */
  static List<String> in(String visibleText) {
    return Arrays.stream(visibleText.split("\\s+"))
        .map(token -> token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
        .filter(token -> !token.matches(".*[-_0-9.:@/].*") && !token.matches(".*\\p{Ll}\\p{Lu}.*"))
        .flatMap(token -> Arrays.stream(token.split("[^\\p{L}]+")))
        .filter(word -> !word.isEmpty() && !PROPER.contains(word))
        .filter(word -> COMMON.contains(word.toLowerCase(Locale.ROOT))).toList();
  }
}
