package org.motcua.nationalportal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierEvent;
import org.motcua.dossier.DossierFacts;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.HandedOver;
import org.motcua.dossier.PaymentRequested;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.Rated;
import org.motcua.dossier.Rejected;
import org.motcua.dossier.ReturnedToPreviousStep;
import org.motcua.dossier.StepAssigned;
import org.motcua.dossier.SupplementRequested;
import org.motcua.platform.PlatformProperties;

import org.springframework.stereotype.Component;

/**
 * Builds the portal's dossier message from an event, with the fields of DOMAIN.md ("The
 * national systems"): the dossier as the event left it, the applicant and papers read
 * through {@code DossierWork}, the procedure's name and field from the catalog, dates as
 * {@code yyyyMMddHHmmss} in the province's zone, and the national status code of
 * {@link org.motcua.dossier.DossierStatus#nationalCode()} — the one mapping table — for
 * every message.
 */
@Component
class MessagePayloads {

	static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final DossierWork dossiers;

	private final Catalog catalog;

	private final ZoneId zone;

	MessagePayloads(DossierWork dossiers, Catalog catalog, PlatformProperties platform) {
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.zone = platform.zone();
	}

	/** The kind of message an event makes: progress records, or the whole dossier. */
	static MessageKind kindOf(DossierEvent event) {
		return event instanceof HandedOver || event instanceof StepAssigned || event instanceof ReturnedToPreviousStep
				|| event instanceof Rated ? MessageKind.UPDATE_PROGRESS : MessageKind.SYNC_DOSSIER;
	}

	/**
	 * The national status code an event reports, from the dossier's one mapping table.
	 */
	static Integer nationalStatus(DossierEvent event) {
		return event.dossier().status().nationalCode();
	}

