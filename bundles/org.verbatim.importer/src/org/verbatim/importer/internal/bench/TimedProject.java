package org.verbatim.importer.internal.bench;

import java.nio.file.Path;
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
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/**
 * A project that adds up the time its {@link #add} takes, so that a benchmark can tell storing
 * (the transaction and its flushes) from the rest of an import. Everything else is passed on
 * untimed; closing it does not close the project it wraps.
 */
final class TimedProject implements Project {

	private final Project project;

	private long addNanos;

	TimedProject(Project project) {
		this.project = project;
	}

	/**
	 * The time spent storing so far on the importing thread: in {@link #add} and
	 * {@link #recordNearDuplicates}. {@link #archive} is not counted: the pipeline archives on its
	 * read-ahead threads, alongside extraction.
	 */
	long addNanos() {
		return addNanos;
	}

	@Override
	public OriginalRef archive(byte[] bytes) throws StoreException {
		return project.archive(bytes);
	}

	@Override
	public FailedImport recordFailure(String source, Optional<OriginalRef> original, String reason)
			throws StoreException {
		return project.recordFailure(source, original, reason);
	}

	@Override
	public List<FailedImport> failedImports() throws StoreException {
		return project.failedImports();
	}

	@Override
	public AddResult add(NewStatement statement) throws StoreException {
		long start = System.nanoTime();
		try {
			return project.add(statement);
		} finally {
			addNanos += System.nanoTime() - start;
		}
	}

	@Override
	public AddResult add(NewStatement statement, List<CleanerStep> cleaners) throws StoreException {
		long start = System.nanoTime();
		try {
			return project.add(statement, cleaners);
		} finally {
			addNanos += System.nanoTime() - start;
		}
	}

	@Override
	public Path directory() {
		return project.directory();
	}

	@Override
	public String name() {
		return project.name();
	}

	@Override
	public Path indexDirectory() {
		return project.indexDirectory();
	}

	@Override
	public List<Statement> statementsAfter(Optional<StatementId> after, int limit) throws StoreException {
		return project.statementsAfter(after, limit);
	}

	@Override
	public long statementCount() throws StoreException {
		return project.statementCount();
	}

	@Override
	public Optional<StatementId> lastStatementId() throws StoreException {
		return project.lastStatementId();
	}

	@Override
	public List<List<String>> aliasGroups() throws StoreException {
		return project.aliasGroups();
	}

	@Override
	public void addAliasGroup(List<String> spellings) throws StoreException {
		project.addAliasGroup(spellings);
	}

	@Override
	public Map<String, String> savedSearches() throws StoreException {
		return project.savedSearches();
	}

	@Override
	public void saveSearch(String name, String query) throws StoreException {
		project.saveSearch(name, query);
	}

	@Override
	public List<Statement> statements() throws StoreException {
		return project.statements();
	}

	@Override
	public List<StatementId> statementIds() throws StoreException {
		return project.statementIds();
	}

	@Override
	public Optional<Statement> statement(StatementId id) throws StoreException {
		return project.statement(id);
	}

	@Override
	public Optional<Statement> statementWithOriginal(String sha256) throws StoreException {
		return project.statementWithOriginal(sha256);
	}

	@Override
	public OffsetMap offsets(StatementId id) throws StoreException {
		return project.offsets(id);
	}

	@Override
	public List<Removal> removals(StatementId id) throws StoreException {
		return project.removals(id);
	}

	@Override
	public StatementMetadata metadata(StatementId id) throws StoreException {
		return project.metadata(id);
	}

	@Override
	public List<Retrieval> retrievals(OriginalRef original) throws StoreException {
		return project.retrievals(original);
	}

	@Override
	public Map<StatementId, int[]> nearDuplicateSignatures(String scheme) throws StoreException {
		return project.nearDuplicateSignatures(scheme);
	}

	@Override
	public void recordNearDuplicates(StatementId id, String scheme, int[] signature, Optional<NearDuplicateGroup> group)
			throws StoreException {
		long start = System.nanoTime();
		try {
			project.recordNearDuplicates(id, scheme, signature, group);
		} finally {
			addNanos += System.nanoTime() - start;
		}
	}

	@Override
	public Optional<NearDuplicateGroup> nearDuplicates(StatementId id) throws StoreException {
		return project.nearDuplicates(id);
	}

	@Override
	public Optional<StatementId> revisionOf(StatementId id) throws StoreException {
		return project.revisionOf(id);
	}

	@Override
	public List<ProvEntry> provenance(long after, int limit) throws StoreException {
		return project.provenance(after, limit);
	}

	@Override
	public long recordReportExport(ReportExport export) throws StoreException {
		return project.recordReportExport(export);
	}

	@Override
	public Optional<ProvEntry> lastProvenance() throws StoreException {
		return project.lastProvenance();
	}

	@Override
	public List<ProvEntry> provenanceAbout(String entity) throws StoreException {
		return project.provenanceAbout(entity);
	}

	@Override
	public Excerpt addExcerpt(StatementId statement, int start, int end, Optional<String> note) throws StoreException {
		return project.addExcerpt(statement, start, end, note);
	}

	@Override
	public List<Excerpt> excerpts() throws StoreException {
		return project.excerpts();
	}

	@Override
	public Optional<Excerpt> excerpt(ExcerptId id) throws StoreException {
		return project.excerpt(id);
	}

	@Override
	public AnalystChange tag(String target, String tag) throws StoreException {
		return project.tag(target, tag);
	}

	@Override
	public AnalystChange untag(String target, String tag) throws StoreException {
		return project.untag(target, tag);
	}

	@Override
	public List<String> tags(String target) throws StoreException {
		return project.tags(target);
	}

	@Override
	public List<String> taggedWith(String tag) throws StoreException {
		return project.taggedWith(tag);
	}

	@Override
	public AnalystChange editMetadata(StatementId statement, String field, Optional<String> value)
			throws StoreException {
		return project.editMetadata(statement, field, value);
	}

	@Override
	public int version(StatementId statement) throws StoreException {
		return project.version(statement);
	}

	@Override
	public Optional<AnalystChange> undoLast() throws StoreException {
		return project.undoLast();
	}

	@Override
	public List<AnalystChange> analystChanges() throws StoreException {
		return project.analystChanges();
	}

	@Override
	public Optional<AnalystChange> newestStanding() throws StoreException {
		return project.newestStanding();
	}

	@Override
	public byte[] readOriginal(OriginalRef original) throws StoreException {
		return project.readOriginal(original);
	}

	@Override
	public void close() {
		// the wrapped project is closed by whoever opened it
	}
}
