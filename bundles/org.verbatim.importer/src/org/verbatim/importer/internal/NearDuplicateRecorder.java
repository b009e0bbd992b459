package org.verbatim.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.verbatim.core.NearDuplicateGroup;
import org.verbatim.core.Statement;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.internal.dedup.DuplicateGroup;
import org.verbatim.importer.internal.dedup.MinHasher;
import org.verbatim.importer.internal.dedup.NearDuplicateIndex;

/**
 * Groups each newly imported statement with the project's near-duplicates (the same text
 * republished) and stores its signature and group. The index is rebuilt once per import from the
 * stored signatures alone, so a large project's texts are not read; only a statement without one
 * (imported before grouping existed, or by a process killed in between) is read and signed then,
 * once, so the project heals itself.
 */
final class NearDuplicateRecorder {

	private final Project project;
	private NearDuplicateIndex index;

	NearDuplicateRecorder(Project project) {
		this.project = project;
	}

	/** Adds {@code statement} to the index and stores the result; its group, if it joined one. */
	Optional<NearDuplicateGroup> add(Statement statement) throws StoreException {
		return sign(index(statement.id()), statement);
	}

	private Optional<NearDuplicateGroup> sign(NearDuplicateIndex into, Statement statement) throws StoreException {
		long id = statement.id().number();
		Optional<NearDuplicateGroup> group = into.add(id, statement.text()).map(NearDuplicateRecorder::toCore);
		project.recordNearDuplicates(statement.id(), MinHasher.SCHEME, into.signature(id).orElseThrow(), group);
		return group;
	}

	/** The index of the project's statements but {@code adding}, built at the first call. */
	private NearDuplicateIndex index(StatementId adding) throws StoreException {
		if (index == null) {
			NearDuplicateIndex restored = new NearDuplicateIndex();
			Map<StatementId, int[]> stored = project.nearDuplicateSignatures(MinHasher.SCHEME);
			for (StatementId id : project.statementIds()) {
				if (id.equals(adding)) {
					continue;
				}
				int[] signature = stored.get(id);
				if (signature != null) {
					restored.add(id.number(), signature);
				} else {
					Optional<Statement> unsigned = project.statement(id);
					if (unsigned.isPresent()) {
						sign(restored, unsigned.get());
					}
				}
			}
			index = restored;
		}
		return index;
	}

	private static NearDuplicateGroup toCore(DuplicateGroup group) {
		StatementId canonical = new StatementId(group.canonical());
		List<StatementId> members = new ArrayList<>();
		members.add(canonical);
		group.members().stream().filter(m -> m != group.canonical()).sorted().map(StatementId::new).forEach(members::add);
		return new NearDuplicateGroup(canonical, members);
	}
}
