package org.verbatim.ui.internal.properties;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.verbatim.core.Evidenced;
import org.verbatim.core.Excerpt;
import org.verbatim.core.Retrieval;
import org.verbatim.core.Speaker;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementMetadata;
import org.verbatim.ui.internal.StatementFacts;
import org.verbatim.ui.internal.StatementNode;
import org.verbatim.ui.internal.excerpts.ExcerptRow;

/**
 * Gives the Properties view a read-only {@link IPropertySource} for a statement (as the explorer
 * and the Timeline select it) or an excerpt (as the Excerpts and Tags view selects it), from what
 * those views already read in their jobs: the Properties view reads nothing from the store.
 */
public final class PropertiesAdapterFactory implements IAdapterFactory {

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class) {
			return null;
		}
		if (adaptable instanceof StatementNode node) {
			return adapterType.cast(statement(node));
		}
		if (adaptable instanceof ExcerptRow row) {
			return adapterType.cast(excerpt(row));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}

	/** The properties of a statement. */
	public static ReadOnlyProperties statement(StatementNode node) {
		Statement statement = node.statement();
		StatementFacts facts = node.facts();
		StatementMetadata metadata = facts.metadata();
		return new ReadOnlyProperties().put("ID", statement.id().toString())
				.put("Title", metadata.title().map(Evidenced::value).orElse(statement.label()))
				.put("Publisher", facts.publisher().orElse(""))
				.put("Speakers", metadata.speakers().stream().map(PropertiesAdapterFactory::speaker)
						.collect(Collectors.joining("; ")))
				.put("Issued", facts.issued().map(Object::toString).orElse(""))
				.put("Place", metadata.place().map(Evidenced::value).orElse(""))
				.put("Language", metadata.language().map(Evidenced::value).orElse(""))
				.put("Events", String.join("; ", facts.eventNames()))
				.put("Source", statement.source())
				.put("Retrieved", retrieved(facts.retrievals(), statement))
				.put("Original SHA-256", statement.original().sha256())
				.put("Original size", String.format(Locale.ROOT, "%,d bytes", statement.original().size()))
				.put("Tags", String.join(", ", facts.tags()));
	}

	/** The properties of an excerpt. */
	public static ReadOnlyProperties excerpt(ExcerptRow row) {
		Excerpt excerpt = row.excerpt();
		return new ReadOnlyProperties().put("ID", row.id())
				.put("Quote", row.quote())
				.put("Statement", excerpt.statement() + "  " + row.statementTitle())
				.put("Span", "characters " + excerpt.clean().start() + ".." + excerpt.clean().end() + " of the clean text")
				.put("Span in original", "characters " + excerpt.originalSpan().start() + ".."
						+ excerpt.originalSpan().end() + " of the decoded original")
				.put("Original SHA-256", excerpt.original().sha256())
				.put("Speakers", row.speakers())
				.put("Note", excerpt.note().orElse(""))
				.put("Tags", row.tags())
				.put("Made", time(excerpt.createdAt()));
	}

	private static String speaker(Speaker speaker) {
		StringBuilder text = new StringBuilder(speaker.name());
		speaker.role().ifPresent(role -> text.append(" \u2014 ").append(role));
		speaker.organization().ifPresent(org -> text.append(", ").append(org));
		return text.toString();
	}

	/** The last retrieval, with how many there were; the import time when none is recorded. */
	private static String retrieved(List<Retrieval> retrievals, Statement statement) {
		if (retrievals.isEmpty()) {
			return time(statement.importedAt()) + " (imported)";
		}
		Retrieval last = retrievals.get(retrievals.size() - 1);
		StringBuilder text = new StringBuilder(time(last.retrievedAt()));
		last.finalLocation().ifPresent(url -> text.append(", from ").append(url));
		last.httpStatus().ifPresent(status -> text.append(", HTTP ").append(status));
		if (retrievals.size() > 1) {
			text.append(" (read ").append(retrievals.size()).append(" times)");
		}
		return text.toString();
	}

	private static String time(TemporalAccessor instant) {
		return INSTANT.format(instant);
	}
}
