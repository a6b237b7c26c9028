package vn.gov.congvu.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of units' health services (migration V9_1). */
@Repository
public class HealthServiceTable {

  private final JdbcClient client;

  HealthServiceTable(JdbcClient client) {
    this.client = client;
  }

  /** The health services the given units have; units without one are absent. One query. */
  public Map<String, HealthService> of(Collection<String> unitIds) {
    Map<String, HealthService> found = new HashMap<>();
    if (unitIds.isEmpty()) {
      return found;
    }
    client.sql("SELECT unit_id, name, email FROM unit_health_service WHERE unit_id IN (:units)")
        .param("units", unitIds).query((RowCallbackHandler) rs -> found.put(rs.getString("unit_id"),
            new HealthService(rs.getString("unit_id"), rs.getString("name"), rs.getString("email"))));
    return found;
  }

  /** Inserts or updates a unit's health service; returns true when a row changed. */
  public boolean save(HealthService service) {
    HealthService existing = of(List.of(service.unitId())).get(service.unitId());
    if (service.equals(existing)) {
      return false;
    }
    String sql = existing == null
        ? "INSERT INTO unit_health_service (name, email, unit_id) VALUES (:name, :email, :unit)"
        : "UPDATE unit_health_service SET name = :name, email = :email WHERE unit_id = :unit";
    client.sql(sql).param("name", service.name()).param("email", service.email()).param("unit", service.unitId())
        .update();
    return true;
  }
}
