package org.motcua.signature;

/**
 * A visible signature stamp: a box on one page showing "Đã ký số", the signer's name and
 * the signing time. Positions and sizes are in PDF points (1/72 inch) from the page's
 * top-left corner.
 *
 * @param page the page, from 1
 * @param x the box's left edge
 * @param y the box's top edge
 * @param width the box's width
 * @param height the box's height
 */
public record Stamp(int page, float x, float y, float width, float height) {

	public Stamp {
		if (page < 1) {
			throw new IllegalArgumentException("page " + page + " < 1");
		}
		if (x < 0 || y < 0 || width < 40 || height < 20) {
			throw new IllegalArgumentException("stamp box out of bounds: " + x + "," + y + " " + width + "x" + height);
		}
	}

	/** A stamp of the usual size (180 × 56 points) at {@code x}, {@code y} on a page. */
	public static Stamp at(int page, float x, float y) {
		return new Stamp(page, x, y, 180, 56);
	}

}
