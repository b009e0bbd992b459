package org.verbatim.ui.tests;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The JVM's garbage-collection pauses while a measured step runs, heard from the collectors'
 * notifications: how many, the longest and their total, so that a UI-thread gap can be told from a
 * pause that stopped every thread. Concurrent cycles (G1's concurrent marking, ZGC's cycles, run
 * beside the program) are counted apart with their time: they are not pauses.
 */
final class GcPauses implements NotificationListener {

	/** {@code GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION}, without the com.sun type. */
	private static final String NOTIFICATION = "com.sun.management.gc.notification";

	private final List<NotificationEmitter> emitters = new ArrayList<>();
	private int pauses;
	private long longest;
	private long total;
	private int concurrent;
	private long concurrentTotal;

	/** Starts listening to every collector. */
	GcPauses() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(this, null, null);
				emitters.add(emitter);
			}
		}
	}

	@Override
	public synchronized void handleNotification(Notification notification, Object handback) {
		if (!NOTIFICATION.equals(notification.getType()) || !(notification.getUserData() instanceof CompositeData data)) {
			return;
		}
		String action = String.valueOf(data.get("gcAction")).toLowerCase(Locale.ROOT);
		String name = String.valueOf(data.get("gcName")).toLowerCase(Locale.ROOT);
		long duration = ((CompositeData) data.get("gcInfo")).get("duration") instanceof Long ms ? ms : 0;
		// G1: "G1 Concurrent GC"; ZGC: "ZGC Minor Cycles", "ZGC Major Cycles" (its pauses: "ZGC ... Pauses")
		if (action.contains("concurrent") || name.contains("concurrent") || name.endsWith("cycles")) {
			concurrent++;
			concurrentTotal += duration;
			return;
		}
		pauses++;
		total += duration;
		longest = Math.max(longest, duration);
	}

	/**
	 * Stops listening and says what was heard:
	 * {@code GC pauses 3, longest 41 ms, total 80 ms; concurrent cycles 1 (120 ms)}.
	 */
	synchronized String stop() {
		for (NotificationEmitter emitter : emitters) {
			try {
				emitter.removeNotificationListener(this);
			} catch (ListenerNotFoundException e) {
				// already gone
			}
		}
		return String.format(Locale.ROOT, "GC pauses %d, longest %d ms, total %d ms; concurrent cycles %d (%d ms)", pauses,
				longest, total, concurrent, concurrentTotal);
	}
}
