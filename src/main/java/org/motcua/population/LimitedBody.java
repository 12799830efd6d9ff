package org.motcua.population;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An answer's body read into memory up to a limit: a longer body is cut off (the
 * connection dropped) and fails with {@link TooLarge}, so a hostile answer cannot fill
 * the heap.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

	private final int max;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final CompletableFuture<byte[]> body = new CompletableFuture<>();

	private Flow.Subscription subscription;

	private LimitedBody(int max) {
		this.max = max;
	}

	static HttpResponse.BodyHandler<byte[]> of(int max) {
		return (info) -> new LimitedBody(max);
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.body;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		if (this.body.isDone()) {
			return;
		}
		for (ByteBuffer buffer : buffers) {
			if (this.bytes.size() + buffer.remaining() > this.max) {
				this.subscription.cancel();
				this.body.completeExceptionally(new TooLarge(this.max));
				return;
			}
			byte[] chunk = new byte[buffer.remaining()];
			buffer.get(chunk);
			this.bytes.write(chunk, 0, chunk.length);
		}
	}

	@Override
	public void onError(Throwable failure) {
		this.body.completeExceptionally(failure);
	}

	@Override
	public void onComplete() {
		this.body.complete(this.bytes.toByteArray());
	}

	/** The body was longer than allowed. */
	static final class TooLarge extends IOException {

		TooLarge(int max) {
			super("answer longer than " + max + " bytes");
		}

	}

}
