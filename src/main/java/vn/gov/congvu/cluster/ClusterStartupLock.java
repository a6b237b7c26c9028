package vn.gov.congvu.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Nodes sharing one PostgreSQL start one at a time: Camunda's schema creation, the auto-deployment, the administrator
 * and the identity sync are not safe for two nodes racing on an empty database. A session-level advisory lock is
 * taken before Flyway and the engine are built and released when the node is ready (or has failed). Other
 * databases (the embedded H2 file) have one node and need no lock.
 */
public class ClusterStartupLock {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterStartupLock.class);
  static final long LOCK_KEY = 0x636F6E67767531L; // "congvu1"

  private Connection held;

  ClusterStartupLock(DataSource dataSource) throws SQLException {
    Connection connection = dataSource.getConnection();
    if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      connection.close();
      return;
    }
    LOG.info("Waiting for the cluster startup lock");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
    }
    held = connection;
    LOG.info("Holding the cluster startup lock");
  }

  @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class, ContextClosedEvent.class})
  public synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
      LOG.info("Released the cluster startup lock");
    } catch (SQLException e) {
      LOG.warn("Releasing the cluster startup lock failed; closing its connection releases it", e);
    } finally {
      held = null;
    }
  }
}
