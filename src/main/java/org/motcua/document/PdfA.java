package org.motcua.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Marks a PDF made from images as PDF/A-2b (ISO 19005-2, level B): XMP metadata naming
 * the part and conformance, an sRGB output intent (the profile that ships with Java), and
 * a file identifier. No dates are written, so the same image always gives the same bytes
 * (and the same SHA-256). Not checked by a validator.
 */
final class PdfA {

	private static final String XMP = """
			<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
			<x:xmpmeta xmlns:x="adobe:ns:meta/">
			<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
			<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
			<pdfaid:part>2</pdfaid:part>
			<pdfaid:conformance>B</pdfaid:conformance>
			</rdf:Description>
			</rdf:RDF>
			</x:xmpmeta>
			<?xpacket end="w"?>""";

	private static final String SRGB = "sRGB IEC61966-2.1";

	private PdfA() {
	}

	/**
	 * Marks {@code pdf}, using the first 16 bytes of {@code id} as its file identifier.
	 */
	static void mark(PDDocument pdf, byte[] id) throws IOException {
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();
		PDMetadata metadata = new PDMetadata(pdf);
		metadata.importXMPMetadata(XMP.getBytes(StandardCharsets.UTF_8));
		catalog.setMetadata(metadata);
		byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
		PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(profile));
		intent.setInfo(SRGB);
		intent.setOutputCondition(SRGB);
		intent.setOutputConditionIdentifier(SRGB);
		intent.setRegistryName("http://www.color.org");
		catalog.addOutputIntent(intent);
		byte[] first = java.util.Arrays.copyOf(id, 16);
		COSArray ids = new COSArray();
		ids.add(new COSString(first));
		ids.add(new COSString(first));
		pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
	}

}
