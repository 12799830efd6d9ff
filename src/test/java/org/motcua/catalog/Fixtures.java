package org.motcua.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.motcua.catalog.transfer.CatalogFile.DocumentEntry;
import org.motcua.catalog.transfer.CatalogFile.Entry;
import org.motcua.catalog.transfer.CatalogFile.StepEntry;
import org.motcua.catalog.transfer.CatalogFile;

/**
 * Valid catalog entries with codes no other test uses (the PostgreSQL run shares one
 * database).
 */
public final class Fixtures {

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 400_000));

	private Fixtures() {
	}

	/** A fresh procedure code of the shape 9.NNNNNN. */
	public static String code() {
		return String.format("9.%06d", 500_000 + NEXT.incrementAndGet() % 500_000);
	}

	/** A valid procedure: 1 working day shared 1 + 5 + 2 hours. */
	public static Entry entry(String code, String name) {
		return new Entry(code, name, new CatalogFile.FieldEntry("HT", "Hộ tịch"), List.of("COMMUNE"),
				List.of("000.20.01.H99"), "Luật Hộ tịch số 60/2014/QH13",
				new CatalogFile.LimitEntry(BigDecimal.ONE, "WORKING_DAYS"), "FULL", true,
				List.of(new CatalogFile.FeeEntry("Lệ phí", new BigDecimal("8000"), "Miễn cho hộ nghèo")),
				List.of(new DocumentEntry("TK", "Tờ khai", true, 1, true, null, List.of("CCCD"))),
				List.of(new CatalogFile.ResultEntry("GKS", "Giấy khai sinh", true,
						List.of(new CatalogFile.ResultFieldEntry("fullName", "Họ và tên", "TEXT", true)))),
				new CatalogFile.PlanEntry(List.of(step("Tiếp nhận", "DESK_OFFICER", 1),
						step("Thẩm định", "SPECIALIST", 5), step("Phê duyệt", "APPROVER", 2))),
				null);
	}

	public static StepEntry step(String name, String role, int hours) {
		return new StepEntry(name, role, null, null, BigDecimal.valueOf(hours));
	}

	public static Entry withSteps(Entry e, List<StepEntry> steps) {
		return new Entry(e.code(), e.name(), e.field(), e.levels(), e.agencies(), e.legalBasis(), e.timeLimit(),
				e.onlineLevel(), e.crossBoundary(), e.fees(), e.requiredDocuments(), e.resultTypes(),
				new CatalogFile.PlanEntry(steps), e.effectiveFrom());
	}

	public static CatalogFile file(Entry... entries) {
		return new CatalogFile(CatalogFile.FORMAT, List.of(entries));
	}

}
