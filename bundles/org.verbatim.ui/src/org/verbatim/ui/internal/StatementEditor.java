package org.verbatim.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;
import org.osgi.framework.ServiceRegistration;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Statement;
import org.verbatim.core.store.ProjectChangeListener;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.excerpts.ExcerptHighlights;
import org.verbatim.ui.internal.excerpts.ProjectChanges;
import org.verbatim.ui.internal.excerpts.StatementTextSelectionProvider;

/**
 * Shows one statement read-only: its title (and a warning when it may be a machine translation),
 * what was read out of it with the evidence for each value, where its original came from, and two
 * pages: the clean text, and what cleaning removed from the original. Clicking a value whose
 * evidence stands in the text selects it there. Everything is read off the UI thread by a
 * {@link StatementReadJob}; until then the editor says so. The statement's excerpts are highlighted
 * in the text, and selected text is the editor's selection, which Make Excerpt cuts out.
 */
public final class StatementEditor extends EditorPart {

	/** The editor id, as registered in plugin.xml. */
	public static final String ID = VerbatimParts.STATEMENT_EDITOR_ID;

	/** The key of the title in {@link #shownMetadata()}. */
	public static final String TITLE = "Title";

	/** The id of the text page's context menu, for menu contributions. */
	public static final String TEXT_MENU_ID = "org.verbatim.ui.statementEditor.text";

	private static final int TAB_LABEL_LENGTH = 32;

