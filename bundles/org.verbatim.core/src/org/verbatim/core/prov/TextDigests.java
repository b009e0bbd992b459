package org.verbatim.core.prov;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.verbatim.core.OffsetMap;
import org.verbatim.core.Removal;
import org.verbatim.core.Sha256;

/**
 * The digests records keep of what a project stores beside them (texts, offset maps, removals), so
 * that a change to any of them is found by comparing with the record.
 */
public final class TextDigests {

	private TextDigests() {
	}

	/** SHA-256 of the text's UTF-8 bytes. */
	public static String text(String text) {
		return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
	}

	/** SHA-256 over one line {@code cleanStart cleanEnd originalStart originalEnd KIND} per run. */
	public static String offsets(OffsetMap offsets) {
		StringBuilder lines = new StringBuilder(offsets.runs().size() * 24);
		for (OffsetMap.Run run : offsets.runs()) {
			lines.append(run.cleanStart()).append(' ').append(run.cleanEnd()).append(' ').append(run.originalStart())
					.append(' ').append(run.originalEnd()).append(' ').append(run.kind().name()).append('\n');
		}
		return text(lines.toString());
	}

	/** SHA-256 over one line {@code originalStart originalEnd rule} per removal. */
	public static String removals(List<Removal> removals) {
		StringBuilder lines = new StringBuilder(removals.size() * 32);
		for (Removal r : removals) {
			lines.append(r.originalStart()).append(' ').append(r.originalEnd()).append(' ').append(r.rule())
					.append('\n');
		}
		return text(lines.toString());
	}
}
