package vn.gov.congvu.identity;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables a piece of work wrote to, by H2's query statistics (every statement the database ran, whoever sent it):
 * "nothing written" told apart from "the same values written again", which the rows alone cannot show.
 */
public final class WrittenTables {

  private static final Pattern WRITE = Pattern.compile("^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)"
      + "\\s+(?:\\w+\\.)?\"?(\\w+)", Pattern.CASE_INSENSITIVE);

  private WrittenTables() {
  }

  /** Runs the work and returns the tables (upper case) that statements during it inserted into, updated or
   * deleted from. */
  public static <T> Result<T> during(JdbcTemplate jdbc, Supplier<T> work) {
    jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
    jdbc.execute("SET QUERY_STATISTICS FALSE"); // clears what was counted before
    jdbc.execute("SET QUERY_STATISTICS TRUE");
    try {
      T value = work.get();
      List<String> sql = jdbc.queryForList("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
          + "WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'", String.class);
      Long statements = jdbc.queryForObject("SELECT SUM(EXECUTION_COUNT) FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
          + "WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'", Long.class);
      List<String> tables = sql.stream().map(WRITE::matcher).filter(Matcher::find)
          .map(m -> m.group(1).toUpperCase(Locale.ROOT)).distinct().sorted().toList();
      return new Result<>(value, tables, statements == null ? 0 : statements);
    } finally {
      jdbc.execute("SET QUERY_STATISTICS FALSE");
    }
  }

  /** What the work returned, the tables written, and how many statements ran in all. */
  public record Result<T>(T value, List<String> tables, long statements) {
  }
}
