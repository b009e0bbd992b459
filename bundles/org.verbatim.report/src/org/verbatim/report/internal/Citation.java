package org.verbatim.report.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.verbatim.report.ReportQuote;

/** The parts of a quote's citation, in the order every format prints them. */
final class Citation {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private Citation() {
	}

	/** Who said it, the headline, the publisher and date: the part a reader reads first. */
	static List<String> who(ReportQuote q) {
		List<String> parts = new ArrayList<>();
		parts.add(q.attribution());
		q.title().ifPresent(parts::add);
		if (q.speaker().isPresent()) {
			q.publisher().ifPresent(p -> parts.add("Published by " + p));
		}
		parts.add(q.issued().map(d -> "Issued " + d).orElse("Date of issue unknown"));
		return parts;
	}

	/** Where it came from and how to check it. */
	static List<String> where(ReportQuote q) {
		List<String> parts = new ArrayList<>();
		parts.add("Source: " + q.source() + q.retrievedAt().map(t -> " (retrieved " + DAY.format(t) + ")").orElse(""));
		parts.add(String.format(Locale.ROOT, "original SHA-256 %s, characters %d\u2013%d as %s", q.originalSha256(),
				q.originalStart(), q.originalEnd(), q.charset()));
		parts.add(String.format(Locale.ROOT, "excerpt %s of statement %s, provenance record %d (%s)", q.excerpt(),
				q.statement(), q.record(), q.recordHash()));
		return parts;
	}
}
