package org.motcua.notification;

import java.util.List;

/** A page of a recipient's messages, newest first, and how many there are in all. */
public record MessagePage(List<MessageLine> items, long total) {

}
