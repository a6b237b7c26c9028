package vn.gov.congvu.reference;

import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Service;

import vn.gov.congvu.CongVuApplication;

/**
 * Case references ("Số hồ sơ") such as {@code DN-2026-000123}: a prefix per kind of case, the year, and the next
 * value of the kind's database sequence (Spring's incrementer speaks each database's sequence syntax). Sequences are
 * not rolled back, so a refused start leaves a gap, never a repeat.
 */
@Service
public class CaseReferences {

  private static final ZoneId ZONE = ZoneId.of(CongVuApplication.ZONE);

  private final DataSource dataSource;
  private final boolean postgres;
  private final Map<String, DataFieldMaxValueIncrementer> sequences = new ConcurrentHashMap<>();

  CaseReferences(DataSource dataSource) throws java.sql.SQLException {
    this.dataSource = dataSource;
    try (var connection = dataSource.getConnection()) {
      this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
  }

  /** The next reference of a kind: {@code prefix-yyyy-nnnnnn} from the given sequence. */
  public String next(String prefix, String sequence) {
    long number = sequences.computeIfAbsent(sequence, this::incrementer).nextLongValue();
    int year = Year.from(ClockUtil.getCurrentTime().toInstant().atZone(ZONE)).getValue();
    return String.format("%s-%d-%06d", prefix, year, number);
  }

  private DataFieldMaxValueIncrementer incrementer(String sequence) {
    return postgres ? new PostgresSequenceMaxValueIncrementer(dataSource, sequence)
        : new H2SequenceMaxValueIncrementer(dataSource, sequence);
  }
}
