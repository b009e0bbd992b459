package org.verbatim.importer.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.verbatim.core.EventReference;
import org.verbatim.core.Evidence;
import org.verbatim.core.Evidenced;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Removal;
import org.verbatim.core.Speaker;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.CleanerStep;
import org.verbatim.core.prov.ProvAgent;
import org.verbatim.importer.DecodedDocument;
import org.verbatim.importer.Extraction;
import org.verbatim.importer.TextCleaner;
import org.verbatim.importer.TextRemoval;

/**
 * The plugins' {@link TextCleaner}s, and how their removals are applied: each cleaner's ranges are
 * checked, then cut out of the clean text together with their part of the offset map, recorded as
 * removals in characters of the decoded original, and the evidence spans of the metadata read so far
 * are moved with the text. A cleaner that fails or asks for impossible ranges is skipped whole.
 */
final class TextCleaners {

	/** Longer removed passages are listed shortened; the whole span stays in the removal. */
	private static final int REMOVAL_TEXT_LIMIT = 500;

	/** What a cleaner's rule may be: one word, so that {@code <bundle>/<rule>} reads as one name. */
	private static final Pattern RULE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

	private static final System.Logger LOG = System.getLogger(TextCleaners.class.getName());

	private final RankedServices<TextCleaner> cleaners = new RankedServices<>();

	/** The clean text after all cleaners, and what each of them did. */
	record Cleaned(Extraction extraction, List<CleanerStep> steps) {
	}

	void add(TextCleaner cleaner, Map<String, Object> properties) {
		cleaners.add(cleaner, properties);
	}

	void remove(TextCleaner cleaner) {
		cleaners.remove(cleaner);
	}

	/**
	 * Runs every cleaner on {@code extraction}, highest-ranked first.
	 *
	 * @throws ImportProblem when a cleaner removed all the text that was left
	 */
	Cleaned run(String source, DecodedDocument document, Extraction extraction) throws ImportProblem {
		List<TextCleaner> ordered = cleaners.ordered();
		List<CleanerStep> steps = new ArrayList<>();
		Extraction current = extraction;
		for (TextCleaner cleaner : ordered) {
			ProvAgent agent = ProvAgent.softwareOf(cleaner.getClass());
			String name = cleaner.getClass().getName();
			String who = "text cleaner " + name + " (" + agent.name() + " " + agent.version().orElse("unknown") + ")";
			List<TextRemoval> asked;
			try {
				asked = List.copyOf(Objects.requireNonNull(cleaner.remove(source, document, current), "returned no list"));
			} catch (RuntimeException | LinkageError e) {
				LOG.log(Level.ERROR, who + " failed on " + source, e);
				steps.add(refused(agent, name, who + " failed and was skipped: " + e.getClass().getSimpleName()
						+ (e.getMessage() == null ? "" : " " + e.getMessage())));
				continue;
			}
			List<TextRemoval> sorted = asked.stream().sorted(Comparator.comparingInt(TextRemoval::start)).toList();
			Optional<String> wrong = problem(sorted, current.cleanText().length());
			if (wrong.isPresent()) {
				steps.add(refused(agent, name, who + " asked for removals that cannot be applied, so none of them were kept: "
						+ wrong.get()));
				continue;
			}
			if (sorted.isEmpty()) {
				steps.add(new CleanerStep(agent, name, List.of(), List.of(), Optional.empty()));
				continue;
			}
			Applied applied = apply(document.text(), current, sorted, agent.name());
			if (StatementImportPipeline.isBlank(applied.extraction().cleanText())) {
				throw new ImportProblem("has no statement text once " + who + " removed what it asked to ("
						+ sorted.size() + (sorted.size() == 1 ? " part" : " parts")
						+ "); check that cleaner's rules, or import it without that plugin");
			}
			current = applied.extraction();
			steps.add(new CleanerStep(agent, name, applied.removed(), applied.notes(), Optional.empty()));
		}
		return new Cleaned(current, steps);
	}

	private static CleanerStep refused(ProvAgent agent, String name, String problem) {
		return new CleanerStep(agent, name, List.of(), List.of(), Optional.of(problem));
	}

	/** What is wrong with a cleaner's ranges (sorted by start), in a few words; empty when they can be applied. */
	static Optional<String> problem(List<TextRemoval> sorted, int length) {
		TextRemoval previous = null;
		for (TextRemoval range : sorted) {
			String shown = "range " + range.start() + ".." + range.end();
			if (range.start() < 0 || range.end() > length) {
				return Optional.of(shown + " is outside the clean text (0.." + length + ")");
			}
			if (range.end() <= range.start()) {
				return Optional.of(shown + " is empty");
			}
			if (previous != null && range.start() < previous.end()) {
				return Optional.of("ranges " + previous.start() + ".." + previous.end() + " and " + range.start() + ".."
						+ range.end() + " overlap");
			}
			if (!RULE.matcher(range.rule()).matches()) {
				return Optional.of(shown + " has the rule '" + range.rule()
						+ "', which is not one word of letters, digits, '.', '_' or '-'");
			}
			if (range.reason().isBlank() || range.reason().contains("\n") || range.reason().contains("\r")) {
				return Optional.of(shown + " has no reason on one line");
			}
			previous = range;
		}
		return Optional.empty();
	}

	/** An extraction with a cleaner's ranges cut out, what that removed, and the notes about moved evidence. */
	private record Applied(Extraction extraction, List<CleanerStep.Removed> removed, List<String> notes) {
	}

