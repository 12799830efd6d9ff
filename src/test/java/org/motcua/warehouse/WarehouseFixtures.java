package org.motcua.warehouse;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.motcua.TestPapers;
import org.motcua.document.Documents;

/** Owners, stored PDFs and deposits for the warehouse tests. */
final class WarehouseFixtures {

	private WarehouseFixtures() {
	}

	/** A personal ID no other test uses. */
	static OwnerId person() {
		return new OwnerId("0" + (10_000_000_000L + ThreadLocalRandom.current().nextLong(89_999_999_999L)));
	}

	/** A one-page PDF, different every time. */
	static byte[] pdf() {
		return TestPapers.pdf("Giay khai sinh");
	}

	/** Stores a new PDF and answers its document ID. */
	static String stored(Documents documents) {
		return stored(documents, pdf());
	}

	static String stored(Documents documents, byte[] pdf) {
		return documents.store(new ByteArrayInputStream(pdf), "paper.pdf", "application/pdf").sha256();
	}

	/** A signed, intact birth certificate result valid for good. */
	static Deposit result(OwnerId owner, String documentId) {
		return new Deposit(owner, documentId, ItemKind.RESULT, "KQ.KHAISINH", "123/2024/TLKS", LocalDate.of(2024, 3, 1),
				"UBND xã Đông Sơn", "Trần Văn Bình", null, "Giấy khai sinh",
				Map.of("fullName", "Nguyễn Văn An", "birthDate", "2024-02-20"),
				new ItemProvenance("000.20.01.H99-240301-0001", "approver1",
						java.time.Instant.parse("2024-03-01T03:00:00Z")),
				new ItemSignature(SignatureStatus.SIGNED_INTACT, "CN=Trần Văn Bình, O=UBND xã Đông Sơn",
						java.time.Instant.parse("2024-03-01T03:00:00Z")));
	}

	/**
	 * A digitized paper of {@code typeCode}, signed as given, valid until {@code until}.
	 */
	static Deposit paper(OwnerId owner, String documentId, String typeCode, LocalDate until, SignatureStatus status) {
		return new Deposit(owner, documentId, ItemKind.PAPER, typeCode, null, LocalDate.of(2023, 1, 10), "Công an tỉnh",
				null, until, "Giấy tờ " + typeCode, null,
				new ItemProvenance("000.20.01.H99-230110-0001", "desk1", null),
				new ItemSignature(status, status == SignatureStatus.UNSIGNED ? null : "CN=desk1", null));
	}

	static Map<String, Object> none() {
		return Map.of();
	}

}
