package vn.gov.congvu.organization;

/**
 * An administrative unit of the directory; {@code parentId} is null only for the City People's Committee. {@code seat}
 * is the ward where the unit's office stands (a ward's seat is itself): the epidemic level of that ward applies to it.
 */
public record Unit(String id, String name, UnitKind kind, String parentId, boolean active, String seat) {

  /** A unit whose seat is not given: a ward sits in itself, any other unit's seat is unknown. */
  public Unit(String id, String name, UnitKind kind, String parentId, boolean active) {
    this(id, name, kind, parentId, active, kind == UnitKind.WARD ? id : null);
  }

  public boolean isCity() {
    return kind == UnitKind.CITY;
  }

  public boolean isWard() {
    return kind == UnitKind.WARD;
  }
}
