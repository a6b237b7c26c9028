package vn.gov.congvu.security.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.congvu.security.fuzz.FuzzInputs.FuzzRequest;

/** What the fuzz saw: statuses, the 5xx left by the allow-list, and every finding that fails the test. */
final class FuzzFindings {

  /**
   * A Java stack frame, SQL, MyBatis or JDBC text, an engine table name, a fully qualified exception class, or one of
   * Camunda's message codes.
   */
  static final Pattern STACK_OR_SQL = Pattern.compile("\\bat (?:org|com|java|javax|jakarta|jdk|sun)\\.[\\w$.]+\\("
      + "|\\\\tat |Caused by:|SELECT |INSERT INTO|UPDATE ACT_|DELETE FROM|### Error|org\\.apache\\.ibatis"
      + "|SQLException|JdbcSQL|org\\.h2\\.|ACT_(?:RU|HI|RE|GE|ID)_"
      + "|\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*(?:Exception|Error)\\b|ENGINE-\\d{5}");
  private static final int SNIPPET = 300;

  private final Map<String, Integer> statuses = new TreeMap<>();
  private final Map<String, Integer> anonymousStatuses = new TreeMap<>();
  private final Map<String, Integer> allowed5xx = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private int requests;

  /**
   * Records one answer. {@code allowed} tells whether a 5xx of this operation is explained in the allow-list;
   * {@code secrets} are another unit's ids and texts that must not appear in an answer the caller got (null when
   * anonymous, who must get nothing at all).
   */
  void record(String operation, FuzzRequest request, int status, String body, boolean allowed, Set<String> secrets) {
    requests++;
    (secrets == null ? anonymousStatuses : statuses).merge(status == 0 ? "timeout" : Integer.toString(status), 1,
        Integer::sum);
    String where = operation + " [" + request.kind() + " " + abbreviate(request.target()) + "] -> " + status;
    Matcher leak = STACK_OR_SQL.matcher(body);
    if (leak.find()) {
      failures.add(where + ": shows '" + leak.group() + "' in " + abbreviate(body));
    }
    if (status == 0) {
      failures.add(where + ": no answer within the timeout");
    } else if (status >= 500 && allowed) {
      allowed5xx.merge(operation, 1, Integer::sum);
    } else if (status >= 500) {
      failures.add(where + ": " + abbreviate(body));
    }
    if (status >= 200 && status < 300) {
      if (secrets == null) {
        failures.add(where + ": anonymous caller got an answer");
      } else {
        secrets.stream().filter(body::contains).findFirst()
            .ifPresent(secret -> failures.add(where + ": shows another unit's '" + secret + "'"));
      }
    }
  }

  /** The caller's 2xx answers. */
  int successesAsCaller() {
    return statuses.entrySet().stream().filter(status -> status.getKey().startsWith("2"))
        .mapToInt(Map.Entry::getValue).sum();
  }

  List<String> failures() {
    return failures;
  }

  void print(long millis, Map<String, String> allowList) {
    System.out.printf("%nEngine REST fuzz: %d requests in %d s%n  statuses as the unit head: %s%n"
        + "  statuses anonymous: %s%n", requests, millis / 1000, statuses, anonymousStatuses);
    System.out.printf("  5xx allowed (inside Camunda, see the test's allow-list): %d%n",
        allowed5xx.values().stream().mapToInt(Integer::intValue).sum());
    allowed5xx.forEach((operation, count) -> System.out.printf("    %3d x %s: %s%n", count, operation,
        allowList.get(operation)));
    System.out.printf("  findings: %d%n", failures.size());
    failures.stream().limit(200).forEach(failure -> System.out.println("    " + failure));
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() > SNIPPET ? flat.substring(0, SNIPPET) + "…" : flat;
  }
}
