package vn.gov.congvu.tasklist;

/** What a task card says: a name carrying the case, and a description (null: the diagram's). */
public record TaskTitle(String name, String description) {
}
