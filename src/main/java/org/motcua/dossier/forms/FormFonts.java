package org.motcua.dossier.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu Serif faces the forms use (one family: each face used is one more font to
 * subset and embed), read from disk once and parsed once per set: a form borrows a parsed
 * set for its rendering and gives it back, so no form parses a font file again. A set
 * serves one rendering at a time (parsed fonts are not shared between threads); when
 * every set is out, the form waits for one (at most {@value #KEPT_SETS} are parsed). A
 * parsed set holds about 25 MB once it has served forms (tables, glyphs and the
 * substitution data PDFBox reads from them), so the process keeps at most
 * {@value #KEPT_SETS} sets per font folder, shared by every renderer in it. Each face is
 * embedded as a subset of the glyphs the form uses, and only if it uses it.
 */
final class FormFonts {

	/** The parsed sets kept per font folder. */
	static final int KEPT_SETS = 2;

	private static final Map<Path, FormFonts> BY_FOLDER = new ConcurrentHashMap<>();

	private static final List<Face> FACES = List.of(new Face("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
			new Face("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL),
			new Face("DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC),
			new Face("DejaVuSerif-BoldItalic.ttf", "DejaVu Serif", 700, FontStyle.ITALIC));

	private final List<byte[]> files = new ArrayList<>();

	private final BlockingQueue<List<TrueTypeFont>> parsed;

	private final int kept;

	private int made;

	/** The fonts of {@code fontDir}, shared by the whole process. */
	static FormFonts of(Path fontDir) {
		return BY_FOLDER.computeIfAbsent(fontDir.toAbsolutePath().normalize(), (dir) -> new FormFonts(dir, KEPT_SETS));
	}

	private FormFonts(Path fontDir, int sets) {
		try {
			for (Face face : FACES) {
				this.files.add(Files.readAllBytes(fontDir.resolve(face.file())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the forms' fonts in " + fontDir, ex);
		}
		this.parsed = new ArrayBlockingQueue<>(sets);
		this.kept = sets;
	}

	/**
	 * A parsed set of the faces, to give back with {@link #giveBack}: a kept set when one
	 * is free, a newly parsed one while fewer than the kept number exist, otherwise the
	 * first set given back. Rendering is CPU work, so more renderings at once than kept
	 * sets would only parse fonts again without finishing any sooner.
	 */
	List<TrueTypeFont> borrow() {
		List<TrueTypeFont> set = this.parsed.poll();
		if (set != null) {
			return set;
		}
		synchronized (this) {
			if (this.made < this.kept) {
				this.made++;
				try {
					return parse();
				}
				catch (RuntimeException ex) {
					this.made--;
					throw ex;
				}
			}
		}
		try {
			return this.parsed.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the forms' fonts", ex);
		}
	}

	void giveBack(List<TrueTypeFont> set) {
		if (!this.parsed.offer(set)) {
			set.forEach(FormFonts::close);
		}
	}

	/**
	 * Offers each face of {@code set} to the renderer for {@code document}, embedded on
	 * first use.
	 */
	void offer(PdfRendererBuilder builder, PDDocument document, List<TrueTypeFont> set) {
		for (int i = 0; i < FACES.size(); i++) {
			Face face = FACES.get(i);
			builder.useFont(new OnFirstUse(document, set.get(i)), face.family(), face.weight(), face.style(), true);
		}
	}

	private List<TrueTypeFont> parse() {
		List<TrueTypeFont> set = new ArrayList<>(this.files.size());
		try {
			for (byte[] file : this.files) {
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
				// no ligatures or other substitutions: the forms print plain words, and
				// applying the substitution rules to every string cost a tenth of a form
				font.setEnableGsub(false);
				set.add(font);
			}
			return set;
		}
		catch (IOException ex) {
			set.forEach(FormFonts::close);
			throw new UncheckedIOException("cannot parse the forms' fonts", ex);
		}
	}

	private static void close(TrueTypeFont font) {
		try {
			font.close();
		}
		catch (IOException ex) {
			// an in-memory font holds nothing to release
		}
	}

	private record Face(String file, String family, int weight, FontStyle style) {
	}

	/** Embeds its face in the document the first time the layout asks for it. */
	private static final class OnFirstUse extends PDFontSupplier {

		private final PDDocument document;

		private final TrueTypeFont font;

		private PDFont embedded;

		OnFirstUse(PDDocument document, TrueTypeFont font) {
			super(null);
			this.document = document;
			this.font = font;
		}

		@Override
		public PDFont supply() {
			if (this.embedded == null) {
				try {
					this.embedded = PDType0Font.load(this.document, this.font, true);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return this.embedded;
		}

	}

}
