package org.verbatim.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Why Verbatim believes a metadata value: the rule that read it and the text it read it from, so
 * that an analyst can check it.
 *
 * @param rule   the rule, such as {@code dateline}, {@code meta[property=article:published_time]},
 *               {@code json-ld:datePublished} or {@code url-path}
 * @param quote  the text the value was read from, as it stands in the source
 * @param where  where that text is in the clean text, when it is there (metadata read from page
 *               furniture or markup may not be)
 */
public record Evidence(String rule, String quote, Optional<OffsetMap.Span> where) {

	public Evidence {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(quote, "quote");
		Objects.requireNonNull(where, "where");
	}
}
