package org.motcua.document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Keeps decompression bombs out: a PDF whose streams would decode to far more than they
 * could hold. PDFBox decodes a stream into memory in one piece when it is first read, so
 * every stream is decoded here first, before PDFBox reads any, into a sink that counts
 * and forgets, stopping at a bound: {@value #STREAM_LIMIT} bytes for a stream that is not
 * an image (page contents, fonts, object streams), the size its dimensions allow for an
 * image (whose pixels must stay within {@link ImageConversion#MAX_PIXELS}). Images in a
 * format PDFBox decodes whole (JPEG) are checked by the dimensions in their header.
 */
final class PdfStreams {

	/** The most bytes a stream other than an image may decode to. */
	static final long STREAM_LIMIT = 32L * 1024 * 1024;

	/** Room over an image's computed size, for padding and predictor bytes. */
	private static final long IMAGE_SLACK = 1024 * 1024;

	/** How far before {@code stream} the raw check looks for the stream's dictionary. */
	private static final int DICTIONARY_WINDOW = 4096;

	private static final String STREAM = "stream";

	private static final String ENDSTREAM = "endstream";

	private PdfStreams() {
	}

	/**
	 * Checks the streams PDFBox decodes while loading a file (object streams and
	 * cross-reference streams, compressed with Flate), straight from the file's bytes.
	 * @throws org.motcua.platform.RequestRefused 422 {@code document.oversized-content}
	 */
	static void checkStructure(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		// one byte a char: String.indexOf searches it with the processor's string
		// instructions, several times faster than a loop over the bytes
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int from = 0;
		while (true) {
			int at = text.indexOf(STREAM, from);
			if (at < 0) {
				return;
			}
			from = at + STREAM.length();
			if (at >= 3 && bytes[at - 1] == 'd' && bytes[at - 2] == 'n' && bytes[at - 3] == 'e') {
				continue;
			}
			String dictionary = text.substring(Math.max(0, at - DICTIONARY_WINDOW), at);
			int object = dictionary.lastIndexOf(" obj");
			if (object >= 0) {
				dictionary = dictionary.substring(object);
			}
			if (!(dictionary.contains("/ObjStm") || dictionary.contains("/XRef")) || !dictionary.contains("/Fl")) {
				continue;
			}
			int start = from;
			if (start < bytes.length && bytes[start] == '\r') {
				start++;
			}
			if (start < bytes.length && bytes[start] == '\n') {
				start++;
			}
			int end = text.indexOf(ENDSTREAM, start);
			inflatedSize(bytes, start, ((end < 0) ? bytes.length : end) - start);
			from = Math.max(from, (end < 0) ? bytes.length : end);
		}
	}

	/**
	 * Decodes the zlib data in {@code bytes} into nothing, up to {@link #STREAM_LIMIT};
	 * data that is not zlib is left to PDFBox.
	 */
	private static void inflatedSize(byte[] bytes, int offset, int length) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(bytes, offset, length);
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					return;
				}
				total += n;
				if (total > STREAM_LIMIT) {
					throw Refusals.oversizedContent();
				}
			}
		}
		catch (DataFormatException ex) {
			// not zlib, or corrupt: PDFBox decides
		}
		finally {
			inflater.end();
		}
	}

	/**
	 * Decodes every stream of the loaded document, within bounds, before anything else
	 * reads it. Streams are never inside object streams, so only objects at a file offset
	 * are looked at, and no object stream is decoded by PDFBox before its check.
	 * @throws org.motcua.platform.RequestRefused 422 {@code document.oversized-content}
	 * or {@code document.image-too-large}
	 * @throws IOException when a stream cannot be decoded at all
	 */
	static void check(COSDocument document) throws IOException {
		List<COSObjectKey> keys = new ArrayList<>();
		for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
			if (entry.getValue() != null && entry.getValue() > 0) {
				keys.add(entry.getKey());
			}
		}
		for (COSObjectKey key : keys) {
			COSBase object = document.getObjectFromPool(key).getObject();
			if (object instanceof COSStream stream) {
				check(stream);
			}
		}
	}

	private static void check(COSStream stream) throws IOException {
		List<COSName> filters = filters(stream);
		boolean image = COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
		long limit = STREAM_LIMIT;
		if (image) {
			long width = stream.getLong(COSName.WIDTH, stream.getLong(COSName.W, 0));
			long height = stream.getLong(COSName.HEIGHT, stream.getLong(COSName.H, 0));
			checkPixels(width, height);
			long bits = Math.max(1, Math.min(16, stream.getInt(COSName.BITS_PER_COMPONENT, 8)));
			limit = ((width * 4 * bits + 7) / 8 + 1) * height + IMAGE_SLACK;
		}
		if (filters.isEmpty()) {
			return;
		}
		COSName last = filters.get(filters.size() - 1);
		if (COSName.DCT_DECODE.equals(last)) {
			if (filters.size() == 1) {
				checkJpegHeader(stream);
			}
			return;
		}
		if (COSName.JPX_DECODE.equals(last) || COSName.JBIG2_DECODE.equals(last)
				|| COSName.CCITTFAX_DECODE.equals(last)) {
			// decoded by dimensions (checked above for images)
			return;
		}
		decodeWithin(stream, filters, limit);
	}

	private static void checkPixels(long width, long height) {
		if (width < 0 || height < 0 || width * height > ImageConversion.MAX_PIXELS) {
			throw Refusals.imageTooLarge(ImageConversion.MAX_PIXELS / 1_000_000);
		}
	}

	private static void checkJpegHeader(COSStream stream) throws IOException {
		try (InputStream raw = stream.createRawInputStream();
				ImageInputStream in = ImageIO.createImageInputStream(new BufferedInputStream(raw))) {
			Iterator<ImageReader> readers = (in != null) ? ImageIO.getImageReaders(in) : null;
			if (readers == null || !readers.hasNext()) {
				return;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				checkPixels(reader.getWidth(0), reader.getHeight(0));
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static void decodeWithin(COSStream stream, List<COSName> filters, long limit) throws IOException {
		if (filters.size() == 1 && (COSName.FLATE_DECODE.equals(filters.get(0))
				|| COSName.FLATE_DECODE_ABBREVIATION.equals(filters.get(0))) && inflatedWithin(stream, limit)) {
			return;
		}
		Path intermediate = null;
		try {
			InputStream in = stream.createRawInputStream();
			for (int i = 0; i < filters.size(); i++) {
				Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
				if (i == filters.size() - 1) {
					try (InputStream encoded = in;
							OutputStream out = new Bounded(OutputStream.nullOutputStream(), limit)) {
						filter.decode(encoded, out, stream, i);
					}
				}
				else {
					Path next = Files.createTempFile("motcua-stream-", ".bin");
					try (InputStream encoded = in; OutputStream out = new Bounded(Files.newOutputStream(next), limit)) {
						filter.decode(encoded, out, stream, i);
					}
					if (intermediate != null) {
						Files.deleteIfExists(intermediate);
					}
					intermediate = next;
					in = Files.newInputStream(intermediate);
				}
			}
		}
		catch (Bounded.Exceeded ex) {
			throw Refusals.oversizedContent();
		}
		finally {
			if (intermediate != null) {
				Files.deleteIfExists(intermediate);
			}
		}
	}

	/**
	 * Inflates a Flate stream into nothing, counting: its predictor (if any) only takes
	 * bytes away (one per row) or keeps their number, so the inflated size bounds the
	 * decoded one, and the predictor need not run. Answers whether it could tell; when
	 * not (not zlib data), the stream is decoded by PDFBox's filters as any other.
	 */
	private static boolean inflatedWithin(COSStream stream, long limit) throws IOException {
		Inflater inflater = new Inflater();
		long total = 0;
		try (InputStream raw = stream.createRawInputStream()) {
			byte[] input = new byte[16 * 1024];
			byte[] output = new byte[64 * 1024];
			while (!inflater.finished()) {
				if (inflater.needsInput()) {
					int read = raw.read(input);
					if (read < 0) {
						return true;
					}
					inflater.setInput(input, 0, read);
				}
				int n = inflater.inflate(output);
				if (n == 0 && inflater.needsDictionary()) {
					return false;
				}
				total += n;
				if (total > limit) {
					throw Refusals.oversizedContent();
				}
			}
			return true;
		}
		catch (DataFormatException ex) {
			// not zlib (raw deflate without its header, say): decoded by PDFBox's filter;
			// corrupt after some data: PDFBox reads such a stream only as far as it
			// inflates
			return total > 0;
		}
		finally {
			inflater.end();
		}
	}

	private static List<COSName> filters(COSStream stream) {
		COSBase filters = stream.getFilters();
		List<COSName> names = new ArrayList<>();
		if (filters instanceof COSName name) {
			names.add(name);
		}
		else if (filters instanceof COSArray array) {
			for (COSBase item : array) {
				if (item instanceof COSName name) {
					names.add(name);
				}
			}
		}
		return names;
	}

	/** Passes bytes on until more than the limit have passed. */
	private static final class Bounded extends OutputStream {

		private final OutputStream out;

		private final long limit;

		private long count;

		Bounded(OutputStream out, long limit) {
			this.out = out;
			this.limit = limit;
		}

		@Override
		public void write(int b) throws IOException {
			counted(1);
			this.out.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			counted(length);
			this.out.write(bytes, offset, length);
		}

		private void counted(long n) throws Exceeded {
			this.count += n;
			if (this.count > this.limit) {
				throw new Exceeded();
			}
		}

		@Override
		public void close() throws IOException {
			this.out.close();
		}

		static final class Exceeded extends IOException {

			Exceeded() {
				super("Stream decodes to more than allowed");
			}

		}

	}

}
