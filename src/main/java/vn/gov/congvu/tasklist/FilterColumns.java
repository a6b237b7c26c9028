package vn.gov.congvu.tasklist;

import java.util.List;

import vn.gov.congvu.engine.ProcessDeclaration;

/**
 * The variables a process shows as columns of the shared Tasklist filters, declared by the feature that owns the
 * process; the filters show every feature's columns, in the order the features are found. Each new task of the
 * process gets its own read-only copy of them ({@link ColumnCopies}), so that its candidates see the columns too.
 */
public interface FilterColumns extends ProcessDeclaration {

  List<FilterColumn> filterColumns();
}
