/**
 * The printed forms of dossiers: receipt and appointment, supplement request, refusal,
 * apology with a new date, stop notice, processing-control slip (A5) and the tracking
 * book (A4 landscape), rendered from Thymeleaf templates
 * ({@code templates/dossier/forms}) to PDF with the DejaVu fonts embedded. Every form
 * about a dossier carries a QR code in its top-left corner
 * ({@link org.motcua.dossier.forms.QrPayload}) and a verification code printed under it.
 * {@link org.motcua.dossier.forms.Forms} issues a form once, stores it through the
 * document module and serves those bytes ever after. Its input is plain records,
 * independent of the dossier aggregate. Exposed to other modules as the named interface
 * {@code forms} (the portal serves a citizen the forms of their own dossiers).
 */
@org.springframework.modulith.NamedInterface("forms")
package org.motcua.dossier.forms;