	private Label title;
	private Composite note;
	private Link noteText;
	private Optional<OffsetMap.Span> noteSpan = Optional.empty();
	private MetadataSection metadata;
	private ProvenanceSection provenance;
	private TabFolder pages;
	private TabItem removalsItem;
	private RemovalsTab removals;
	private StyledText body;
	private Statement statement;
	private ExcerptHighlights excerpts;
	private StatementTextSelectionProvider textSelection;
	private Optional<OffsetMap.Span> pendingExcerpt = Optional.empty();
	private Optional<OffsetMap.Span> pendingReveal = Optional.empty();
	private Optional<ServiceRegistration<ProjectChangeListener>> changes = Optional.empty();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof StatementEditorInput)) {
			throw new PartInitException("The Statement editor shows statements only, not " + input.getName() + ".");
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	private StatementEditorInput statementInput() {
		return (StatementEditorInput) getEditorInput();
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(8, 6).applyTo(page);

		title = new Label(page, SWT.WRAP);
		title.setFont(JFaceResources.getHeaderFont());
		title.setText(statementInput().getName());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
		createNote(page);

		Composite details = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(8, 0).applyTo(details);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
		metadata = new MetadataSection(details, this::select);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(metadata.control());
		provenance = new ProvenanceSection(details, statementInput().getName());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(provenance.control());

		pages = new TabFolder(page, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).applyTo(pages);
		TabItem textItem = new TabItem(pages, SWT.NONE);
		textItem.setText("Text");
		body = new StyledText(pages, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		body.setMargins(4, 4, 4, 4);
		body.setText("Reading " + statementInput().statementId() + " from " + statementInput().projectDirectory()
				+ "\u2026");
		textItem.setControl(body);
		createTextSelection();
		removalsItem = new TabItem(pages, SWT.NONE);
		removalsItem.setText(RemovalsTab.TITLE);
		removals = new RemovalsTab(pages);
		removalsItem.setControl(removals.control());

		load(parent.getDisplay());
		// excerpts made, undone or redone elsewhere (Edit > Undo, the Excerpts view) re-mark the text
		changes = ProjectChanges.follow(parent.getDisplay(), changed -> {
			ProjectStore store = getSite().getService(ProjectStore.class);
			if (statement != null && store != null && !body.isDisposed()
					&& changed.equals(statementInput().projectDirectory().toAbsolutePath().normalize())) {
				excerpts.load(store, statementInput().projectDirectory(), statement.id());
			}
		});
	}

	@Override
	public void dispose() {
		changes.ifPresent(ServiceRegistration::unregister);
		super.dispose();
	}

	/** The text page's selection and context menu (Make Excerpt), and its excerpt highlighting. */
	private void createTextSelection() {
		excerpts = new ExcerptHighlights(body);
		textSelection = new StatementTextSelectionProvider(body, statementInput().projectDirectory(),
				statementInput().statementId());
		getSite().setSelectionProvider(textSelection);
		MenuManager menu = new MenuManager();
		// a StyledText has no menu of its own, unlike the native text it replaced: keep Copy in reach
		Action copy = new Action("&Copy") {

			@Override
			public void run() {
				body.copy();
			}
		};
		menu.add(copy);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.addMenuListener(shown -> copy.setEnabled(body.getSelectionCount() > 0));
		body.setMenu(menu.createContextMenu(body));
		getSite().registerContextMenu(TEXT_MENU_ID, menu, textSelection);
	}

	/** The warning line shown under the title when the statement may be a machine translation. */
	private void createNote(Composite page) {
		note = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(note);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(note);
		note.setVisible(false);
		Label icon = new Label(note, SWT.NONE);
		icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
		noteText = new Link(note, SWT.NONE);
		noteText.setFont(JFaceResources.getBannerFont());
		noteText.addListener(SWT.Selection, event -> noteSpan.ifPresent(this::select));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(noteText);
	}

	private void load(Display display) {
		ProjectStore store = getSite().getService(ProjectStore.class);
		if (store == null) {
			ILog.of(getClass()).error("No ProjectStore service: the org.verbatim.store bundle is missing or not started.");
			body.setText("The statement cannot be shown because the project store is missing; reinstall Verbatim.");
			return;
		}
		StatementReadJob job = new StatementReadJob(store, statementInput(), new StatementReadJob.Outcome() {

			@Override
			public void read(StatementDetails details) {
				UiThread.later(display, () -> show(details));
			}

			@Override
			public void failed(String sentence) {
				UiThread.later(display, () -> showProblem(sentence));
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private void showProblem(String sentence) {
		if (body != null && !body.isDisposed()) {
			body.setText(sentence);
		}
	}

	private void show(StatementDetails details) {
		if (body == null || body.isDisposed()) {
			return;
		}
		statement = details.statement();
		String label = statement.label();
		title.setText(label.replace("&", "&&"));
		title.setToolTipText(details.metadata().title().map(t -> ShownValue.read(t.value(), t.evidence()).tooltip())
				.orElse("No headline could be read; the file name stands in."));
		Optional<ShownValue> translated = MetadataLines.machineTranslationNote(details.metadata());
		translated.ifPresent(value -> {
			noteSpan = value.span();
			noteText.setText(noteSpan.isPresent() ? "<a>" + value.text() + "</a>" : value.text());
			noteText.setToolTipText(value.tooltip());
		});
		note.setVisible(translated.isPresent());
		((GridData) note.getLayoutData()).exclude = translated.isEmpty();

		metadata.show(MetadataLines.of(details.metadata()));
		provenance.show(ProvenanceRows.of(statement, details.retrievals()));
		provenance.setToolTip(ProvenanceRows.RETRIEVED, ProvenanceRows.history(details.retrievals()));
		removals.show(details.removals());
		removalsItem.setText(RemovalsTab.title(details.removals()));

		body.setText(statement.text());
		body.setSelection(0);
		ProjectStore store = getSite().getService(ProjectStore.class);
		if (store != null) {
			excerpts.load(store, statementInput().projectDirectory(), statement.id());
		}
		setPartName(statement.id() + "  "
				+ (label.length() > TAB_LABEL_LENGTH ? label.substring(0, TAB_LABEL_LENGTH - 1) + "\u2026" : label));
		setTitleToolTip(statement.id() + "  " + label + "\n" + statementInput().projectDirectory());
		body.getParent().getParent().layout(true, true);
		pendingExcerpt.ifPresent(this::showExcerpt);
		pendingExcerpt = Optional.empty();
		pendingReveal.ifPresent(this::select);
		pendingReveal = Optional.empty();
	}

	/** Shows the text page with this span of the clean text selected and scrolled into view. */
	private void select(OffsetMap.Span span) {
		int length = body.getCharCount();
		pages.setSelection(0);
		body.setSelection(Math.min(span.start(), length), Math.min(span.end(), length));
		body.showSelection();
		body.setFocus();
		textSelection.update();
	}

	/**
	 * Highlights the excerpt at {@code span} of the clean text and selects it, once the statement has
	 * been read: what opening an excerpt and making one show.
	 */
	public void showExcerpt(OffsetMap.Span span) {
		if (statement == null) {
			pendingExcerpt = Optional.of(span);
			return;
		}
		excerpts.add(span);
		select(span);
	}

	/** The ranges of the text highlighted as excerpts, in text order (for tests). */
	public List<OffsetMap.Span> highlightedExcerpts() {
		return excerpts.spans();
	}

	/** The widget showing the clean text, to select text in as an analyst would (for tests). */
	public StyledText textWidget() {
		return body;
	}

	/**
	 * Selects the clean-text range {@code start..end} in the text page and scrolls it into view: at
	 * once when the statement has been read, else as soon as it is (a search hit opened in a new
	 * editor).
	 */
	public void revealRange(int start, int end) {
		OffsetMap.Span span = new OffsetMap.Span(start, end);
		if (statement == null || body == null || body.isDisposed()) {
			pendingReveal = Optional.of(span);
		} else {
			select(span);
		}
	}

	/** The statement shown, once it has been read. */
	public Optional<Statement> statement() {
		return Optional.ofNullable(statement);
	}

	/** The text the editor shows in its text page (for tests). */
	public String shownText() {
		return body.getText();
	}

	/** The part of the text that is selected (for tests). */
	public String selectedText() {
		return body.getSelectionText();
	}

	/**
	 * Every row as shown, label to value (several values joined by line breaks; an unknown one is
	 * {@code —}): the title, what was read from the text, then the original's rows (for tests).
	 */
	public Map<String, String> shownMetadata() {
		Map<String, String> shown = new LinkedHashMap<>();
		shown.put(TITLE, title.getText().replace("&&", "&"));
		shown.putAll(metadata.shownText());
		shown.putAll(provenance.shownText());
		return shown;
	}

	/** The widgets showing a row's values, one per line, with their evidence tooltips (for tests). */
	public List<Control> valueControls(String label) {
		return metadata.valueControls(label);
	}

	/** The machine-translation note, when it is shown (for tests). */
	public Optional<String> shownMachineTranslationNote() {
		return note.isVisible() ? Optional.of(noteText.getText().replaceAll("</?a>", "")) : Optional.empty();
	}

	/** The title of the page listing what cleaning removed (for tests). */
	public String removalsPageTitle() {
		return removalsItem.getText();
	}

	/** The removals as listed, each {@code rule: text} (for tests). */
	public List<String> shownRemovals() {
		return removals.shownRows();
	}

	@Override
	public void setFocus() {
		body.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only: nothing to save
	}

	@Override
	public void doSaveAs() {
		// read-only: nothing to save
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
