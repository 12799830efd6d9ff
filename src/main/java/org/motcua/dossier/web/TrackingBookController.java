package org.motcua.dossier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.motcua.catalog.Catalog;
import org.motcua.dossier.DossierLine;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.dossier.forms.Forms;
import org.motcua.dossier.forms.IssuedForm;
import org.motcua.dossier.forms.Issuer;
import org.motcua.dossier.forms.TrackingBook;
import org.motcua.organization.Agency;
import org.motcua.organization.Department;
import org.motcua.organization.Organization;
import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tracking book (sổ theo dõi hồ sơ) of a desk for a period: every dossier its agency
 * received between two dates (both inclusive), as a page and, printed, as the A4 form
 * issued and stored for that period. A period is at most a year.
 */
@Controller
@RequestMapping("/desk")
@PreAuthorize("hasAnyRole('DESK_OFFICER','AGENCY_ADMIN','PROVINCE_ADMIN')")
class TrackingBookController {

	static final int LIMIT = 5000;

	private final DossierWork work;

	private final DossierDesk desk;

	private final Catalog catalog;

	private final Organization organization;

	private final Forms forms;

	private final Clock clock;

	TrackingBookController(DossierWork work, DossierDesk desk, Catalog catalog, Organization organization, Forms forms,
			Clock clock) {
		this.work = work;
		this.desk = desk;
		this.catalog = catalog;
		this.organization = organization;
		this.forms = forms;
		this.clock = clock;
	}

	/** One line of the book as the page shows it. */
	record BookLine(DossierLine dossier, String procedureName, String handedTo) {
	}

	/** The period and desk asked for, with the problem found in them, if any. */
	record Period(LocalDate from, LocalDate to, String error) {
	}

	@GetMapping("/book")
	String book(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String agency, Model model) {
		Actor actor = DeskScope.actor();
		AgencyCode code = DeskScope.agency(actor, agency);
		Period period = period(from, to);
		model.addAttribute("period", period);
		model.addAttribute("agency", code.value());
		model.addAttribute("agencyName", agencyName(code));
		model.addAttribute("agencies",
				DeskScope.mayPickAgency(actor) ? this.organization.agencies(today()) : List.of());
		model.addAttribute("lines", period.error() == null ? lines(code, period) : List.of());
		model.addAttribute("limit", LIMIT);
		model.addAttribute("times", new DeskTimes(this.desk.zone()));
		return "dossier/desk/book";
	}

	@GetMapping("/book.pdf")
	ResponseEntity<byte[]> print(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String agency) {
		Actor actor = DeskScope.actor();
		AgencyCode code = DeskScope.agency(actor, agency);
		Period period = period(from, to);
		if (period.error() != null) {
			return ResponseEntity.badRequest().build();
		}
		List<TrackingBook.Entry> entries = lines(code, period).stream()
			.map(l -> new TrackingBook.Entry(l.dossier().code(), l.dossier().applicantName(),
					l.dossier().applicantAddress(), l.procedureName(), l.dossier().receivedAt(), l.dossier().dueAt(),
					l.handedTo().isEmpty() ? null : l.handedTo(), l.dossier().returnedAt()))
			.toList();
		String name = agencyName(code);
		Issuer issuer = new Issuer(null, name, place(name), actor.displayName());
		IssuedForm issued = this.forms.issue(
				new TrackingBook(issuer, "Bộ phận tiếp nhận và trả kết quả", period.from(), period.to(), entries),
				actor.username());
		String filename = "so-theo-doi-" + code.value() + "-" + period.from() + "-" + period.to() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(this.forms.open(issued));
	}

	private List<BookLine> lines(AgencyCode agency, Period period) {
		ZoneId zone = this.desk.zone();
		List<DossierLine> lines = this.work.findReceived(agency, period.from().atStartOfDay(zone).toInstant(),
				period.to().plusDays(1).atStartOfDay(zone).toInstant(), LIMIT);
		Map<String, String> names = DeskQueueController.procedureNames(lines, this.catalog);
		List<Department> departments = this.organization.departmentsOf(agency);
		return lines.stream()
			.map(l -> new BookLine(l,
					names.getOrDefault(l.procedureCode() + "#" + l.procedureVersion(), l.procedureCode()),
					handedTo(l, agency, departments)))
			.toList();
	}

	/**
	 * The department (of the desk's agency) or agency the dossier was first handed to.
	 */
	private String handedTo(DossierLine line, AgencyCode agency, List<Department> departments) {
		if (line.handedToAgency() == null) {
			return "";
		}
		if (line.handedToAgency().equals(agency.value())) {
			if (line.handedToDepartment() == null) {
				return agencyName(agency);
			}
			Optional<Department> department = departments.stream()
				.filter(d -> d.code().equals(line.handedToDepartment()))
				.findFirst();
			return department.map(Department::name).orElse(line.handedToDepartment());
		}
		return agencyName(AgencyCode.of(line.handedToAgency()));
	}

	private Period period(LocalDate from, LocalDate to) {
		LocalDate today = today();
		LocalDate start = from == null ? (to == null ? today : to).withDayOfMonth(1) : from;
		LocalDate end = to == null ? (from == null ? today : start.plusMonths(1).minusDays(1)) : to;
		if (end.isBefore(start)) {
			return new Period(start, end, "desk.book.period.reversed");
		}
		if (ChronoUnit.DAYS.between(start, end) > 366) {
			return new Period(start, end, "desk.book.period.too-long");
		}
		return new Period(start, end, null);
	}

	private String agencyName(AgencyCode code) {
		return this.organization.findAgency(code).map(Agency::name).orElse(code.value());
	}

	/** The place of the date line: the agency's name without the body's kind. */
	private static String place(String agencyName) {
		return agencyName.replaceFirst("^(UBND|Ủy ban nhân dân) (tỉnh|huyện|xã|phường|thị trấn|thành phố) ", "");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.desk.zone()));
	}

}
