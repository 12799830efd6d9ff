package org.motcua.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real HTTP server on the loopback address for a simulator of an external system (JDK
 * {@code HttpServer}, daemon threads): on {@code port}, or on any free port when it is 0
 * or taken.
 */
public final class LoopbackServer {

	private static final Logger log = LoggerFactory.getLogger(LoopbackServer.class);

	private final HttpServer server;

	private final ExecutorService threads;

	private LoopbackServer(HttpServer server, ExecutorService threads) {
		this.server = server;
		this.threads = threads;
	}

	/** Starts serving every path with {@code handler} on {@code threads} threads. */
	public static LoopbackServer start(String name, int port, int threads, HttpHandler handler) {
		InetAddress loopback = InetAddress.getLoopbackAddress();
		HttpServer server;
		try {
			try {
				server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
			}
			catch (BindException ex) {
				log.warn("Port {} is taken; the {} takes a free port", port, name);
				server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The " + name + " cannot listen", ex);
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread thread = new Thread(r, name);
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(pool);
		server.createContext("/", handler);
		server.start();
		LoopbackServer started = new LoopbackServer(server, pool);
		log.info("The {} listens at {}", name, started.uri());
		return started;
	}

	/** The base URL, ending in a slash. */
	public URI uri() {
		return URI.create(
				"http://" + this.server.getAddress().getHostString() + ":" + this.server.getAddress().getPort() + "/");
	}

	public void stop() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
