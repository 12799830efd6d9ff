/**
 * Files stored once by the SHA-256 of their bytes, behind a storage interface (the
 * filesystem under the data directory by default, or an S3-compatible object store), with
 * a record of each stored file ({@code stored_file}). Uploaded papers (PDF, JPEG, PNG,
 * TIFF, told by content) are checked — encryption, scripts, embedded files, decompression
 * bombs, absurd sizes, file names — and stored as PDF ({@code ingested_document}),
 * claimed by the modules that keep them ({@code document_claim}), and swept when left
 * unclaimed. The text of stored papers is recognized with Tesseract when it is installed,
 * kept per page ({@code document_text}) for search, and mined for suggested ID numbers
 * and dates. {@link org.motcua.document.Documents} is the facade;
 * {@code /api/v1/documents} uploads and downloads;
 * {@link org.motcua.document.DocumentAccess} lets other modules grant downloads.
 *
 * <p>
 * Publishes no events and listens to none. Depends on {@code shared} and
 * {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
package org.motcua.document;
