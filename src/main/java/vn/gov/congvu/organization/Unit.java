package vn.gov.congvu.organization;

/** An administrative unit of the directory; {@code parentId} is null only for the City People's Committee. */
public record Unit(String id, String name, UnitKind kind, String parentId, boolean active) {

  public boolean isCity() {
    return kind == UnitKind.CITY;
  }
}
