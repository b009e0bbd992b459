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
 * pause that stopped every thread. Concurrent cycles (G1's, run beside the program) are counted
 * apart: they are not pauses.
 */
final class GcPauses implements NotificationListener {

	/** {@code GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION}, without the com.sun type. */
	private static final String NOTIFICATION = "com.sun.management.gc.notification";

	private final List<NotificationEmitter> emitters = new ArrayList<>();
	private int pauses;
	private long longest;
	private long total;
	private int concurrent;

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
		if (action.contains("concurrent") || name.contains("concurrent")) {
			concurrent++;
			return;
		}
		pauses++;
		total += duration;
		longest = Math.max(longest, duration);
	}

	/** Stops listening and says the pauses heard: {@code GC pauses 3, longest 41 ms, total 80 ms}. */
	synchronized String stop() {
		for (NotificationEmitter emitter : emitters) {
			try {
				emitter.removeNotificationListener(this);
			} catch (ListenerNotFoundException e) {
				// already gone
			}
		}
		return String.format(Locale.ROOT, "GC pauses %d, longest %d ms, total %d ms; concurrent cycles %d", pauses, longest,
				total, concurrent);
	}
}
