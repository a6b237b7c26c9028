package vn.gov.congvu.tasklist;

import java.util.List;

/**
 * The variables a process shows as columns of the shared Tasklist filters, declared by the feature that owns the
 * process; the filters show every feature's columns, in the order the features are found.
 */
public interface FilterColumns {

  List<FilterColumn> filterColumns();
}
