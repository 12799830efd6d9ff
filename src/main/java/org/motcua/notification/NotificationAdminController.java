package org.motcua.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.motcua.platform.ConnectionHealth.Health;
import org.motcua.platform.PlatformProperties;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of the notification connections: per channel whether it is
 * configured, last success and failure, failures in a row, backlog and dead letters; the
 * failed and dead-lettered messages with a resend action; what the gateways' simulator
 * received.
 */
@Controller
@RequestMapping("/admin/notifications")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class NotificationAdminController {

	static final int LIMIT = 100;

	private final MessageLog messages;

	private final ChannelHealth health;

	private final List<Courier> couriers;

	private final GatewaySimulator simulator;

	private final Clock clock;

	private final PlatformProperties platform;

	NotificationAdminController(MessageLog messages, ChannelHealth health, List<Courier> couriers,
			GatewaySimulator simulator, Clock clock, PlatformProperties platform) {
		this.messages = messages;
		this.health = health;
		this.couriers = couriers;
		this.simulator = simulator;
		this.clock = clock;
		this.platform = platform;
	}

	@GetMapping
	String page(Model model) {
		Map<MessageChannel, Map<MessageStatus, Long>> counts = this.messages.counts();
		List<Row> rows = new ArrayList<>();
		for (Health h : this.health.all()) {
			MessageChannel channel = MessageChannel.valueOf(h.channel());
			Map<MessageStatus, Long> c = counts.get(channel);
			boolean ready = this.couriers.stream().anyMatch(k -> k.channel() == channel && k.isReady());
			rows.add(new Row(h, ready, c.get(MessageStatus.PENDING) + c.get(MessageStatus.FAILED),
					c.get(MessageStatus.DEAD), c.get(MessageStatus.SENT)));
		}
		model.addAttribute("zone", this.platform.zone());
		model.addAttribute("rows", rows);
		Map<String, List<MessageLine>> lists = new LinkedHashMap<>();
		lists.put(MessageStatus.DEAD.name(), this.messages.inStatus(MessageStatus.DEAD, LIMIT));
		lists.put(MessageStatus.FAILED.name(), this.messages.inStatus(MessageStatus.FAILED, LIMIT));
		model.addAttribute("lists", lists);
		List<GatewayRecord> records = this.simulator.isRunning() ? this.simulator.records() : List.of();
		List<GatewayRecord> latest = new ArrayList<>(records.subList(Math.max(0, records.size() - 20), records.size()));
		Collections.reverse(latest);
		model.addAttribute("simulator", this.simulator.isRunning());
		model.addAttribute("received", latest);
		return "notification/admin";
	}

	@PostMapping("/messages/{id}/resend")
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		boolean done = this.messages.resend(id, this.clock.instant());
		redirect.addFlashAttribute("notice", done ? "notification.admin.resent" : "notification.admin.notDead");
		return "redirect:/admin/notifications";
	}

	/** One channel on the page. */
	record Row(Health health, boolean ready, long backlog, long dead, long sent) {

	}

}
