package org.verbatim.importer.internal.html;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembered results of a pure function, shared by the import's worker threads, at most
 * {@code limit} of them: when full it starts again empty, so memory stays bounded whatever the
 * pages hold, and a forgotten result is only computed again.
 */
final class BoundedMemo<K, V> {

	private final int limit;

	private final ConcurrentHashMap<K, V> results = new ConcurrentHashMap<>();

	BoundedMemo(int limit) {
		this.limit = limit;
	}

	V computeIfAbsent(K key, Function<K, V> function) {
		V known = results.get(key);
		if (known != null) {
			return known;
		}
		V computed = function.apply(key);
		if (results.size() >= limit) {
			results.clear();
		}
		results.put(key, computed);
		return computed;
	}
}
