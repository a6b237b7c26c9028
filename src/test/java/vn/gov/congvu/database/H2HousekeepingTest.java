package vn.gov.congvu.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The default database on the shipped URL, written to as the engine does (many small transactions), stays small:
 * with every commit written at once and no housekeeping, H2 left a chunk behind per commit.
 */
class H2HousekeepingTest {

  private static final int ROUNDS = 2_000;

  @TempDir
  Path dataDir;

  @Test
  void fileStaysSmallUnderManySmallCommits() throws Exception {
    SingleConnectionDataSource dataSource = new SingleConnectionDataSource(shippedUrl(), "sa", "", true);
    H2Housekeeping housekeeping = new H2Housekeeping(dataSource);
    try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
      ddl.execute("create table work (id varchar(64) primary key, text varchar(200), n int)");
      ddl.execute("create table log (id varchar(64) primary key, text varchar(200))");
      connection.setAutoCommit(false);
      for (int i = 0; i < ROUNDS; i++) {
        update(connection, "insert into work values (?, 'Đề nghị ra khỏi thành phố', 0)", "w" + i);
        update(connection, "insert into log values (?, 'Lịch sử')", "l" + i);
        connection.commit();
        update(connection, "update work set n = n + 1 where id = ?", "w" + i / 2);
        update(connection, "delete from work where id = ?", "w" + (i - 50));
        connection.commit();
        if (i % 250 == 0) {
          housekeeping.compact();
        }
      }
      housekeeping.compact();
      // Live data's share of the file's chunks: what decides whether the file keeps growing.
      int fillRate = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
          .getMvStore().getFileStore().getChunksFillRate();
      long size = Files.size(dataDir.resolve("congvu.mv.db"));
      assertThat(fillRate).as("chunks %d%% full, %.1f MB after %d commits", fillRate, size / 1048576.0, 2 * ROUNDS)
          .isGreaterThanOrEqualTo(15);
      assertThat(size).isLessThan(1024L * 1024);
    } finally {
      dataSource.destroy();
    }
  }

  private static void update(Connection connection, String sql, String id) throws Exception {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, id);
      statement.executeUpdate();
    }
  }

  /** The default of spring.datasource.url in application.yaml, on the temporary data directory. */
  private String shippedUrl() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    Properties properties = yaml.getObject();
    Matcher url = Pattern.compile("\\$\\{DB_URL:(.*)}").matcher(properties.getProperty("spring.datasource.url"));
    assertThat(url.matches()).isTrue();
    return url.group(1).replace("${app.data-dir}", dataDir.toString());
  }
}
