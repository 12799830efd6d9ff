package org.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;

/**
 * Whether a PDF may be accepted as a paper: readable to its end, not encrypted, with at
 * least one and at most the allowed number of pages, and without scripts, embedded files
 * or launch actions, and without streams that decode to far more than they could hold
 * (see {@link PdfStreams}). Loads the file with PDFBox from disk, caching streams in at
 * most {@value #MEMORY} bytes of memory and temporary files beyond.
 */
final class PdfInspection {

	static final long MEMORY = 16L * 1024 * 1024;

	/** A complete PDF ends with {@code %%EOF} within its last kilobyte. */
	private static final int TAIL = 1024;

	private PdfInspection() {
	}

	/**
	 * The number of pages of the PDF in {@code file}.
	 * @throws org.motcua.platform.RequestRefused 422 {@code document.empty},
	 * {@code document.unreadable}, {@code document.encrypted},
	 * {@code document.too-many-pages}, {@code document.dangerous},
	 * {@code document.oversized-content} or {@code document.image-too-large}
	 */
	static int pages(Path file, int maxPages) {
		try {
			if (Files.size(file) == 0) {
				throw Refusals.empty();
			}
			if (!endsWithEof(file)) {
				throw Refusals.unreadable();
			}
			PdfStreams.checkStructure(file);
			try (PDDocument pdf = Loader.loadPDF(file.toFile(), "", null, null,
					MemoryUsageSetting.setupMixed(MEMORY).streamCache)) {
				if (pdf.isEncrypted()) {
					throw Refusals.encrypted();
				}
				PdfStreams.check(pdf.getDocument());
				int pages = pdf.getNumberOfPages();
				if (pages == 0) {
					throw Refusals.empty();
				}
				if (pages > maxPages) {
					throw Refusals.tooManyPages(pages, maxPages);
				}
				if (isDangerous(pdf)) {
					throw Refusals.dangerous();
				}
				for (PDPage page : pdf.getPages()) {
					readContents(page);
				}
				return pages;
			}
		}
		catch (InvalidPasswordException ex) {
			throw Refusals.encrypted();
		}
		catch (IOException | IllegalStateException | IllegalArgumentException | ClassCastException ex) {
			throw Refusals.unreadable();
		}
	}

	private static boolean endsWithEof(Path file) throws IOException {
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long length = in.length();
			int tail = (int) Math.min(TAIL, length);
			byte[] bytes = new byte[tail];
			in.seek(length - tail);
			in.readFully(bytes);
			return new String(bytes, StandardCharsets.ISO_8859_1).contains("%%EOF");
		}
	}

	/**
	 * Scripts anywhere a viewer runs them (the JavaScript name tree, the open action,
	 * additional actions of the document, its pages, annotations and form fields, the
	 * action of any annotation), launch actions, and files carried inside (the embedded
	 * files name tree, file attachment annotations).
	 */
	static boolean isDangerous(PDDocument pdf) throws IOException {
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();
		PDDocumentNameDictionary names = catalog.getNames();
		if (names != null && (names.getJavaScript() != null || names.getEmbeddedFiles() != null)) {
			return true;
		}
		if (catalog.getOpenAction() instanceof PDAction action && isDangerous(action)) {
			return true;
		}
		if (hasAdditionalActions(catalog.getCOSObject())) {
			return true;
		}
		for (PDPage page : pdf.getPages()) {
			if (hasAdditionalActions(page.getCOSObject())) {
				return true;
			}
			for (PDAnnotation annotation : page.getAnnotations()) {
				if (annotation instanceof PDAnnotationFileAttachment
						|| hasAdditionalActions(annotation.getCOSObject())) {
					return true;
				}
				if (annotation.getCOSObject().getDictionaryObject(COSName.A) instanceof COSDictionary action
						&& isDangerous(PDActionFactory.createAction(action))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasAdditionalActions(COSDictionary dictionary) {
		return dictionary.getDictionaryObject(COSName.AA) instanceof COSDictionary actions && actions.size() > 0;
	}

	private static boolean isDangerous(PDAction action) {
		if (action == null) {
			return false;
		}
		if (action instanceof PDActionJavaScript || action instanceof PDActionLaunch) {
			return true;
		}
		return action.getNext() != null && action.getNext().stream().anyMatch(PdfInspection::isDangerous);
	}

	private static void readContents(PDPage page) throws IOException {
		try (InputStream contents = page.getContents()) {
			contents.transferTo(OutputStream.nullOutputStream());
		}
	}

}
