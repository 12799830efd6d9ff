package org.motcua.portal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.motcua.notification.MessageChannel;
import org.motcua.notification.MessagePage;
import org.motcua.notification.Notifications;
import org.motcua.platform.PlatformProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My messages: what the notification module sent the citizen (every channel, newest
 * first, paged), and the channels and language they choose for the messages to come. The
 * owner of the messages is the citizen's personal ID, so a citizen sees only their own.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class MyMessagesController {

	static final int PAGE_SIZE = 20;

	/** The channels a citizen may choose; the in-app inbox always gets a copy. */
	static final List<MessageChannel> CHOOSABLE = List.of(MessageChannel.EMAIL, MessageChannel.SMS,
			MessageChannel.ZALO);

	private final Notifications notifications;

	private final CurrentCitizen citizens;

	private final MessageSource messages;

	private final PlatformProperties platform;

	MyMessagesController(Notifications notifications, CurrentCitizen citizens, MessageSource messages,
			PlatformProperties platform) {
		this.notifications = notifications;
		this.citizens = citizens;
		this.messages = messages;
		this.platform = platform;
	}

	@GetMapping("/portal/messages")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Citizen citizen = this.citizens.current();
		int current = Math.max(0, page);
		MessagePage messages = this.notifications.messagesOf(citizen.personalId(), current, PAGE_SIZE);
		model.addAttribute("messages", messages.items());
		model.addAttribute("total", messages.total());
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(1, (messages.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("preference", this.notifications.preferenceOf(citizen.personalId()));
		model.addAttribute("choosable", CHOOSABLE);
		model.addAttribute("zone", this.platform.zone());
		return "portal/messages";
	}

	@PostMapping("/portal/messages/channels")
	String choose(@RequestParam(name = "channel", required = false) List<String> channel,
			@RequestParam(defaultValue = "vi") String language, RedirectAttributes redirect) {
		Citizen citizen = this.citizens.current();
		Set<MessageChannel> chosen = EnumSet.noneOf(MessageChannel.class);
		for (String value : channel == null ? List.<String>of() : channel) {
			MessageChannel parsed = CHOOSABLE.stream().filter(c -> c.name().equals(value)).findFirst().orElse(null);
			if (parsed == null) {
				redirect.addFlashAttribute("error", message("portal.messages.badChannel"));
				return "redirect:/portal/messages";
			}
			chosen.add(parsed);
		}
		if (!language.equals("vi") && !language.equals("en")) {
			redirect.addFlashAttribute("error", message("portal.messages.badLanguage"));
			return "redirect:/portal/messages";
		}
		this.notifications.choose(citizen.personalId(), chosen, language);
		redirect.addFlashAttribute("flash", message("portal.messages.saved"));
		return "redirect:/portal/messages";
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
