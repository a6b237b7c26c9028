package vn.gov.congvu.directory;

/**
 * One thing wrong with an imported file, in Vietnamese: the sheet ({@code units} or {@code staff}) and the row as
 * Excel numbers it (the header is row 1); {@code line} is null when the problem concerns the sheet as a whole.
 */
record ImportProblem(String sheet, Integer line, String message) {
}
