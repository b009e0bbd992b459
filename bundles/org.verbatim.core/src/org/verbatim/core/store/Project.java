package org.verbatim.core.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.verbatim.core.AnalystChange;
import org.verbatim.core.Excerpt;
import org.verbatim.core.ExcerptId;
import org.verbatim.core.FailedImport;
import org.verbatim.core.NearDuplicateGroup;
import org.verbatim.core.NewStatement;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.OriginalRef;
import org.verbatim.core.Removal;
import org.verbatim.core.Retrieval;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.prov.CleanerStep;
import org.verbatim.core.prov.ProvEntry;
import org.verbatim.core.prov.ReportExport;

/**
 * An open project. Every change is one transaction: it is either wholly in the project or not at
 * all, even when the process is killed half-way. Close it when done.
 */
public interface Project extends AutoCloseable {

	/** The project folder. */
	Path directory();

	/** The project's name (by default the folder's name). */
	String name();

	/** The folder reserved for the project's derived search index. */
	Path indexDirectory();

	/** All statements, in id order. */
	List<Statement> statements() throws StoreException;

	/**
	 * A page of statements in id order, for reading a large project without holding it all in
	 * memory.
	 *
	 * @param after the statement before the page, or empty for the first page
	 * @param limit at most this many statements
	 */
	List<Statement> statementsAfter(Optional<StatementId> after, int limit) throws StoreException;

	/**
	 * What lists, groups and timelines show of every statement (ids, titles, current metadata
	 * values, tags, retrievals; no texts, no evidence), in id order. The project store reads it
	 * with a fixed number of queries, whatever the number of statements; this default asks
	 * {@link #statements()}, {@link #metadata}, {@link #tags} and {@link #retrievals} for each.
	 *
	 * @since 1.1
	 */
	default List<StatementSummary> summaries() throws StoreException {
		List<StatementSummary> summaries = new ArrayList<>();
		for (Statement statement : statements()) {
			summaries.add(StatementSummary.of(statement, metadata(statement.id()), tags(statement.id().toString()),
					retrievals(statement.original())));
		}
		return summaries;
	}

	/** How many statements the project has. */
	long statementCount() throws StoreException;

	/** The statement with the highest id, if there is any. */
	Optional<StatementId> lastStatementId() throws StoreException;

	/**
	 * The ids of all statements, in id order, without reading their texts (for work that needs
	 * only a few of a large project's statements).
	 */
	List<StatementId> statementIds() throws StoreException;

	/** The statement with this id, if the project has one. */
	Optional<Statement> statement(StatementId id) throws StoreException;

	/**
	 * The statement this one is a revision of: the newest earlier statement imported from the same
	 * source (a page fetched again whose content had changed). Unchanged content is no new
	 * statement, only another retrieval.
	 */
	Optional<StatementId> revisionOf(StatementId id) throws StoreException;

	/** The statement whose original has exactly these bytes' hash, if any. */
	Optional<Statement> statementWithOriginal(String sha256) throws StoreException;

	/**
	 * Archives original bytes, content-addressed and never modified afterwards, and says under
	 * which reference. An importer calls it as soon as it has read the bytes, before decoding them,
	 * so that an original is kept even when it then fails to import. The file is complete on disk
	 * (flushed) when this returns; the same bytes archived again are written once. Until a
	 * statement or a {@linkplain #recordFailure failure} names it, an archived original is not part
	 * of the project's records (a harmless, unreferenced file when the import is killed).
	 * <p>
	 * Thread-safe: it touches only the {@code originals/} folder, so importers may archive on
	 * worker threads while another thread adds statements.
	 */
	OriginalRef archive(byte[] bytes) throws StoreException;

	/**
	 * Adds the statement with its offsets, removals and metadata, recording the retrieval. Its
	 * original is archived first when that has not been done already (a statement never refers to
	 * an original that is not on disk). When the same bytes were imported before, only the
	 * retrieval is recorded and {@link AddResult#duplicateOf()} names the statement that has them.
	 */
	AddResult add(NewStatement statement) throws StoreException;

