package org.motcua.dossier.forms;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import com.google.zxing.common.BitMatrix;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import org.w3c.dom.Element;

/**
 * Draws a form's QR code as vector squares, one filled path: an
 * {@code <object type="application/x-motcua-qr" data-text="…">} in a template becomes the
 * symbol of its {@code data-text}, as large as its box allows, its modules all the same
 * size. Sharp at any print resolution, and no image to encode, decode and compress.
 */
final class QrSymbol implements FSObjectDrawer {

	static final String TYPE = "application/x-motcua-qr";

	private static final FSRGBColor BLACK = new FSRGBColor(0, 0, 0);

	/** A drawer factory that knows this drawer (read-only once made). */
	static DefaultObjectDrawerFactory drawers() {
		DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
		factory.registerDrawer(TYPE, new QrSymbol());
		return factory;
	}

	@Override
	public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
			OutputDevice device, RenderingContext context, int dotsPerPixel) {
		BitMatrix modules = QrCodes.modules(element.getAttribute("data-text"));
		double side = Math.min(width, height) / modules.getWidth();
		Path2D.Double dark = new Path2D.Double();
		for (QrCodes.DarkRun run : QrCodes.darkRuns(modules)) {
			dark.append(new Rectangle2D.Double(x + run.start() * side, y + run.row() * side, run.length() * side, side),
					false);
		}
		device.setColor(BLACK);
		device.fill(dark);
		return null;
	}

}
