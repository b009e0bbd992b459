package org.verbatim.search.internal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the heap while the benchmark runs: a daemon thread samples every 10 ms the used heap
 * ({@link MemoryMXBean#getHeapMemoryUsage()}, garbage not yet collected included, so an upper bound)
 * and the heap left after the collectors' latest collections (the sum over heap pools of
 * {@link MemoryPoolMXBean#getCollectionUsage()}: close to what was live), and keeps the peak of each
 * per phase of the benchmark.
 */
final class HeapWatch implements AutoCloseable {

	private static final long INTERVAL_MILLIS = 10;

	/**
	 * The peaks of one phase, in bytes.
	 *
	 * @param used     the most used heap sampled
	 * @param afterGc  the most heap left after collections
	 */
	record Peak(long used, long afterGc) {
	}

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()).toList();

	private final Map<String, Peak> peaks = new LinkedHashMap<>();

	private final Thread sampler;

	private String phase = "start";

	private volatile boolean running = true;

	HeapWatch() {
		sampler = Thread.ofPlatform().daemon().name("bench-search-heap").unstarted(this::sampleUntilClosed);
		sampler.start();
	}

	/** From now on, samples count towards {@code name}. */
	synchronized void phase(String name) {
		sample();
		phase = name;
		sample();
	}

	/** The peaks of every phase so far, in the order the phases began. */
	synchronized Map<String, Peak> peaks() {
		sample();
		return new LinkedHashMap<>(peaks);
	}

	/** The most heap the JVM may use. */
	long maxBytes() {
		return memory.getHeapMemoryUsage().getMax();
	}

	private void sampleUntilClosed() {
		while (running) {
			synchronized (this) {
				sample();
			}
			try {
				Thread.sleep(INTERVAL_MILLIS);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	private void sample() {
		long used = memory.getHeapMemoryUsage().getUsed();
		long afterGc = 0;
		for (MemoryPoolMXBean pool : heapPools) {
			MemoryUsage collected = pool.getCollectionUsage();
			afterGc += collected == null ? 0 : collected.getUsed();
		}
		Peak before = peaks.getOrDefault(phase, new Peak(0, 0));
		peaks.put(phase, new Peak(Math.max(before.used(), used), Math.max(before.afterGc(), afterGc)));
	}

	@Override
	public void close() {
		running = false;
		sampler.interrupt();
	}
}
