package org.verbatim.ui.internal.properties;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.verbatim.core.Excerpt;
import org.verbatim.core.Retrieval;
import org.verbatim.core.store.StatementSummary;
import org.verbatim.core.store.StatementSummary.SpeakerRole;
import org.verbatim.ui.internal.StatementLabels;
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

	/** The properties of a statement, from the store's listing of it. */
	public static ReadOnlyProperties statement(StatementNode node) {
		StatementSummary statement = node.statement();
		return new ReadOnlyProperties().put("ID", statement.id().toString())
				.put("Title", StatementLabels.of(statement))
				.put("Publisher", statement.publisher().orElse(""))
				.put("Speakers", statement.speakers().stream().map(PropertiesAdapterFactory::speaker)
						.collect(Collectors.joining("; ")))
				.put("Issued", statement.issued().map(Object::toString).orElse(""))
				.put("Place", statement.place().orElse(""))
				.put("Language", statement.language().orElse(""))
				.put("Events", String.join("; ", statement.eventNames()))
				.put("Source", statement.source())
				.put("Retrieved", retrieved(statement))
				.put("Original SHA-256", statement.original().sha256())
				.put("Original size", String.format(Locale.ROOT, "%,d bytes", statement.original().size()))
				.put("Tags", String.join(", ", statement.tags()));
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

	private static String speaker(SpeakerRole speaker) {
		StringBuilder text = new StringBuilder(speaker.name());
		speaker.role().ifPresent(role -> text.append(" \u2014 ").append(role));
		speaker.organization().ifPresent(org -> text.append(", ").append(org));
		return text.toString();
	}

	/** The last retrieval, with how many there were; the import time when none is recorded. */
	private static String retrieved(StatementSummary statement) {
		if (statement.lastRetrieval().isEmpty()) {
			return time(statement.importedAt()) + " (imported)";
		}
		Retrieval last = statement.lastRetrieval().get();
		StringBuilder text = new StringBuilder(time(last.retrievedAt()));
		last.finalLocation().ifPresent(url -> text.append(", from ").append(url));
		last.httpStatus().ifPresent(status -> text.append(", HTTP ").append(status));
		if (statement.retrievalCount() > 1) {
			text.append(" (read ").append(statement.retrievalCount()).append(" times)");
		}
		return text.toString();
	}

	private static String time(TemporalAccessor instant) {
		return INSTANT.format(instant);
	}
}
