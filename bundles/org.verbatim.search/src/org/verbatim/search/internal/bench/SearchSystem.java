package org.verbatim.search.internal.bench;

/** A system under test, its index built: answers the benchmark's queries. */
interface SearchSystem extends AutoCloseable {

	/** Runs one query: the top ten hits, with facet counts or snippets when it asks for them. */
	Answer search(BenchQuery query) throws BenchmarkFailure;

	@Override
	void close() throws BenchmarkFailure;
}
