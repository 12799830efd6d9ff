package org.motcua.dossier.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The QR codes printed on the forms. */
final class QrCodes {

	private QrCodes() {
	}

	/**
	 * The modules of the symbol of {@code text} (error correction M), with a quiet zone
	 * of 2 modules, one bit per module. The mask pattern is fixed: choosing it by the
	 * standard's penalty rules builds and scores the symbol eight times, most of the time
	 * a symbol takes, and any mask reads the same.
	 */
	static BitMatrix modules(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, 2));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", ex);
		}
	}

	/**
	 * The dark modules of {@code modules} as horizontal runs, row after row: what a form
	 * fills, one rectangle a run.
	 */
	static List<DarkRun> darkRuns(BitMatrix modules) {
		List<DarkRun> runs = new ArrayList<>();
		for (int row = 0; row < modules.getHeight(); row++) {
			int column = 0;
			while (column < modules.getWidth()) {
				if (!modules.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < modules.getWidth() && modules.get(column, row)) {
					column++;
				}
				runs.add(new DarkRun(row, start, column - start));
			}
		}
		return runs;
	}

	/** Dark modules of {@code row} from column {@code start}, {@code length} of them. */
	record DarkRun(int row, int start, int length) {

	}

}
