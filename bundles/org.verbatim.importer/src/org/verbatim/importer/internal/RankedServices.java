package org.verbatim.importer.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Services of one type, each with its {@code service.ranking}: the highest-ranked one that fits is
 * used (the earliest registered among equals), so a plugin replaces a built-in service by ranking
 * higher. Safe to change while imports run.
 *
 * @param <T> the service type
 */
final class RankedServices<T> {

	private record Ranked<T>(T service, int ranking, long order) {
	}

	/** Lowest first: by ranking, then the later registered before the earlier. */
	private static <T> Comparator<Ranked<T>> order() {
		return Comparator.<Ranked<T>>comparingInt(Ranked::ranking)
				.thenComparing(Comparator.<Ranked<T>>comparingLong(Ranked::order).reversed());
	}

	private final List<Ranked<T>> services = new CopyOnWriteArrayList<>();
	private long registrations;

	synchronized void add(T service, Map<String, Object> properties) {
		Object ranking = properties.get("service.ranking");
		services.add(new Ranked<>(service, ranking instanceof Integer i ? i : 0, registrations++));
	}

	void remove(T service) {
		services.removeIf(r -> r.service() == service);
	}

	/** All the services, highest-ranked first (the earliest registered first among equals). */
	List<T> ordered() {
		return services.stream().sorted(RankedServices.<T>order().reversed()).map(Ranked::service).toList();
	}

	/** The highest-ranked service that {@code fits}, if any does. */
	Optional<T> best(Predicate<T> fits) {
		return services.stream().filter(r -> fits.test(r.service()))
				.max(RankedServices.<T>order()).map(Ranked::service);
	}
}
