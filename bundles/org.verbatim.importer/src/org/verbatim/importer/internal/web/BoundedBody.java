package org.verbatim.importer.internal.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow.Subscription;

/**
 * Collects a response body up to a limit, and abandons the download as soon as the bytes received
 * (or the length the server announces) pass it, so that a huge or endless body costs no more than
 * the limit.
 */
final class BoundedBody implements BodySubscriber<byte[]> {

	/** The body passed the limit; caught by the fetcher and turned into a sentence. */
	static final class TooLarge extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TooLarge() {
			super("body larger than the limit", null, false, false);
		}
	}

	private final long limit;

	private final long announced;

	/** Whether a body over the limit ends as no body rather than as a failure. */
	private final boolean dropWhenTooLarge;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final CompletableFuture<byte[]> result = new CompletableFuture<>();

	private Subscription subscription;

	/** A body that is not wanted (of a redirect or an error): the download is abandoned at once. */
	static BoundedBody unwanted() {
		return new BoundedBody(-1, -1);
	}

	/**
	 * A body that is welcome but not essential (an error page): kept when within the limit, and
	 * empty, not a failure, when over it.
	 */
	static BoundedBody ifWithin(long limit, long announced) {
		return new BoundedBody(limit, announced, true);
	}

	/**
	 * @param limit     the most bytes accepted
	 * @param announced the {@code Content-Length} the server sent, or -1
	 */
	BoundedBody(long limit, long announced) {
		this(limit, announced, false);
	}

	private BoundedBody(long limit, long announced, boolean dropWhenTooLarge) {
		this.limit = limit;
		this.announced = announced;
		this.dropWhenTooLarge = dropWhenTooLarge;
	}

	private void tooLarge() {
		if (dropWhenTooLarge) {
			result.complete(new byte[0]);
		} else {
			result.completeExceptionally(new TooLarge());
		}
	}

	@Override
	public void onSubscribe(Subscription s) {
		subscription = s;
		if (limit < 0) {
			s.cancel();
			result.complete(new byte[0]);
			return;
		}
		if (announced > limit) {
			s.cancel();
			tooLarge();
			return;
		}
		s.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		if (result.isDone()) {
			return;
		}
		for (ByteBuffer buffer : buffers) {
			if (bytes.size() + (long) buffer.remaining() > limit) {
				subscription.cancel();
				tooLarge();
				return;
			}
			byte[] chunk = new byte[buffer.remaining()];
			buffer.get(chunk);
			bytes.writeBytes(chunk);
		}
	}

	@Override
	public void onError(Throwable throwable) {
		if (dropWhenTooLarge) {
			// an error page that breaks off is no reason to hide the error status itself
			result.complete(new byte[0]);
		} else {
			result.completeExceptionally(throwable);
		}
	}

	@Override
	public void onComplete() {
		result.complete(bytes.toByteArray());
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return result;
	}
}
