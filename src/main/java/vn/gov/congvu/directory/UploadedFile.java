package vn.gov.congvu.directory;

/** One file of an import request: the multipart part, the name it was sent with, its SHA-256 and size. */
record UploadedFile(String part, String name, String sha256, long bytes) {
}
