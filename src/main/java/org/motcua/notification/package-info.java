/**
 * Messages to applicants and reminders to officers. Listens to the dossier events that
 * concern the applicant ({@code DossierReceived}, {@code SupplementRequested},
 * {@code PaymentRequested}, {@code Extended}, {@code DossierFinished},
 * {@code ResultReturned}) and records, idempotently, one message per channel the
 * applicant chose (email, SMS, Zalo; by default email when the applicant gave one, SMS
 * when a phone) in its own log ({@code notification_message}); a sender, one instance at
 * a time, delivers them with backoff and dead-letters a message after the configured
 * number of attempts, so a dossier action never waits for or fails with a message.
 * Officers get a daily digest and a reminder when a step they hold is due within a
 * working day or overdue (email and the in-app inbox).
 *
 * <p>
 * Behind the {@code Courier} port sit an SMTP courier and HTTP couriers for the SMS and
 * Zalo gateways, whose simulator is a real HTTP server (started in demo mode and by the
 * tests). Its face is the {@link org.motcua.notification.Notifications} facade: a
 * recipient's messages, channel preferences, delivery figures per dossier. Publishes
 * nothing.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "platform", "organization", "calendar", "account", "catalog", "dossier" })
package org.motcua.notification;
