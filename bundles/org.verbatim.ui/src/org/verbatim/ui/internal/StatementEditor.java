package org.verbatim.ui.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
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
import org.verbatim.core.StatementMetadata;
import org.verbatim.core.store.ProjectChangeListener;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.ui.VerbatimParts;
import org.verbatim.ui.internal.excerpts.ExcerptHighlights;
import org.verbatim.ui.internal.excerpts.ProjectChanges;
import org.verbatim.ui.internal.excerpts.StatementTextSelectionProvider;
import org.verbatim.ui.internal.history.EditMetadataOperation;
import org.verbatim.ui.internal.history.ProjectHistory;

/**
 * Shows one statement: its title (and a warning when it may be a machine translation), what was
 * read out of it with the evidence for each value, where its original came from, and four pages:
 * the clean text; the archived original (rendered or as text), where a selection made in the text
 * is selected too and from where a selection goes back to the text, through the offset map; the
 * metadata form, whose Apply is an undoable edit; and what cleaning removed from the original. Clicking a value whose
 * evidence stands in the text selects it there. Everything is read off the UI thread by a
 * {@link StatementReadJob}; until then the editor says so. The UI thread only makes widgets and fills
 * them, a piece per turn of its event loop so that none keeps it long: at first only the title, the
 * tab folder and the Text page are made, then the header's two groups and the text's context menu,
 * each in a turn of its own; once read, the text is set, then the title, each of the header's groups,
 * the Removed page and the Original page are made or filled, each in a later turn
 * ({@link #settled()} tells when all is made and shown); the form is made
 * when its page is first shown, and a browser when an HTML original is first drawn. The statement's excerpts are highlighted
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

	/** The index of the metadata form's page. */
	private static final int METADATA_PAGE = 2;

	private Label title;
	private Composite note;
	private Link noteText;
	private Optional<OffsetMap.Span> noteSpan = Optional.empty();
	private MetadataSection metadata;
	private ProvenanceSection provenance;
	private TabFolder pages;
	private TabItem removalsItem;
	/** The Original and Removed pages' holders; their widgets are made when first needed. */
	private Composite originalPage;
	private Composite removalsPage;
	private RemovalsTab removals;
	private OriginalTab original;
	/**
	 * What is still to be made or shown, one piece per turn of the event loop: the header's groups and
	 * the text's context menu from the start, what was read once it is read.
	 */
	private final Queue<Runnable> pendingFills = new ArrayDeque<>();
	/** Whether a turn that runs the next pending piece is queued. */
	private boolean filling;
	/** The two columns of the header, for its groups. */
	private Composite headerGroups;
	private Composite formPage;
	private MetadataForm form;
	/** What the form is to show when its page is next shown, if it does not show it yet. */
	private Optional<StatementMetadata> formValues = Optional.empty();
	private Optional<OriginalDocument> originalDocument = Optional.empty();
	/** The span of the original the editor selected there last, to tell it from the analyst's own. */
	private Optional<OffsetMap.Span> revealedInOriginal = Optional.empty();
	private int shownPage;
	private String syncMessage = "";
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

		headerGroups = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(8, 0).applyTo(headerGroups);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(headerGroups);

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
		// the header's groups (two dozen widgets) and the text's context menu (with the workbench's
		// contributions) each in a later turn: this one, which the workbench spends activating the editor too,
		// makes only what frames the text
		pendingFills.add(this::createReadGroup);
		pendingFills.add(this::createOriginalGroup);
		pendingFills.add(this::createTextMenu);
		fillLater();
		// the Original and Removed pages' widgets are made in later turns of the event loop (or when asked)
		TabItem originalItem = new TabItem(pages, SWT.NONE);
		originalItem.setText(OriginalTab.TITLE);
		originalPage = new Composite(pages, SWT.NONE);
		originalPage.setLayout(new FillLayout());
		originalItem.setControl(originalPage);
		TabItem formItem = new TabItem(pages, SWT.NONE);
		formItem.setText(MetadataForm.TITLE);
		// the form (a dozen boxes with their decorations) is made when its page is first shown
		formPage = new Composite(pages, SWT.NONE);
		formPage.setLayout(new FillLayout());
		formItem.setControl(formPage);
		removalsItem = new TabItem(pages, SWT.NONE);
		removalsItem.setText(RemovalsTab.TITLE);
		removalsPage = new Composite(pages, SWT.NONE);
		removalsPage.setLayout(new FillLayout());
		removalsItem.setControl(removalsPage);
		// selections follow the analyst between the text and the original, through the offset map
		pages.addListener(SWT.Selection, event -> pageChanged(pages.getSelectionIndex()));

		load(parent.getDisplay());
		// excerpts made, undone or redone elsewhere (Edit > Undo, the Excerpts view) re-mark the text
		changes = ProjectChanges.follow(parent.getDisplay(), changed -> {
			ProjectStore store = getSite().getService(ProjectStore.class);
			if (statement != null && store != null && !body.isDisposed()
					&& changed.equals(statementInput().projectDirectory().toAbsolutePath().normalize())) {
				excerpts.load(store, statementInput().projectDirectory(), statement.id());
				// an edit (from the form, Undo, or the command line) changes what the editor shows as read
				read(parent.getDisplay(), this::refresh);
			}
		});
	}

	@Override
	public void dispose() {
		changes.ifPresent(ServiceRegistration::unregister);
		super.dispose();
	}

	/** The text page's selection, which Make Excerpt cuts out, and its excerpt highlighting. */
	private void createTextSelection() {
		excerpts = new ExcerptHighlights(body);
		textSelection = new StatementTextSelectionProvider(body, statementInput().projectDirectory(),
				statementInput().statementId());
		getSite().setSelectionProvider(textSelection);
	}

	/** The text page's context menu: Copy, and what the workbench adds (Make Excerpt, Show in Original). */
	private void createTextMenu() {
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

	/** The header's group of what was read from the text (dashes until it is read). */
	private void createReadGroup() {
		metadata = new MetadataSection(headerGroups, this::select);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(metadata.control());
		metadata.control().requestLayout();
	}

	/** The header's group of the original's rows (the id only until it is read). */
	private void createOriginalGroup() {
		provenance = new ProvenanceSection(headerGroups, statementInput().getName());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(provenance.control());
		provenance.control().requestLayout();
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
		read(display, this::show);
	}

	private void read(Display display, Consumer<StatementDetails> shown) {
		ProjectStore store = getSite().getService(ProjectStore.class);
		if (store == null) {
			ILog.of(getClass()).error("No ProjectStore service: the org.verbatim.store bundle is missing or not started.");
			body.setText("The statement cannot be shown because the project store is missing; reinstall Verbatim.");
			return;
		}
		StatementReadJob job = new StatementReadJob(store, statementInput(), new StatementReadJob.Outcome() {

			@Override
			public void read(StatementDetails details) {
				UiThread.later(display, () -> shown.accept(details));
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
		originalDocument = details.original().value();
		removalsItem.setText(RemovalsTab.title(details.removals()));
		// the tab's name and the text first, in this turn; the header and the other pages each in a turn of their own
		showName(StatementLabels.of(statement, details.metadata()));
		body.setText(statement.text());
		body.setSelection(0);
		ProjectStore store = getSite().getService(ProjectStore.class);
		if (store != null) {
			excerpts.load(store, statementInput().projectDirectory(), statement.id());
		}
		pendingExcerpt.ifPresent(this::showExcerpt);
		pendingExcerpt = Optional.empty();
		pendingReveal.ifPresent(this::select);
		pendingReveal = Optional.empty();

		pendingFills.add(() -> showTitle(details));
		pendingFills.add(() -> showMetadata(details));
		pendingFills.add(() -> showProvenance(details));
		pendingFills.add(() -> removals().show(details.removals()));
		pendingFills.add(() -> originalDocument.ifPresentOrElse(original()::show,
				() -> original().showProblem(details.original().problem())));
		fillLater();
	}

	/** Runs the next pending piece in a later turn of the event loop, and the one after it in the next. */
	private void fillLater() {
		if (filling) {
			return;
		}
		filling = true;
		UiThread.later(body.getDisplay(), () -> {
			filling = false;
			if (body.isDisposed()) {
				return;
			}
			Runnable next = pendingFills.poll();
			if (next != null) {
				next.run();
			}
			if (!pendingFills.isEmpty()) {
				fillLater();
			}
		});
	}

	/** Makes and shows at once whatever is still pending: for what reads the editor before it settled. */
	private void settle() {
		Runnable next;
		while ((next = pendingFills.poll()) != null) {
			next.run();
		}
	}

	/**
	 * Whether the statement has been read and everything about it shown (the header and every page's
	 * contents, not the text only): what the measure of opening waits for (for tests).
	 */
	public boolean settled() {
		return statement != null && pendingFills.isEmpty();
	}

	/** The Original page, made in its holder the first time it is needed. */
	private OriginalTab original() {
		if (original == null) {
			original = new OriginalTab(originalPage);
			originalPage.layout(true, true);
		}
		return original;
	}

	/** The Removed by cleaning page, made in its holder the first time it is needed. */
	private RemovalsTab removals() {
		if (removals == null) {
			removals = new RemovalsTab(removalsPage, removal -> showInOriginal(
					new OffsetMap.Span(removal.originalStart(), removal.originalEnd())));
			removalsPage.layout(true, true);
		}
		return removals;
	}

	/** What the statement's metadata says, again: after an edit, its undoing, or a change elsewhere. */
	private void refresh(StatementDetails details) {
		if (body == null || body.isDisposed() || statement == null) {
			return;
		}
		// what the first read left pending goes first, so that it does not overwrite this newer read
		settle();
		statement = details.statement();
		showRead(details);
	}

	/** The title, the note, what was read and the original's rows, and the form's values. */
	private void showRead(StatementDetails details) {
		showTitle(details);
		showMetadata(details);
		showProvenance(details);
	}

	/** The title and the note under it, the form's values, and the tab's name. */
	private void showTitle(StatementDetails details) {
		String label = StatementLabels.of(statement, details.metadata());
		title.setText(label.replace("&", "&&"));
		title.setToolTipText(details.metadata().title().map(t -> ShownValue.read(t.value(), t.evidence()).tooltip())
				.orElse("No headline could be read; the publisher and date stand in (the file name, without them)."));
		Optional<ShownValue> translated = MetadataLines.machineTranslationNote(details.metadata());
		translated.ifPresent(value -> {
			noteSpan = value.span();
			noteText.setText(noteSpan.isPresent() ? "<a>" + value.text() + "</a>" : value.text());
			noteText.setToolTipText(value.tooltip());
		});
		note.setVisible(translated.isPresent());
		((GridData) note.getLayoutData()).exclude = translated.isEmpty();
		// the form is filled when its page is shown: filling it lays out a dozen boxes
		formValues = Optional.of(details.metadata());
		if (shownPage == METADATA_PAGE) {
			fillForm();
		}
		showName(label);
		// one layout of what changed, when the UI thread is next idle, rather than of every page now
		title.requestLayout();
		note.requestLayout();
	}

	/** The group of what was read from the text. */
	private void showMetadata(StatementDetails details) {
		metadata.show(MetadataLines.of(details.metadata()));
		metadata.control().requestLayout();
	}

	/** The group of the original's rows: where it came from, its hash, how often it was retrieved. */
	private void showProvenance(StatementDetails details) {
		provenance.show(ProvenanceRows.of(statement, details.retrievals()));
		provenance.setToolTip(ProvenanceRows.RETRIEVED, ProvenanceRows.history(details.retrievals()));
		provenance.control().requestLayout();
	}

	/** The editor's tab: the statement's id and label. */
	private void showName(String label) {
		setPartName(statement.id() + "  "
				+ (label.length() > TAB_LABEL_LENGTH ? label.substring(0, TAB_LABEL_LENGTH - 1) + "\u2026" : label));
		setTitleToolTip(statement.id() + "  " + label + "\n" + statementInput().projectDirectory());
	}

	private void fillForm() {
		formValues.ifPresent(form()::show);
		formValues = Optional.empty();
	}

	/** The metadata form, made in its page the first time it is needed. */
	private MetadataForm form() {
		if (form == null) {
			form = new MetadataForm(formPage, this::applyMetadata);
			formPage.layout(true, true);
		}
		return form;
	}

	/** Apply in the metadata form: the changed fields set or cleared in a job, as one undoable operation. */
	private void applyMetadata(Map<String, Optional<String>> values) {
		ProjectStore store = getSite().getService(ProjectStore.class);
		if (store == null || statement == null) {
			form().applyFailed();
			return;
		}
		Display display = body.getDisplay();
		AtomicBoolean done = new AtomicBoolean();
		Job job = ProjectHistory.execute(new EditMetadataOperation(store, statementInput().projectDirectory(),
				statement.id(), values), operation -> done.set(true));
		job.addJobChangeListener(new JobChangeAdapter() {

			@Override
			public void done(IJobChangeEvent event) {
				// success is shown by the project's change notice (the editor reads the statement again);
				// a failure was said in one sentence by the history: the form takes typing again
				UiThread.later(display, () -> {
					if (!body.isDisposed()) {
						if (done.get()) {
							read(display, StatementEditor.this::refresh);
						} else {
							form().applyFailed();
						}
					}
				});
			}
		});
	}

	/** The editor's pages changed: take the selection along, through the offset map. */
	private void pageChanged(int page) {
		settle();
		int before = shownPage;
		shownPage = page;
		if (page == 1 && before != 1) {
			syncToOriginal();
		} else if (page == 0 && before == 1) {
			syncFromOriginal();
		}
		// the original is drawn (and its browser created) only once its page is shown
		if (page == 1 || original != null) {
			original().setShown(page == 1);
		}
		if (page == METADATA_PAGE) {
			fillForm();
		}
	}

	/** Selects in the original what is selected in the text. */
	private void syncToOriginal() {
		Point selection = body.getSelection();
		if (originalDocument.isEmpty() || selection.y <= selection.x) {
			return;
		}
		originalDocument.get().toOriginal(selection.x, selection.y).ifPresent(span -> {
			revealedInOriginal = Optional.of(span);
			original().reveal(span);
			syncMessage = "";
		});
	}

	/**
	 * Selects in the text what the analyst selected in the original (its source, or the page as the
	 * browser draws it), or says it was removed.
	 */
	private void syncFromOriginal() {
		Optional<OffsetMap.Span> chosen = original().selected();
		if (originalDocument.isEmpty() || chosen.isEmpty() || chosen.equals(revealedInOriginal)) {
			return;
		}
		Optional<OffsetMap.Span> clean = originalDocument.get().toClean(chosen.get().start(), chosen.get().end());
		if (clean.isPresent()) {
			syncMessage = "";
			select(clean.get());
		} else {
			syncMessage = "The passage selected in the original was removed by cleaning; it is not in the text.";
		}
		getEditorSite().getActionBars().getStatusLineManager().setMessage(syncMessage.isEmpty() ? null : syncMessage);
	}

	/** Shows the span of the decoded original in the Original page (a removal, a mapped selection). */
	private void showInOriginal(OffsetMap.Span span) {
		settle();
		revealedInOriginal = Optional.of(span);
		shownPage = 1;
		pages.setSelection(1);
		original().reveal(span);
		original().setShown(true);
	}

	/** Shows the text page with this span of the clean text selected and scrolled into view. */
	private void select(OffsetMap.Span span) {
		int length = body.getCharCount();
		pages.setSelection(0);
		shownPage = 0;
		if (original != null) {
			original.setShown(false);
		}
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
		settle();
		Map<String, String> shown = new LinkedHashMap<>();
		shown.put(TITLE, title.getText().replace("&&", "&"));
		shown.putAll(metadata.shownText());
		shown.putAll(provenance.shownText());
		return shown;
	}

	/** The widgets showing a row's values, one per line, with their evidence tooltips (for tests). */
	public List<Control> valueControls(String label) {
		settle();
		return metadata.valueControls(label);
	}

	/** The machine-translation note, when it is shown (for tests). */
	public Optional<String> shownMachineTranslationNote() {
		settle();
		return note.isVisible() ? Optional.of(noteText.getText().replaceAll("</?a>", "")) : Optional.empty();
	}

	/** The title of the page listing what cleaning removed (for tests). */
	public String removalsPageTitle() {
		return removalsItem.getText();
	}

	/** The removals as listed, each {@code rule: text} (for tests). */
	public List<String> shownRemovals() {
		settle();
		return removals().shownRows();
	}

	/** Shows the page with this title (Text, Original, Metadata, Removed by cleaning), as a click on its tab does. */
	public void showPage(String pageTitle) {
		for (int i = 0; i < pages.getItemCount(); i++) {
			if (pages.getItem(i).getText().startsWith(pageTitle)) {
				pages.setSelection(i);
				pageChanged(i);
				return;
			}
		}
		throw new IllegalArgumentException("no page " + pageTitle);
	}

	/** The titles of the pages, in order (for tests). */
	public List<String> pageTitles() {
		return Arrays.stream(pages.getItems()).map(TabItem::getText).toList();
	}

	/** The decoded original, once read (for tests). */
	public Optional<OriginalDocument> originalDocument() {
		return originalDocument;
	}

	/** The Original page's source text widget, to select in as an analyst would (for tests). */
	public StyledText originalSourceWidget() {
		settle();
		return original().sourceWidget();
	}

	/** Whether the Original page shows the page rendered in a browser now (for tests). */
	public boolean originalRendered() {
		settle();
		return original().rendered();
	}

	/** Shows the original rendered or as source, as its Rendered box does (for tests). */
	public void setOriginalRendered(boolean render) {
		settle();
		original().setRendered(render);
	}

	/** Whether a browser engine is there to render HTML originals (for tests). */
	public boolean originalCanRender() {
		settle();
		return original().canRender();
	}

	/** The HTML the Original page gave its browser last, with its policy and marks (for tests). */
	public String originalShownHtml() {
		settle();
		return original().shownHtml();
	}

	/** Whether the browser finished loading the page given last (for tests). */
	public boolean originalPageLoaded() {
		settle();
		return original().pageLoaded();
	}

	/** Whether the browser scrolled the marked passage into view (for tests). */
	public boolean originalScrolled() {
		settle();
		return original().scrolled();
	}

	/** Runs {@code script} in the rendered original as the editor's own scripts run, and returns its value (for tests). */
	public Object evaluateInOriginal(String script) {
		settle();
		return original().evaluate(script);
	}

	/** The sentence above the original (for tests). */
	public String originalSummary() {
		settle();
		return original().summary();
	}

	/** What the last move from the original to the text said, or empty (for tests). */
	public String syncMessage() {
		return syncMessage;
	}

	/** Opens the removal at {@code row} as a double-click does (for tests). */
	public void openRemoval(int row) {
		settle();
		removals().open(row);
	}

	/** Types {@code value} into the metadata form's box of {@code field} (for tests). */
	public void typeMetadata(String field, String value) {
		form().type(field, value);
	}

	/** The value in the metadata form's box of {@code field} (for tests). */
	public String typedMetadata(String field) {
		return form().typed(field);
	}

	/** Whether the metadata form's box of {@code field} shows its error decoration (for tests). */
	public boolean metadataDecorated(String field) {
		return form().decorated(field);
	}

	/** The sentence under the metadata form, or empty (for tests). */
	public String metadataProblem() {
		return form().problem();
	}

	/** Whether the metadata form's Apply can be pressed (for tests). */
	public boolean canApplyMetadata() {
		return form().canApply();
	}

	/** Presses the metadata form's Apply (for tests). */
	public void applyMetadata() {
		form().pressApply();
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