	/**
	 * Adds the statement as {@link #add(NewStatement)} does, with the text cleaners that ran on it
	 * after its document extractor recorded in its import record, each as its own activity (see
	 * {@link org.verbatim.core.prov.ChangeRecords}). The statement's text, offsets and removals are
	 * already those after the cleaners.
	 * <p>
	 * The default suits a store that keeps no provenance of its own: with no cleaners it is
	 * {@link #add(NewStatement)}; with some it refuses, since the cleaners would go unrecorded.
	 *
	 * @param cleaners the text cleaners, in the order they ran
	 * @throws UnsupportedOperationException when {@code cleaners} is not empty and this store cannot
	 *                                       record them
	 * @since 1.1
	 */
	default AddResult add(NewStatement statement, List<CleanerStep> cleaners) throws StoreException {
		if (!cleaners.isEmpty()) {
			throw new UnsupportedOperationException(getClass().getName() + " cannot record text cleaners");
		}
		return add(statement);
	}

	/**
	 * Records that {@code source} could not be imported, in one transaction.
	 *
	 * @param original the original as returned by {@link #archive}, when bytes were read; it must
	 *                 be archived already, so that a recorded failure never names missing bytes
	 * @param reason   the one-line reason the analyst was shown
	 * @throws StoreException also when {@code original} is not in the archive
	 */
	FailedImport recordFailure(String source, Optional<OriginalRef> original, String reason) throws StoreException;

	/** Every failed import, oldest first, including those of sources imported successfully later. */
	List<FailedImport> failedImports() throws StoreException;

	/**
	 * Where each character of the statement's text is in its decoded original. A statement whose
	 * text is its whole original has the identity map.
	 */
	OffsetMap offsets(StatementId id) throws StoreException;

	/** What cleaning left out of the statement's original, and by which rule, in original order. */
	List<Removal> removals(StatementId id) throws StoreException;

	/** What was read out of the statement, with evidence. */
	StatementMetadata metadata(StatementId id) throws StoreException;

	/** Every time these original bytes were read (imported or fetched), oldest first. */
	List<Retrieval> retrievals(OriginalRef original) throws StoreException;

	/**
	 * The near-duplicate signatures stored for the project's statements, by statement, as computed
	 * with {@code scheme} (signatures of another scheme are left out: they must be computed again).
	 */
	Map<StatementId, int[]> nearDuplicateSignatures(String scheme) throws StoreException;

	/**
	 * Stores a statement's near-duplicate signature and, when it belongs to a group, links every
	 * member of the group to the group's canonical statement, in one transaction.
	 */
	void recordNearDuplicates(StatementId id, String scheme, int[] signature, Optional<NearDuplicateGroup> group)
			throws StoreException;

	/** The group of near-duplicates the statement belongs to, if any. */
	Optional<NearDuplicateGroup> nearDuplicates(StatementId id) throws StoreException;

	/**
	 * The project's name variants for search: each group lists spellings that mean the same (such
	 * as a place name in several transliterations), in the order they were added.
	 */
	List<List<String>> aliasGroups() throws StoreException;

	/** Adds a group of at least two spellings that search treats as one. */
	void addAliasGroup(List<String> spellings) throws StoreException;

	/** The project's saved searches: name to query text, by name. */
	Map<String, String> savedSearches() throws StoreException;

	/** Saves (or replaces) the search called {@code name}. */
	void saveSearch(String name, String query) throws StoreException;

	/**
	 * Up to {@code limit} records of the provenance log after record number {@code after} (0 for
	 * the first), exactly as stored. Every change above writes its record in its own transaction.
	 */
	List<ProvEntry> provenance(long after, int limit) throws StoreException;

	/**
	 * Records that a report was written to a file (which is not part of the project), naming the
	 * excerpts it quotes, in one transaction.
	 *
	 * @return the number of the record
	 * @throws StoreException also when a quoted excerpt does not exist
	 */
	long recordReportExport(ReportExport export) throws StoreException;

	/** The newest record of the provenance log (its head), if there is any. */
	Optional<ProvEntry> lastProvenance() throws StoreException;

	/** The records that name the entity {@code entity} (such as {@code statement/S3/1}), in order. */
	List<ProvEntry> provenanceAbout(String entity) throws StoreException;