	/**
	 * Cuts {@code ranges} (sorted, checked) out of the clean text and its offset map. A COPY run
	 * keeps its uncut pieces, each still copied from the same original characters; a REPLACE run
	 * that is cut into keeps its remaining characters as one replacement of its whole original span
	 * (they stand for that span together, and they follow each other once the cut is gone).
	 */
	static Extraction cut(Extraction extraction, List<TextRemoval> ranges, List<Removal> removals,
			StatementMetadata metadata) {
		String text = extraction.cleanText();
		StringBuilder clean = new StringBuilder(text.length());
		int at = 0;
		for (TextRemoval range : ranges) {
			clean.append(text, at, range.start());
			at = range.end();
		}
		clean.append(text, at, text.length());

		OffsetMap.Builder offsets = new OffsetMap.Builder();
		int next = 0;
		for (OffsetMap.Run run : extraction.offsets().runs()) {
			int replaced = 0;
			int position = run.cleanStart();
			while (position < run.cleanEnd()) {
				while (next < ranges.size() && ranges.get(next).end() <= position) {
					next++;
				}
				int keptEnd = next < ranges.size() ? Math.min(run.cleanEnd(), Math.max(position, ranges.get(next).start()))
						: run.cleanEnd();
				if (keptEnd > position) {
					if (run.kind() == OffsetMap.Run.Kind.COPY) {
						offsets.copy(run.originalStart() + (position - run.cleanStart()), keptEnd - position);
					} else {
						replaced += keptEnd - position;
					}
					position = keptEnd;
				}
				if (position < run.cleanEnd() && next < ranges.size() && ranges.get(next).start() <= position) {
					position = Math.min(run.cleanEnd(), ranges.get(next).end());
				}
			}
			if (replaced > 0) {
				offsets.replace(replaced, run.originalStart(), run.originalEnd());
			}
		}
		return new Extraction(clean.toString(), offsets.build(), removals, metadata);
	}

	private static Applied apply(String decoded, Extraction extraction, List<TextRemoval> ranges, String bundle) {
		List<CleanerStep.Removed> removed = new ArrayList<>();
		for (TextRemoval range : ranges) {
			OffsetMap.Span span = extraction.offsets().toOriginal(range.start(), range.end());
			String text = decoded.substring(span.start(), span.end());
			Removal removal = new Removal(span.start(), span.end(), bundle + "/" + range.rule(),
					shorten(text, REMOVAL_TEXT_LIMIT));
			removed.add(new CleanerStep.Removed(removal, range.reason().strip()));
		}
		List<Removal> removals = new ArrayList<>(extraction.removals());
		removed.forEach(r -> removals.add(r.removal()));
		removals.sort(Comparator.comparingInt(Removal::originalStart));
		EvidenceMover mover = new EvidenceMover(ranges);
		StatementMetadata metadata = mover.move(extraction.metadata());
		return new Applied(cut(extraction, ranges, removals, metadata), removed, mover.notes);
	}

	private static String shorten(String text, int limit) {
		return text.length() <= limit ? text : text.substring(0, limit - 1) + "\u2026";
	}

	/** Moves evidence spans of the clean text past the ranges cut before them; drops those that were cut into. */
	private static final class EvidenceMover {

		private final List<TextRemoval> ranges;
		final List<String> notes = new ArrayList<>();

		EvidenceMover(List<TextRemoval> ranges) {
			this.ranges = ranges;
		}

		StatementMetadata move(StatementMetadata m) {
			return new StatementMetadata(move("the title", m.title()), move("the issue date", m.issued()),
					move("the update date", m.updated()), move("the place", m.place()),
					m.speakers().stream().map(s -> new Speaker(s.name(), s.role(), s.organization(),
							move("the speaker " + s.name(), s.evidence()))).toList(),
					move("the publisher", m.publisher()), move("the language", m.language()),
					m.events().stream().map(e -> new EventReference(e.name(), e.date(), e.place(),
							move("the event " + e.name(), e.evidence()))).toList(),
					m.possiblyMachineTranslated().map(e -> move("the machine-translation notice", e)));
		}

		private <T> Optional<Evidenced<T>> move(String field, Optional<Evidenced<T>> value) {
			return value.map(v -> new Evidenced<>(v.value(), move(field, v.evidence())));
		}

		private Evidence move(String field, Evidence evidence) {
			if (evidence.where().isEmpty()) {
				return evidence;
			}
			OffsetMap.Span where = evidence.where().get();
			for (TextRemoval range : ranges) {
				if (range.start() < where.end() && range.end() > where.start()) {
					notes.add("the evidence of " + field + " (\"" + shorten(evidence.quote().strip(), 60)
							+ "\") was in what it removed: the value is kept, its place in the text is not");
					return new Evidence(evidence.rule(), evidence.quote(), Optional.empty());
				}
			}
			return new Evidence(evidence.rule(), evidence.quote(),
					Optional.of(new OffsetMap.Span(shifted(where.start()), shifted(where.end()))));
		}

		/** Where a clean offset is once the ranges before it are cut out. */
		private int shifted(int offset) {
			int removed = 0;
			for (TextRemoval range : ranges) {
				if (range.start() >= offset) {
					break;
				}
				removed += Math.min(range.end(), offset) - range.start();
			}
			return offset - removed;
		}
	}
}
