package vn.gov.congvu.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rewrites the H2 file's half-empty chunks now and then, as H2's own background writer would. The default database
 * writes every commit before it answers ({@code WRITE_DELAY=0}), which switches that writer off: each commit then
 * leaves a small chunk behind and the file grew by about 13 KB per commit, without bound (1 GB after 120,000 small
 * commits; 1.3 MB with this housekeeping and RETENTION_TIME=0). Only for an embedded H2 file; PostgreSQL and the
 * tests' in-memory H2 are left alone. Uses H2's own store API (2.3), there being no SQL for it while the database is
 * open.
 */
@Component
class H2Housekeeping {

  private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);
  /** H2's own target: rewrite when live data fills less than this share of the chunks. */
  private static final int TARGET_FILL_RATE = 90;
  private static final int WRITE_LIMIT = 16 * 1024 * 1024;

  private final DataSource dataSource;
  /** Whether the datasource is an embedded H2 file, found out on the first run. */
  private volatile Boolean embeddedFile;

  H2Housekeeping(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Scheduled(fixedDelayString = "${app.h2.housekeeping-interval:PT5S}")
  void compact() {
    if (Boolean.FALSE.equals(embeddedFile)) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      embeddedFile = connection.getMetaData().getURL().startsWith("jdbc:h2:file:")
          && connection.isWrapperFor(JdbcConnection.class);
      if (!embeddedFile) {
        return;
      }
      if (connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
        MVStore store = session.getDatabase().getStore().getMvStore();
        store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn("H2 housekeeping skipped: {}", e.toString());
    }
  }
}
