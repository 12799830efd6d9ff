package org.motcua.statistics;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.motcua.shared.Actor;
import org.motcua.shared.Level;
import org.motcua.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statistics dashboard for leaders, statistics viewers and administrators: headline
 * figures of a cut, the monthly trend, the comparison one step down the drill-down
 * (province → level → unit → agency → field → procedure → the dossiers behind the
 * figures), the report exported as Excel, CSV or PDF, and the rebuild of the read model
 * (province administrators). An agency administrator sees only their own agency.
 */
@Controller
@RequestMapping("/statistics")
@PreAuthorize("hasAnyRole('LEADER', 'STATISTICS_VIEWER', 'PROVINCE_ADMIN', 'AGENCY_ADMIN')")
class DashboardController {

	private static final int DOSSIER_LIST = 200;

	private final Statistics statistics;

	private final ReadModel model;

	private final Clock clock;

	private final StatisticsProperties properties;

	private final MessageSource messages;

	private final JsonMapper json;

	private final ReportPdf pdf;

	DashboardController(Statistics statistics, ReadModel model, Clock clock, StatisticsProperties properties,
			MessageSource messages, JsonMapper json, ReportPdf pdf) {
		this.json = json;
		this.pdf = pdf;
		this.statistics = statistics;
		this.model = model;
		this.clock = clock;
		this.properties = properties;
		this.messages = messages;
	}

	/** The cut the page shows, from its query parameters, within the viewer's scope. */
	@ModelAttribute("cut")
	IndicatorQuery cut(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Level level, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String procedure,
			@RequestParam(required = false) String field,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null || from.isAfter(end) ? end.withDayOfYear(1) : from;
		return new IndicatorQuery(start, end, level, blank(unit), scoped(blank(agency)), blank(procedure), blank(field),
				asOf == null ? today : asOf);
	}

	@GetMapping
	String dashboard(@ModelAttribute("cut") IndicatorQuery cut, Model page) {
		page.addAttribute("headline", this.statistics.indicators(cut));
		page.addAttribute("flow", this.statistics.flow(cut));
		Map<String, Indicators> months = this.statistics.breakdown(cut, Figures.By.MONTH);
		page.addAttribute("trend", this.json.writeValueAsString(trend(months)));
		Drill drill = drill(cut);
		page.addAttribute("drill", drill.name);
		page.addAttribute("lines", drill.lines);
		page.addAttribute("meanDossierDigitization", mean(drill.lines, Indicators::dossierDigitizationRate));
		page.addAttribute("meanResultDigitization", mean(drill.lines, Indicators::resultDigitizationRate));
		page.addAttribute("dossiers",
				cut.procedure() == null ? List.of() : this.statistics.dossiers(cut, "1 = 1", DOSSIER_LIST));
		page.addAttribute("achievedAt", this.properties.achievedAt());
		return "statistics/dashboard";
	}

	/** The 766 index of the cut, part by part. */
	@GetMapping("/index766")
	String index766(@ModelAttribute("cut") IndicatorQuery cut, Model page) {
		page.addAttribute("index", this.statistics.index766(cut));
		Map<String, Index766> agencies = new LinkedHashMap<>();
		if (cut.agency() == null) {
			this.statistics.breakdown(cut, Figures.By.AGENCY)
				.keySet()
				.forEach(agency -> agencies.put(agency, this.statistics.index766(cut.withAgency(agency))));
		}
		page.addAttribute("agencies", agencies);
		return "statistics/index766";
	}