	/**
	 * Cuts the excerpt {@code [start, end)} out of the statement's clean text, anchored by its quote
	 * (with up to {@link Excerpt#CONTEXT} characters of context each side), its clean span and the
	 * span of the decoded original it came from, and records it.
	 *
	 * @throws StoreException with a one-line reason when the statement does not exist or the range
	 *                        is empty, outside the text or only white space
	 */
	Excerpt addExcerpt(StatementId statement, int start, int end, Optional<String> note) throws StoreException;

	/** The excerpts that are not withdrawn, in id order, with their tags. */
	List<Excerpt> excerpts() throws StoreException;

	/** The excerpt with this id, withdrawn or not, if the project has one. */
	Optional<Excerpt> excerpt(ExcerptId id) throws StoreException;

	/**
	 * Puts a tag on a statement or excerpt and records it.
	 *
	 * @param target a statement id ({@code S3}) or an excerpt id ({@code E1})
	 * @param tag    one line of text; surrounding white space is dropped
	 * @throws StoreException when the target does not exist (or is a withdrawn excerpt), the tag is
	 *                        blank, or the target has it already
	 */
	AnalystChange tag(String target, String tag) throws StoreException;

	/** Takes a tag off a statement or excerpt and records it; see {@link #tag}. */
	AnalystChange untag(String target, String tag) throws StoreException;

	/** The tags of a statement or excerpt ({@code S3}, {@code E1}), sorted. */
	List<String> tags(String target) throws StoreException;

	/** The statements and excerpts that carry {@code tag}: statements first, each in id order. */
	List<String> taggedWith(String tag) throws StoreException;

	/**
	 * Sets ({@code value} present) or clears one of the statement's metadata fields as the analyst
	 * says (see {@link org.verbatim.core.MetadataFields#EDITABLE}); the value's evidence is the rule
	 * {@code analyst-edit}. The statement gets a new version, recorded as a revision of the last.
	 *
	 * @throws StoreException when the statement does not exist, the field cannot be edited, the
	 *                        value does not fit the field, or it would change nothing
	 */
	AnalystChange editMetadata(StatementId statement, String field, Optional<String> value) throws StoreException;

	/** The statement's version: 1 as imported, one more for each edit and each undone edit. */
	int version(StatementId statement) throws StoreException;

	/**
	 * Undoes the newest excerpt, tag, untag or edit that is not undone yet, by a new change that
	 * restores what was before it (an excerpt is withdrawn, never deleted). Nothing is removed from
	 * the provenance log.
	 *
	 * @return the change that was undone, with the record of its undoing; empty when there was
	 *         nothing to undo
	 */
	Optional<AnalystChange> undoLast() throws StoreException;

	/** Every excerpt, tag, untag, edit and undo, oldest first. */
	List<AnalystChange> analystChanges() throws StoreException;

	/**
	 * The change that {@link #undoLast()} would undo now: the newest excerpt, tag, untag or edit
	 * that is not undone yet (an undo itself is never undone, so it is never the answer). The
	 * default reads every change; a store should answer from its own index.
	 *
	 * @return the change, or empty when there is nothing to undo
	 * @since 1.2
	 */
	default Optional<AnalystChange> newestStanding() throws StoreException {
		return analystChanges().stream().filter(change -> !change.change().equals("undo"))
				.filter(change -> change.undoneBy().isEmpty()).max(Comparator.comparingLong(AnalystChange::record));
	}

	/** The archived original bytes. */
	byte[] readOriginal(OriginalRef original) throws StoreException;

	@Override
	void close() throws StoreException;

	/**
	 * What {@link #add} did.
	 *
	 * @param statement the statement now in the project: the new one, or the earlier one with the
	 *                  same original bytes
	 * @param duplicate whether the bytes had been imported before (nothing was added)
	 */
	record AddResult(Statement statement, boolean duplicate) {

		/** The earlier statement when this was a duplicate. */
		public Optional<Statement> duplicateOf() {
			return duplicate ? Optional.of(statement) : Optional.empty();
		}
	}
}
