package org.verbatim.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.verbatim.core.StatementMetadata;

/** Which metadata fields differ between two versions, for the provenance of a metadata extractor. */
final class MetadataChanges {

	private record Field(String name, Function<StatementMetadata, Object> value) {
	}

	/** The fields by the names the provenance's metadata attributes use. */
	private static final List<Field> FIELDS = List.of(new Field("title", StatementMetadata::title),
			new Field("issued", StatementMetadata::issued), new Field("updated", StatementMetadata::updated),
			new Field("place", StatementMetadata::place), new Field("speakers", StatementMetadata::speakers),
			new Field("publisher", StatementMetadata::publisher), new Field("language", StatementMetadata::language),
			new Field("events", StatementMetadata::events),
			new Field("machine-translated", StatementMetadata::possiblyMachineTranslated));

	private MetadataChanges() {
	}

	/** The names of the fields (value or evidence) that differ between {@code before} and {@code after}. */
	static List<String> fields(StatementMetadata before, StatementMetadata after) {
		List<String> changed = new ArrayList<>();
		for (Field field : FIELDS) {
			if (!Objects.equals(field.value().apply(before), field.value().apply(after))) {
				changed.add(field.name());
			}
		}
		return changed;
	}
}
