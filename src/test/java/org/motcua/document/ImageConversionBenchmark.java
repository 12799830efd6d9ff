package org.motcua.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The time to turn a scanned page into PDF (as an upload is converted): an A4 page
 * scanned at 300 dpi in colour as JPEG (embedded as it is, after a decode check), and a
 * multi-page TIFF of {@value #TIFF_PAGES} A4 pages at 300 dpi in 8-bit grey, LZW (decoded
 * and embedded losslessly), reported per page. Each conversion writes its PDF to a
 * temporary file, as an upload does. Run as docs/benchmarks.md says; surefire does not
 * pick it up (not named …Tests).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImageConversionBenchmark {

	static final int TIFF_PAGES = 5;

	/** A4 at 300 dpi. */
	static final int WIDTH = 2480;

	static final int HEIGHT = 3508;

	static final byte[] ID = new byte[32];

	Path directory;

	Path jpeg;

	Path tiff;

	Path target;

	@Setup
	public void setUp() throws IOException {
		this.directory = Files.createTempDirectory("motcua-bench-");
		this.jpeg = this.directory.resolve("scan.jpg");
		this.tiff = this.directory.resolve("scan.tif");
		this.target = this.directory.resolve("out.pdf");
		writeJpeg(page(BufferedImage.TYPE_INT_RGB, 1), this.jpeg);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(this.tiff.toFile())) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType("LZW");
			writer.prepareWriteSequence(null);
			for (int i = 1; i <= TIFF_PAGES; i++) {
				writer.writeToSequence(new IIOImage(page(BufferedImage.TYPE_BYTE_GRAY, i), null, null), param);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
	}

	@TearDown
	public void tearDown() throws IOException {
		for (Path file : new Path[] { this.jpeg, this.tiff, this.target }) {
			Files.deleteIfExists(file);
		}
		Files.deleteIfExists(this.directory);
	}

	@Benchmark
	public int jpegPage() throws IOException {
		Files.deleteIfExists(this.target);
		return ImageConversion.convert(this.jpeg, PaperType.JPEG, 100, ID, this.target);
	}

	@Benchmark
	@OperationsPerInvocation(TIFF_PAGES)
	public int tiffPerPage() throws IOException {
		Files.deleteIfExists(this.target);
		return ImageConversion.convert(this.tiff, PaperType.TIFF_LITTLE_ENDIAN, 100, ID, this.target);
	}

	/**
	 * A page that looks scanned: paper tone, noise, a heading, lines of text, a stamp.
	 */
	static BufferedImage page(int type, int seed) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, type);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(new Color(246, 244, 238));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		Random random = new Random(seed);
		for (int i = 0; i < 40_000; i++) {
			int grey = 200 + random.nextInt(40);
			g.setColor(new Color(grey, grey, grey));
			g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 2, 2);
		}
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SERIF, Font.BOLD, 60));
		g.drawString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 420, 300);
		g.setFont(new Font(Font.SERIF, Font.PLAIN, 42));
		for (int line = 0; line < 60; line++) {
			StringBuilder text = new StringBuilder();
			while (text.length() < 80) {
				text.append("giấy tờ hồ sơ thủ tục ".charAt(random.nextInt(22)));
			}
			g.drawString(text.toString(), 200, 480 + line * 48);
		}
		g.setColor(new Color(200, 30, 30));
		g.drawOval(1500, 3000, 400, 400);
		g.dispose();
		return image;
	}

	private static void writeJpeg(BufferedImage image, Path file) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

}
