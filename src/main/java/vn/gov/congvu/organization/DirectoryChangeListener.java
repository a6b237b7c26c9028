package vn.gov.congvu.organization;

/**
 * Implemented by a feature whose open work must follow a change of the directory (an incident waiting at a level
 * whose role became empty goes up its chain). Called in the change's transaction, with no engine authentication:
 * a failure rolls the whole change back.
 */
public interface DirectoryChangeListener {

  void directoryChanged(DirectoryChange change);
}
