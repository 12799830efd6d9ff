package org.motcua.nationalportal;

/**
 * One message of the outbox as it goes to the portal: the message ID the portal
 * deduplicates on, the call, the dossier and its place in the dossier's order, and the
 * JSON body.
 */
record OutboundMessage(String messageId, MessageKind kind, String dossierCode, int sequence, String payload) {

}
