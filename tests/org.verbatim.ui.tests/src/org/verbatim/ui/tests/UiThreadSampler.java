package org.verbatim.ui.tests;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Looks at the UI thread's stack every 10 ms from a thread of its own, and tells where the UI
 * thread was seen most often outside its event loop: what to read beside a long heartbeat gap.
 */
final class UiThreadSampler {

	private static final int PERIOD_MS = 10;
	private static final int DEPTH = 12;

	private final Thread ui = Thread.currentThread();
	private final Map<String, Integer> seen = new HashMap<>();
	private final Thread sampler;
	private volatile boolean running = true;
	private int samples;

	/** Starts sampling the current thread (the UI thread). */
	UiThreadSampler() {
		sampler = new Thread(this::sample, "UI thread sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	private void sample() {
		while (running) {
			StackTraceElement[] stack = ui.getStackTrace();
			if (stack.length > 0 && !idle(stack[0])) {
				String where = where(stack);
				synchronized (seen) {
					seen.merge(where, 1, Integer::sum);
					samples++;
				}
			}
			try {
				Thread.sleep(PERIOD_MS);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/**
	 * The top frames (what ran) and the innermost frame of Verbatim's own code under them (who asked
	 * for it), which together say more than either.
	 */
	private static String where(StackTraceElement[] stack) {
		String top = Arrays.stream(stack).limit(DEPTH).map(StackTraceElement::toString).limit(3)
				.collect(Collectors.joining(" < "));
		String ours = Arrays.stream(stack).filter(frame -> frame.getClassName().startsWith("org.verbatim.")).findFirst()
				.map(StackTraceElement::toString).orElse("no Verbatim frame");
		return top + " ... " + ours;
	}

	/** Waiting for events (the loop's sleep) is not work. */
	private static boolean idle(StackTraceElement top) {
		return top.getMethodName().equals("sleep") || top.getMethodName().contains("poll")
				|| top.getMethodName().equals("_g_main_context_iteration");
	}

	/** Stops and returns the {@code count} stacks seen most often, each with its number of samples. */
	List<String> stop(int count) throws InterruptedException {
		running = false;
		sampler.join();
		synchronized (seen) {
			return seen.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(count)
					.map(e -> e.getValue() * PERIOD_MS + " ms of " + samples * PERIOD_MS + " ms busy: " + e.getKey())
					.toList();
		}
	}
}
