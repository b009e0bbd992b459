package org.verbatim.core.prov;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.verbatim.core.EventReference;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;

/**
 * A statement's metadata as record attributes: every field with its evidence (rule, quote and
 * where in the clean text), so that a record says what was read and why, and a verifier can compare
 * the record with what the project holds now.
 */
public final class MetadataAttributes {

	private MetadataAttributes() {
	}

	/** The attributes of {@code metadata}: {@code issued}, {@code issued.rule}, {@code speaker.1}, .... */
	public static Map<String, String> of(StatementMetadata metadata) {
		Map<String, String> out = new TreeMap<>();
		single(out, "title", metadata.title().map(v -> v));
		single(out, "issued", metadata.issued().map(v -> new Evidenced<>(v.value().toString(), v.evidence())));
		single(out, "updated", metadata.updated().map(v -> new Evidenced<>(v.value().toString(), v.evidence())));
		single(out, "place", metadata.place());
		single(out, "publisher", metadata.publisher());
		single(out, "language", metadata.language());
		int n = 0;
		for (Speaker s : metadata.speakers()) {
			String key = "speaker." + (++n);
			out.put(key, s.name());
			s.role().ifPresent(r -> out.put(key + ".role", r));
			s.organization().ifPresent(o -> out.put(key + ".organization", o));
			evidence(out, key, s.evidence());
		}
		n = 0;
		for (EventReference e : metadata.events()) {
			String key = "event." + (++n);
			out.put(key, e.name());
			e.date().ifPresent(d -> out.put(key + ".date", d.toString()));
			e.place().ifPresent(p -> out.put(key + ".place", p));
			evidence(out, key, e.evidence());
		}
		metadata.possiblyMachineTranslated().ifPresent(e -> {
			out.put("machine-translated", "possibly");
			evidence(out, "machine-translated", e);
		});
		return out;
	}

	private static void single(Map<String, String> out, String key, Optional<Evidenced<String>> value) {
		value.ifPresent(v -> {
			out.put(key, v.value());
			evidence(out, key, v.evidence());
		});
	}

	private static void evidence(Map<String, String> out, String key, Evidence evidence) {
		out.put(key + ".rule", evidence.rule());
		out.put(key + ".quote", evidence.quote());
		evidence.where().ifPresent(w -> out.put(key + ".span", w.start() + "-" + w.end()));
	}
}
