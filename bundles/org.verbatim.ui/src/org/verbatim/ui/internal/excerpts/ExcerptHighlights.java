package org.verbatim.ui.internal.excerpts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.verbatim.core.Excerpt;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.StatementId;
import org.verbatim.core.store.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.store.StoreException;

/**
 * Marks a statement's excerpts in the Statement editor's text with a background colour: those the
 * project has (read in a job) and those made while the editor is open.
 */
public final class ExcerptHighlights {

	/** The background of an excerpt: a pale marker yellow that keeps black text readable. */
	private static final Color MARKER = new Color(255, 234, 140);

	private final StyledText text;
	private final List<OffsetMap.Span> spans = new ArrayList<>();

	/** Highlights in {@code text}, which shows a statement's clean text. */
	public ExcerptHighlights(StyledText text) {
		this.text = text;
	}

	/**
	 * Reads the excerpts of {@code statement} off the UI thread and highlights them; call it once the
	 * text is shown. A project that cannot be read leaves the text unmarked (and says why in the log).
	 */
	public void load(ProjectStore store, Path projectDirectory, StatementId statement) {
		Job job = Job.create("Reading the excerpts of " + statement, (IProgressMonitor monitor) -> {
			List<OffsetMap.Span> found = new ArrayList<>();
			try (Project project = store.open(projectDirectory)) {
				for (Excerpt excerpt : project.excerpts()) {
					if (excerpt.statement().equals(statement)) {
						found.add(excerpt.clean());
					}
				}
			} catch (StoreException e) {
				ILog.of(ExcerptHighlights.class).warn("The excerpts of " + statement + " in " + projectDirectory
						+ " cannot be highlighted: " + e.getMessage(), e);
				return Status.OK_STATUS;
			}
			if (!text.isDisposed()) {
				text.getDisplay().asyncExec(() -> {
					if (text.isDisposed()) {
						return;
					}
					// read again after a change: an undone excerpt loses its band
					spans.clear();
					found.stream().distinct().forEach(spans::add);
					apply();
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Highlights one more excerpt; on the UI thread. */
	public void add(OffsetMap.Span span) {
		if (text.isDisposed()) {
			return;
		}
		if (!spans.contains(span)) {
			spans.add(span);
		}
		apply();
	}

	/** The highlighted ranges of the clean text, in text order (for tests). */
	public List<OffsetMap.Span> spans() {
		return spans.stream().sorted(Comparator.comparingInt(OffsetMap.Span::start)).toList();
	}

	private void apply() {
		int length = text.getCharCount();
		List<StyleRange> ranges = new ArrayList<>();
		int covered = 0;
		// StyledText wants ranges in order and without overlap: overlapping excerpts share one band
		for (OffsetMap.Span span : spans()) {
			int start = Math.max(Math.min(span.start(), length), covered);
			int end = Math.min(span.end(), length);
			if (end > start) {
				StyleRange range = new StyleRange(start, end - start, null, MARKER);
				ranges.add(range);
				covered = end;
			}
		}
		text.setStyleRanges(ranges.toArray(StyleRange[]::new));
	}
}
