package org.verbatim.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.verbatim.core.EventReference;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.MetadataAttributes;
import org.verbatim.provenance.internal.ImportRecordCheck;

class MetadataFieldsTest {

	/** Fails when MetadataAttributes writes a field the verifier would not compare. */
	@Test
	void theVerifierComparesEveryAttributeMetadataAttributesWrites() {
		Evidence e = new Evidence("rule", "quote", Optional.of(new OffsetMap.Span(1, 4)));
		StatementMetadata full = new StatementMetadata(Optional.of(new Evidenced<>("t", e)),
				Optional.of(new Evidenced<>(LocalDate.of(2020, 1, 20), e)),
				Optional.of(new Evidenced<>(LocalDate.of(2020, 1, 21), e)), Optional.of(new Evidenced<>("Baku", e)),
				List.of(new Speaker("A", Optional.of("r"), Optional.of("o"), e)), Optional.of(new Evidenced<>("p", e)),
				Optional.of(new Evidenced<>("en", e)),
				List.of(new EventReference("Khojaly", Optional.of(LocalDate.of(1992, 2, 26)), Optional.of("Khojaly"), e)),
				Optional.of(e));
		Map<String, String> attributes = MetadataAttributes.of(full);
		assertEquals(attributes, ImportRecordCheck.metadataOf(attributes));
	}
}
