package org.verbatim.ui.tests;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks at the UI thread's stack every 10 ms from a thread of its own, and tells where the UI
 * thread was seen most often outside its event loop: what to read beside a long heartbeat gap.
 */
final class UiThreadSampler {

	private static final int PERIOD_MS = 10;

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
	 * Where the UI thread was, as the frames of Verbatim's own code and of the workbench nearest the
	 * top of the stack (who asked for the work), then the top frame (what ran).
	 */
	private static String where(StackTraceElement[] stack) {
		String ours = Arrays.stream(stack).filter(frame -> frame.getClassName().startsWith("org.verbatim."))
				.filter(frame -> !frame.getClassName().startsWith("org.verbatim.ui.tests.")).findFirst()
				.map(StackTraceElement::toString).orElse("-");
		String workbench = Arrays.stream(stack).filter(frame -> frame.getClassName().startsWith("org.eclipse.ui.")
				|| frame.getClassName().startsWith("org.eclipse.e4.") || frame.getClassName().startsWith("org.eclipse.jface."))
				.findFirst().map(StackTraceElement::toString).orElse("-");
		return ours + " | " + workbench + " | " + stack[0];
	}

	/** Waiting for events (the loop's sleep; {@code sleepNanos0} on recent JDKs) is not work. */
	private static boolean idle(StackTraceElement top) {
		return top.getMethodName().startsWith("sleep") || top.getMethodName().contains("poll")
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
