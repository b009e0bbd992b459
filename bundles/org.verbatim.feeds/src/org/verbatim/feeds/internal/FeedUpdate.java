package org.verbatim.feeds.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.verbatim.core.Statement;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.StoreException;
import org.verbatim.importer.FileOutcome;
import org.verbatim.importer.ImportListener;
import org.verbatim.importer.ImportOptions;
import org.verbatim.importer.SourceItem;
import org.verbatim.importer.StatementImporter;

/**
 * Brings one subscribed feed up to date: fetches it through the import pipeline (which hands it to
 * {@link FeedSourceImporter}) and imports the pages of the items the project does not have yet.
 * An item counts as already there when the subscription remembers its id, or when the project has a
 * statement from its link (imported by hand, or before the project was subscribed). Only items that
 * were imported, or whose page the project had byte for byte, are remembered: an item whose page
 * failed is tried again at the next update.
 */
final class FeedUpdate {

	/**
	 * What an update did.
	 *
	 * @param feed         the feed's URL
	 * @param imported     items whose page became a new statement
	 * @param alreadyThere items passed over because the project has them, or whose page it had byte for byte
	 * @param failures     items (or the feed itself) that could not be imported, one line each
	 * @param feedFailed   whether the feed itself could not be fetched or read (nothing was imported)
	 */
	record Result(String feed, List<FileOutcome> imported, int alreadyThere, List<FileOutcome> failures,
			boolean feedFailed) {

		/** The analyst's line: {@code URL: N new, M already there[, K failed]}. */
		String line() {
			return feed + ": " + imported.size() + " new, " + alreadyThere + " already there"
					+ (failures.isEmpty() ? "" : ", " + failures.size() + " failed");
		}
	}

	private FeedUpdate() {
	}

	/**
	 * Updates the project from {@code feed}, remembering in {@code subscriptions} the items
	 * imported; {@code listener} hears about each item's page as it is done.
	 */
	static Result run(Project project, Subscriptions subscriptions, String feed, StatementImporter importer,
			ImportListener listener) throws StoreException, IOException {
		Set<String> seen = subscriptions.seen(feed);
		Set<String> sources = new HashSet<>();
		for (Statement statement : project.statements()) {
			sources.add(statement.source());
		}
		Map<String, String> itemOfPage = new HashMap<>();
		int[] passedOver = { 0 };
		ImportOptions options = ImportOptions.defaults().withItems((SourceItem item) -> {
			if (seen.contains(item.id()) || item.link().map(sources::contains).orElse(false)) {
				passedOver[0]++;
				return false;
			}
			item.link().ifPresent(link -> itemOfPage.put(link, item.id()));
			return true;
		});
		List<FileOutcome> imported = new ArrayList<>();
		List<FileOutcome> failures = new ArrayList<>();
		List<String> newlySeen = new ArrayList<>();
		int[] duplicates = { 0 };
		boolean[] notAFeed = { false };
		importer.importSources(project, List.of(feed), options, new ImportListener() {
			@Override
			public void fileDone(FileOutcome outcome) {
				Optional<String> item = Optional.ofNullable(itemOfPage.get(outcome.source()));
				switch (outcome.kind()) {
				case IMPORTED, DUPLICATE -> {
					if (item.isEmpty()) {
						// the feed's own URL became a statement: it was not read as a feed
						notAFeed[0] = true;
					} else if (outcome.kind() == FileOutcome.Kind.IMPORTED) {
						imported.add(outcome);
						newlySeen.add(item.get());
					} else {
						duplicates[0]++;
						newlySeen.add(item.get());
					}
				}
				case FAILED, SKIPPED -> failures.add(outcome);
				}
				listener.fileDone(outcome);
			}

			@Override
			public boolean cancelRequested() {
				return listener.cancelRequested();
			}
		});
		subscriptions.markSeen(feed, newlySeen);
		boolean feedFailed = failures.stream().anyMatch(f -> f.source().equals(feed));
		if (notAFeed[0]) {
			failures.add(new FileOutcome(feed, FileOutcome.Kind.FAILED, Optional.empty(),
					"is not an RSS or Atom feed; it was imported as a page instead"));
			feedFailed = true;
		}
		return new Result(feed, imported, passedOver[0] + duplicates[0], failures, feedFailed);
	}
}
