package org.verbatim.search.internal;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.AutomatonTermsEnum;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A regular expression query whose walk through the words of the index stops when the search's
 * {@link SearchDeadline} has passed. Lucene intersects an automaton with a segment's words inside
 * the codec, in one call that returns only at the next matching word: a pattern such as
 * {@code /.*q.*x.* /} that matches nothing walks a whole vocabulary without giving a time limit a
 * chance to look. Here the automaton is run over a plain walk of the words instead, and the walk
 * looks at the clock every {@value #CALLS_PER_CHECK} steps. That is slower than the codec's
 * intersection, so only regular expressions (the patterns that can start anywhere; leading
 * wildcards are refused by the parser) take this way.
 */
final class DeadlineRegexpQuery extends AutomatonQuery {

	/** Steps of the walk between two looks at the clock. */
	static final int CALLS_PER_CHECK = 64;

	private final RegexpQuery regexp;

	DeadlineRegexpQuery(RegexpQuery regexp) {
		super(regexp.getRegexp(), regexp.getAutomaton(), regexp.isAutomatonBinary(), regexp.getRewriteMethod());
		this.regexp = regexp;
	}

	@Override
	protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
		if (compiled.type != CompiledAutomaton.AUTOMATON_TYPE.NORMAL) {
			// no word, every word or one word: nothing to walk
			return super.getTermsEnum(terms, atts);
		}
		return new AutomatonTermsEnum(new DeadlineTermsEnum(terms.iterator()), compiled);
	}

	@Override
	public String toString(String field) {
		return regexp.toString(field);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DeadlineRegexpQuery d && regexp.equals(d.regexp);
	}

	@Override
	public int hashCode() {
		return Objects.hash(DeadlineRegexpQuery.class, regexp);
	}

	/** A walk through words that stops with {@link SearchDeadline.Exceeded} once the deadline passed. */
	private static final class DeadlineTermsEnum extends FilterLeafReader.FilterTermsEnum {

		private int calls;

		DeadlineTermsEnum(TermsEnum in) {
			super(in);
		}

		private void look() {
			if (++calls % CALLS_PER_CHECK == 0 && SearchDeadline.SEARCHES.shouldExit()) {
				throw new SearchDeadline.Exceeded();
			}
		}

		@Override
		public BytesRef next() throws IOException {
			look();
			return in.next();
		}

		@Override
		public SeekStatus seekCeil(BytesRef text) throws IOException {
			look();
			return in.seekCeil(text);
		}
	}
}