	Map<String, Object> build(DossierEvent event) {
		DossierFacts facts = event.dossier();
		Optional<DossierView> view = this.dossiers.find(facts.code());
		Optional<ProcedureDefinition> procedure = ProcedureCode.isValid(facts.procedureCode())
				? this.catalog.findVersion(ProcedureCode.of(facts.procedureCode()), facts.procedureVersion())
					.map(Procedure::definition)
				: Optional.empty();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("MaHoSo", facts.code());
		m.put("MaTTHC", facts.procedureCode());
		m.put("TenTTHC", procedure.map(ProcedureDefinition::name).orElse(null));
		m.put("MaLinhVuc", procedure.map(p -> p.field() == null ? null : p.field().code()).orElse(null));
		m.put("TenLinhVuc", procedure.map(p -> p.field() == null ? null : p.field().name()).orElse(null));
		m.put("KenhThucHien", channel(facts.channel()));
		view.map(DossierView::applicant).ifPresent(a -> {
			m.put("ChuHoSo", a.name());
			m.put("LoaiDinhDanh", a.idType().name());
			m.put("SoDinhDanh", a.idNumber());
			m.put("SoDienThoai", a.phone());
			m.put("Email", a.email());
		});
		m.put("LoaiDoiTuong", facts.applicantKind() == null ? null : switch (facts.applicantKind()) {
			case PERSON -> 1;
			case ORGANIZATION -> 2;
		});
		m.put("TrichYeuHoSo", procedure.map(ProcedureDefinition::name).orElse(facts.procedureCode()));
		m.put("NgayNopHoSo", time(facts.submittedAt()));
		m.put("NgayTiepNhan", time(facts.receivedAt()));
		m.put("NgayHenTra", time(facts.dueAt()));
		m.put("NgayKetThucXuLy", time(facts.finishedAt()));
		m.put("NgayTra", time(facts.returnedAt()));
		m.put("NgayTuChoi", event instanceof Rejected ? time(event.at()) : null);
		m.put("TrangThaiHoSo", nationalStatus(event));
		m.put("DonViXuLy", facts.agency());
		m.put("NoiNopHoSo", facts.channel() == Channel.COUNTER ? facts.agency() : "DVCQG");
		List<DossierView.Document> documents = view.map(DossierView::documents).orElse(List.of());
		m.put("HoSoCoThanhPhanSoHoa", documents.stream().anyMatch(d -> d.provenance() != Provenance.NOT_DIGITIZED));
		m.put("TaiKhoanDuocXacThucVoiVNeID", false);
		m.put("DaThanhToanTrucTuyen", false);
		List<Map<String, Object>> papers = new ArrayList<>();
		for (DossierView.Document d : documents) {
			Map<String, Object> paper = new LinkedHashMap<>();
			paper.put("TenGiayTo",
					procedure.flatMap(p -> p.findRequiredDocument(d.requiredDocumentCode()))
						.map(r -> r.name())
						.orElse(d.requiredDocumentCode()));
			paper.put("MaThanhPhanHoSo", d.requiredDocumentCode());
			paper.put("DuongDanTaiTepTin", d.documentId() == null ? null : "sha256:" + d.documentId());
			paper.put("DuocSoHoa", d.provenance() != Provenance.NOT_DIGITIZED);
			paper.put("DuocTaiSuDung",
					d.provenance() == Provenance.REUSED_PAPER || d.provenance() == Provenance.REUSED_RESULT);
			paper.put("DuocLayTuKhoDMQG", d.provenance() == Provenance.NATIONAL_WAREHOUSE);
			paper.put("MaKetQuaThayThe", null);
			papers.add(paper);
		}
		m.put("TaiLieuNop", papers);
		m.put("DanhSachGiayToKetQua",
				view.map(DossierView::result)
					.map(r -> List.of(Map.of("TenGiayTo", "Kết quả giải quyết", "MaGiayTo", r.documentId(),
							"DuongDanTepTinKetQua", "sha256:" + r.documentId())))
					.orElse(List.of()));
		m.put("DanhSachLePhi", event instanceof PaymentRequested p && p.amount() != null
				? List.of(Map.of("TenPhiLePhi", "Phí, lệ phí", "MucPhi", p.amount().toPlainString())) : List.of());
		m.put("SoLanBoSung", facts.supplementRounds());
		if (event instanceof SupplementRequested s) {
			m.put("DanhSachHoSoBoSung", List.of(Map.of("LanBoSung", s.round(), "NgayHenTraCu",
					timeOrEmpty(facts.dueAt()), "GiayToCanBoSung", s.missing())));
		}
		m.put("QuaTrinhXuLy", List.of(progress(event, view)));
		return m;
	}

	private Map<String, Object> progress(DossierEvent event, Optional<DossierView> view) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("MaHoSo", event.dossier().code());
		p.put("NguoiXuLy", event.by());
		p.put("ChucDanh", null);
		p.put("ThoiDiemXuLy", time(event.at()));
		p.put("NoiDungXuLy", event.getClass().getSimpleName());
		p.put("TrangThai", nationalStatus(event));
		Optional<DossierView.Step> current = view
			.flatMap(v -> v.steps().stream().filter(s -> s.endedAt() == null).reduce((a, b) -> b));
		String unit = current.map(DossierView.Step::unit).orElse(event.dossier().agency());
		if (event instanceof HandedOver h) {
			unit = h.toAgency() + (h.toDepartment() == null ? "" : "/" + h.toDepartment());
		}
		else if (event instanceof StepAssigned s) {
			unit = s.agency() + (s.department() == null ? "" : "/" + s.department());
		}
		p.put("PhongBanXuLy", unit);
		p.put("NgayBatDau", time(current.map(DossierView.Step::startedAt).orElse(event.at())));
		p.put("NgayKetThucTheoQuyDinh", time(current.map(DossierView.Step::dueAt).orElse(event.dossier().dueAt())));
		return p;
	}

	private static String channel(Channel channel) {
		return channel == null ? null : switch (channel) {
			case COUNTER -> "1";
			case ONLINE -> "2";
			case POST -> "3";
		};
	}

	private String time(Instant instant) {
		return instant == null ? null : PORTAL_TIME.format(instant.atZone(this.zone));
	}

	private String timeOrEmpty(Instant instant) {
		return instant == null ? "" : time(instant);
	}

}
