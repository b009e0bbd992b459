package org.verbatim.provenance;

import java.util.function.Consumer;

import org.verbatim.core.prov.ProvRecord;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;

/**
 * A check that compares what the provenance log recorded with what the project holds now. The
 * verifier shows it every record in order, then every statement, then says it is done. A new kind
 * of recorded entity (such as excerpts) gets its own check, added with
 * {@link ProjectVerifier#withCheck}.
 * <p>
 * A check is made afresh for each verification. {@link #recorded} and {@link #finish} are called
 * from one thread; {@link #check} is called from several threads at once, for different statements.
 */
public interface StatementCheck {

	/** Sees one readable record of the log, in order; keeps what it will compare later. */
	void recorded(ProvRecord record, Consumer<Finding> findings);

	/** Checks one statement of the project. */
	void check(Project project, CheckedStatement statement, Consumer<Finding> findings) throws StoreException;

	/** After the last statement: reports what was recorded but not found in the project. */
	void finish(Project project, Consumer<Finding> findings) throws StoreException;
}
