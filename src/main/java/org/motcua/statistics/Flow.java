package org.motcua.statistics;

/**
 * The flow of a period as official reports give it: carried over from before + received =
 * resolved + stopped + still in process at its end.
 */
public record Flow(long carriedOver, long received, long resolved, long stopped, long inProcess) {

}