	/**
	 * The targets view: per level and year, the share of received dossiers handled with
	 * shared data (at least one paper reused from the warehouse) against the target of
	 * the previous year's share plus the configured rise (20 points), at most 100 %.
	 */
	@GetMapping("/targets")
	String targets(@ModelAttribute("cut") IndicatorQuery cut, Model page) {
		int last = cut.to().getYear();
		List<Integer> years = List.of(last - 3, last - 2, last - 1, last);
		Map<String, List<Double[]>> levels = new LinkedHashMap<>();
		for (Level level : Level.values()) {
			List<Double[]> cells = new ArrayList<>();
			Double previous = null;
			for (int year : years) {
				Double share = this.statistics
					.indicators(new IndicatorQuery(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), level, null,
							cut.agency(), null, null, cut.asOf()))
					.reuseRate();
				Double target = previous == null ? null : Math.min(1, previous + this.properties.yearlyTargetRise());
				cells.add(new Double[] { share, target });
				previous = share;
			}
			levels.put(level.name(), cells);
		}
		page.addAttribute("years", years);
		page.addAttribute("levels", levels);
		return "statistics/targets";
	}

	/** The report tables of the cut as a page made for printing (to paper or PDF). */
	@GetMapping("/report")
	String printable(@ModelAttribute("cut") IndicatorQuery cut, Locale locale, Model page) {
		page.addAttribute("report", report(cut, locale));
		page.addAttribute("byField", this.statistics.breakdown(cut, Figures.By.FIELD));
		page.addAttribute("fieldHeaders", headers("field", locale));
		page.addAttribute("byLevel", this.statistics.byLevel(cut));
		return "statistics/report";
	}

	/**
	 * The same report tables as a PDF document to download (A4 landscape, the DejaVu
	 * fonts embedded).
	 */
	@GetMapping("/report.pdf")
	void pdf(@ModelAttribute("cut") IndicatorQuery cut, Locale locale, HttpServletResponse response)
			throws IOException {
		byte[] pdf = this.pdf.render(report(cut, locale), headers("field", locale),
				this.statistics.breakdown(cut, Figures.By.FIELD), this.statistics.byLevel(cut), cut, locale);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"bao-cao-" + cut.from() + "-" + cut.to() + ".pdf\"");
		response.setContentLength(pdf.length);
		response.getOutputStream().write(pdf);
	}

	/** The report table of the cut, by agency, as an Excel workbook. */
	@GetMapping("/report.xlsx")
	void excel(@ModelAttribute("cut") IndicatorQuery cut, Locale locale, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"bao-cao-" + cut.from() + "-" + cut.to() + ".xlsx\"");
		report(cut, locale).writeExcel(response.getOutputStream());
	}

	/** The same report as CSV (UTF-8). */
	@GetMapping("/report.csv")
	void csv(@ModelAttribute("cut") IndicatorQuery cut, Locale locale, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"bao-cao-" + cut.from() + "-" + cut.to() + ".csv\"");
		report(cut, locale).writeCsv(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	@PostMapping("/rebuild")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String rebuild(RedirectAttributes redirect, Locale locale) {
		int counted = this.model.rebuild();
		redirect.addFlashAttribute("flash",
				this.messages.getMessage("statistics.rebuilt", new Object[] { counted }, locale));
		return "redirect:/statistics";
	}

	private ReportTable report(IndicatorQuery cut, Locale locale) {
		List<String> headers = headers("agency", locale);
		String title = this.messages.getMessage("statistics.report.title", new Object[] { cut.from(), cut.to() },
				locale);
		return new ReportTable(title, headers, this.statistics.breakdown(cut, Figures.By.AGENCY),
				this.statistics.flow(cut));
	}

	/** The headers of the report table whose lines are groups of {@code first}. */
	private List<String> headers(String first, Locale locale) {
		List<String> headers = new ArrayList<>();
		for (String key : List.of(first, "received", "counter", "online", "post", "resolved", "early", "onTime", "late",
				"inProcess", "dossierDigitizationRate", "resultDigitizationRate")) {
			headers.add(this.messages.getMessage("statistics.column." + key, null, key, locale));
		}
		return headers;
	}

	record Drill(String name, Map<String, Indicators> lines) {

	}

	private Drill drill(IndicatorQuery cut) {
		if (cut.procedure() != null) {
			return new Drill("none", Map.of());
		}
		if (cut.field() != null) {
			return new Drill("procedure", this.statistics.breakdown(cut, Figures.By.PROCEDURE));
		}
		if (cut.agency() != null) {
			return new Drill("field", this.statistics.breakdown(cut, Figures.By.FIELD));
		}
		if (cut.unit() != null) {
			return new Drill("agency", this.statistics.breakdown(cut, Figures.By.AGENCY));
		}
		if (cut.level() != null) {
			Map<String, Indicators> units = new LinkedHashMap<>();
			this.statistics.breakdown(cut, Figures.By.UNIT).forEach((unit, figures) -> {
				if (!unit.equals("?")) {
					units.put(unit, figures);
				}
			});
			return new Drill("unit", units);
		}
		return new Drill("level", this.statistics.byLevel(cut));
	}

	/** The plain mean of the groups' rates (groups without a rate left out), or null. */
	static Double mean(Map<String, Indicators> lines, java.util.function.Function<Indicators, Double> rate) {
		java.util.OptionalDouble mean = lines.values()
			.stream()
			.map(rate)
			.filter(java.util.Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.average();
		return mean.isPresent() ? mean.getAsDouble() : null;
	}

	private static Map<String, Object> trend(Map<String, Indicators> months) {
		Map<String, Object> trend = new LinkedHashMap<>();
		trend.put("labels", months.keySet().stream().map(k -> k.substring(0, 4) + "-" + k.substring(4)).toList());
		trend.put("received", months.values().stream().map(Indicators::received).toList());
		trend.put("resolved", months.values().stream().map(Indicators::resolved).toList());
		return trend;
	}

	private static String scoped(String agency) {
		Actor actor = Actor.current().orElseThrow(() -> new AccessDeniedException("No actor"));
		if (actor.has(Role.LEADER) || actor.has(Role.STATISTICS_VIEWER) || actor.has(Role.PROVINCE_ADMIN)) {
			return agency;
		}
		if (actor.agency() == null) {
			throw new AccessDeniedException("No agency");
		}
		return actor.agency().value();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
