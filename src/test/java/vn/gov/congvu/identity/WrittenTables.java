package vn.gov.congvu.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables a piece of work wrote to, by H2's query statistics (every statement the database ran meanwhile):
 * "nothing written" told apart from "the same values written again", which the rows alone cannot show. The scheduled
 * redaction of mailed first-login links ({@code UPDATE notification_outbox SET body}) may run at any moment and is
 * left out.
 */
public final class WrittenTables {

  private static final Pattern WRITE = Pattern.compile("^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)"
      + "\\s+(?:\\w+\\.)?\"?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern BACKGROUND = Pattern.compile("^\\s*UPDATE\\s+notification_outbox\\s+SET\\s+body\\b",
      Pattern.CASE_INSENSITIVE);

  private WrittenTables() {
  }

  /** Runs the work; the result holds each statement run meanwhile with how many times it ran. */
  public static <T> Result<T> during(JdbcTemplate jdbc, Supplier<T> work) {
    jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
    jdbc.execute("SET QUERY_STATISTICS FALSE"); // clears what was counted before
    jdbc.execute("SET QUERY_STATISTICS TRUE");
    try {
      T value = work.get();
      Map<String, Long> statements = jdbc.queryForList("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM "
          + "INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'").stream()
          .filter(row -> !BACKGROUND.matcher(row.get("SQL_STATEMENT").toString()).find())
          .collect(Collectors.toMap(row -> row.get("SQL_STATEMENT").toString(),
              row -> ((Number) row.get("EXECUTION_COUNT")).longValue(), Long::sum));
      return new Result<>(value, statements);
    } finally {
      jdbc.execute("SET QUERY_STATISTICS FALSE");
    }
  }

  /** What the work returned, and each statement run meanwhile (background redaction left out) with its count. */
  public record Result<T>(T value, Map<String, Long> statements) {

    /** The tables (upper case) that statements inserted into, updated or deleted from. */
    public List<String> tables() {
      return statements.keySet().stream().map(WRITE::matcher).filter(Matcher::find)
          .map(m -> m.group(1).toUpperCase(Locale.ROOT)).distinct().sorted().toList();
    }

    /** How many statements ran that name one of these tables. */
    public long statementsOn(String... tables) {
      return statements.entrySet().stream().filter(e -> List.of(tables).stream()
          .anyMatch(t -> e.getKey().toUpperCase(Locale.ROOT).contains(t.toUpperCase(Locale.ROOT))))
          .mapToLong(Map.Entry::getValue).sum();
    }
  }
}
