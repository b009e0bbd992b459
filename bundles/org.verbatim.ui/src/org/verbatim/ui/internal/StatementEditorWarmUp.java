package org.verbatim.ui.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.verbatim.core.StatementMetadata;
import org.verbatim.ui.internal.excerpts.ExcerptHighlights;

/**
 * Pays, a moment after start-up, what the session's first Statement editor would otherwise pay in
 * the turn that makes it, so that opening the first statement does not keep the UI thread long. A
 * background job loads and initialises the editor's classes, loads the workbench's classes that
 * making an editor's site needs, and starts the bundles its opening needs; then, in short pieces on the UI thread (one per turn of the event loop), the editor's kinds
 * of widget (header groups, tab folder, styled text, table, context menu) are made in a shell that is
 * never shown, laid out once, and disposed with it. Nothing of it stays but loaded classes and warm
 * caches. {@code -Dverbatim.editorWarmUp=false} turns it off.
 */
public final class StatementEditorWarmUp {

	/** The system property that turns the warm-up off when {@code false}. */
	public static final String PROPERTY = "verbatim.editorWarmUp";

	/** Bundles that the first editor's opening would start on the UI thread otherwise. */
	private static final List<String> BUNDLES = List.of("org.eclipse.core.resources");

	/** The classes the editor's opening loads; loading and initialising one loads its supertypes too. */
	private static final List<String> CLASSES = List.of(StatementEditor.class.getName(),
			StatementEditorInput.class.getName(), StatementReadJob.class.getName(), StatementDetails.class.getName(),
			MetadataSection.class.getName(), ProvenanceSection.class.getName(), MetadataLines.class.getName(),
			ProvenanceRows.class.getName(), ShownValue.class.getName(), StatementLabels.class.getName(),
			OriginalTab.class.getName(), OriginalDocument.class.getName(), RemovalsTab.class.getName(),
			ExcerptHighlights.class.getName(), "org.verbatim.ui.internal.excerpts.StatementTextSelectionProvider",
			"org.verbatim.ui.internal.excerpts.StatementTextSelection",
			"org.verbatim.ui.internal.excerpts.ProjectChanges", "org.eclipse.swt.custom.StyledTextRenderer",
			"org.eclipse.swt.custom.StyledTextContent", "org.eclipse.swt.custom.DefaultContent",
			"org.eclipse.swt.widgets.Table", "org.eclipse.swt.widgets.TableColumn",
			"org.eclipse.swt.widgets.TableItem", "org.eclipse.swt.custom.StackLayout",
			"org.eclipse.swt.widgets.Menu", "org.eclipse.swt.widgets.MenuItem",
			"org.eclipse.swt.custom.StyledTextRenderer$LineDrawInfo", "org.verbatim.ui.internal.StatementDetails$Result");

	/** The bundle of the workbench's classes below. */
	private static final String WORKBENCH_BUNDLE = "org.eclipse.ui.workbench";

	/**
	 * The workbench's classes that making the first editor's site loads (seen with
	 * {@code -Xlog:class+load} while the first statement opened); loaded through their bundle, not
	 * initialised. A name a later platform no longer has is skipped: it costs nothing but its head start.
	 */
	private static final List<String> WORKBENCH_CLASSES = List.of("org.eclipse.ui.internal.EditorSite",
			"org.eclipse.ui.internal.EditorSiteDragAndDropServiceImpl", "org.eclipse.ui.internal.EditorMenuManager",
			"org.eclipse.ui.internal.EditorActionBuilder", "org.eclipse.ui.internal.EditorActionBuilder$EditorContribution",
			"org.eclipse.ui.internal.expressions.LegacyEditorActionBarExpression",
			"org.eclipse.ui.internal.DefaultSaveable", "org.eclipse.ui.internal.EditorHistory",
			"org.eclipse.ui.internal.EditorHistoryItem", "org.eclipse.ui.internal.tweaklets.TabBehaviourMRU",
			"org.eclipse.ui.internal.tweaklets.InterceptContributions", "org.eclipse.ui.internal.tweaklets.Tweaklets",
			"org.eclipse.ui.part.MultiEditor", "org.eclipse.ui.SaveablesLifecycleEvent",
			"org.eclipse.ui.IEditorActionBarContributor", "org.eclipse.ui.IPersistableEditor",
			"org.eclipse.ui.ISecondarySaveableSource", "org.eclipse.ui.IStorageEditorInput",
			"org.eclipse.ui.IFileEditorInput", "org.eclipse.ui.IPerspectiveListener2",
			"org.eclipse.ui.INavigationLocationProvider", "org.eclipse.ui.internal.NavigationHistoryEditorInfo",
			"org.eclipse.ui.internal.NavigationHistoryEntry", "org.eclipse.ui.internal.PopupMenuExtender");

	/** The warm-up the workbench started, if any (for tests: to wait for it). */
	private static volatile Optional<StatementEditorWarmUp> ofWorkbench = Optional.empty();

	private final Display display;
	private final List<String> pieces = new ArrayList<>();
	private volatile boolean finished;
	private long longestUiPieceNanos;
	private Shell shell;
	private Composite details;
	private TabFolder pages;

	/** A warm-up on {@code display}; nothing happens until {@link #start()}. */
	public StatementEditorWarmUp(Display display) {
		this.display = display;
	}

	/**
	 * Starts the warm-up for the workbench on {@code display}, unless {@link #PROPERTY} is
	 * {@code false}; call it once the window is usable (it only schedules work).
	 */
	public static Optional<StatementEditorWarmUp> startUnlessOff(Display display) {
		if (!on()) {
			return Optional.empty();
		}
		StatementEditorWarmUp warmUp = new StatementEditorWarmUp(display);
		ofWorkbench = Optional.of(warmUp);
		warmUp.start();
		return ofWorkbench;
	}

	/** Whether the warm-up is on ({@link #PROPERTY} is not {@code false}). */
	public static boolean on() {
		return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").strip());
	}

	/** The warm-up the workbench started, if it started one. */
	public static Optional<StatementEditorWarmUp> ofWorkbench() {
		return ofWorkbench;
	}

	/** Schedules the background part; it hands the widget part to the UI thread when done. */
	public void start() {
		Job job = Job.create("Preparing the Statement editor", this::loadInBackground);
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule();
	}

	private IStatus loadInBackground(IProgressMonitor monitor) {
		long started = System.nanoTime();
		ClassLoader loader = getClass().getClassLoader();
		for (String name : CLASSES) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			try {
				Class.forName(name, true, loader);
			} catch (ClassNotFoundException | LinkageError e) {
				// only a lost head start: the editor loads it when it needs it
				ILog.of(getClass()).warn("The Statement editor's warm-up could not load " + name + ".", e);
			}
		}
		loadWorkbenchClasses();
		// the pure computations of filling the header, once, so that they are not interpreted first in the editor
		MetadataLines.of(StatementMetadata.empty());
		ProvenanceRows.placeholder("S0");
		List<String> startedBundles = BUNDLES.stream().filter(StatementEditorWarmUp::startBundle).toList();
		note("classes and bundles (background)", System.nanoTime() - started, false,
				startedBundles.isEmpty() ? "" : " (started " + String.join(", ", startedBundles) + ")");
		// the text page before the groups: the first StyledText pays for its kind, the original group has seven
		later(List.of(new Piece("registry", StatementEditorWarmUp::findEditor), new Piece("title", this::makeTitle),
				new Piece("text page", this::makeTextPage), new Piece("original page", this::makeOriginalPage),
				new Piece("removals page", this::makeRemovalsPage), new Piece("read group", this::makeReadGroup),
				new Piece("original group", this::makeOriginalGroup), new Piece("layout", this::layOut),
				new Piece("dispose", this::dispose)).iterator());
		return Status.OK_STATUS;
	}

	private static void loadWorkbenchClasses() {
		Bundle workbench = Platform.getBundle(WORKBENCH_BUNDLE);
		if (workbench == null) {
			return;
		}
		for (String name : WORKBENCH_CLASSES) {
			try {
				workbench.loadClass(name);
			} catch (ClassNotFoundException | LinkageError e) {
				// skipped, as the field's comment says
			}
		}
	}

	/** Starts the bundle {@code name} unless it is missing or active already; whether this started it. */
	private static boolean startBundle(String name) {
		Bundle bundle = Platform.getBundle(name);
		if (bundle == null || bundle.getState() == Bundle.ACTIVE) {
			return false;
		}
		try {
			bundle.start(Bundle.START_TRANSIENT);
			return true;
		} catch (BundleException | IllegalStateException e) {
			ILog.of(StatementEditorWarmUp.class).warn("The Statement editor's warm-up could not start the bundle " + name + ".", e);
			return false;
		}
	}

	/** The editor in the workbench's registry, which reads the registry's extensions the first time. */
	private static void findEditor() {
		if (PlatformUI.isWorkbenchRunning()) {
			PlatformUI.getWorkbench().getEditorRegistry().findEditor(StatementEditor.ID);
		}
	}

	/** The hidden shell with a tab folder as the workbench's editor area has, and the header's title and note. */
	private void makeTitle() {
		shell = new Shell(display, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(8, 6).applyTo(shell);
		CTabFolder editors = new CTabFolder(shell, SWT.BORDER);
		new CTabItem(editors, SWT.CLOSE).setText("S0  Statement");
		Label title = new Label(shell, SWT.WRAP);
		title.setFont(JFaceResources.getHeaderFont());
		title.setText("Statement");
		Link note = new Link(shell, SWT.NONE);
		note.setFont(JFaceResources.getBannerFont());
		note.setText("<a>Possibly machine-translated</a>");
		details = new Composite(shell, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(8, 0).applyTo(details);
	}

	/** The group of what was read from the text, filled as for a statement of which nothing was read. */
	private void makeReadGroup() {
		MetadataSection metadata = new MetadataSection(details, span -> {
			// nothing to select in a warm-up
		});
		metadata.show(MetadataLines.of(StatementMetadata.empty()));
	}

	/** The group of the original's rows. */
	private void makeOriginalGroup() {
		new ProvenanceSection(details, "S0").show(ProvenanceRows.placeholder("S0"));
	}

	/** The tab folder with the text page and its context menu. */
	private void makeTextPage() {
		pages = new TabFolder(shell, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).applyTo(pages);
		StyledText text = new StyledText(pages, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setMargins(4, 4, 4, 4);
		text.setText("A statement's text, as the editor shows it.\nIts second line.");
		tab(pages, "Text").setControl(text);
		MenuManager menu = new MenuManager();
		text.setMenu(menu.createContextMenu(text));
	}

	/** The Original page (its source view; no browser). */
	private void makeOriginalPage() {
		tab(pages, OriginalTab.TITLE).setControl(holder(pages, OriginalTab::new));
	}

	/** The Removed by cleaning page with its table. */
	private void makeRemovalsPage() {
		tab(pages, RemovalsTab.TITLE).setControl(holder(pages, page -> new RemovalsTab(page, removal -> {
			// nothing to open in a warm-up
		})));
	}

	private static TabItem tab(TabFolder pages, String title) {
		TabItem item = new TabItem(pages, SWT.NONE);
		item.setText(title);
		return item;
	}

	private static Composite holder(TabFolder pages, Consumer<Composite> fill) {
		Composite holder = new Composite(pages, SWT.NONE);
		holder.setLayout(new FillLayout());
		fill.accept(holder);
		return holder;
	}

	/** One layout of it all at an editor's size, as the workbench does when it shows the editor. */
	private void layOut() {
		shell.setSize(900, 700);
		shell.layout(true, true);
	}

	private void dispose() {
		if (shell != null) {
			shell.dispose();
			shell = null;
			details = null;
			pages = null;
		}
	}

	/** A piece of the warm-up on the UI thread, short enough for one turn of its event loop. */
	private record Piece(String name, Runnable work) {
	}

	/**
	 * Runs the next of {@code pieces} in a later turn of the UI thread's event loop, noting how long
	 * it took, and the rest after it; stops (disposing the shell) if the workbench is closing.
	 */
	private void later(Iterator<Piece> pieces) {
		UiThread.later(display, () -> {
			Piece piece = pieces.next();
			boolean stop = PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().isClosing();
			long started = System.nanoTime();
			try {
				if (!stop) {
					piece.work().run();
				}
			} catch (RuntimeException e) {
				// a warm-up that fails costs the first editor its head start, nothing else
				ILog.of(getClass()).warn("The Statement editor's warm-up stopped.", e);
				stop = true;
			}
			note(piece.name(), System.nanoTime() - started, true, "");
			if (stop || !pieces.hasNext()) {
				dispose();
				finished = true;
			} else {
				later(pieces);
			}
		});
	}

	private synchronized void note(String piece, long nanos, boolean uiThread, String remark) {
		pieces.add(piece + ": " + nanos / 1_000_000 + " ms" + remark);
		if (uiThread) {
			longestUiPieceNanos = Math.max(longestUiPieceNanos, nanos);
		}
	}

	/** Whether the warm-up has done all it does (or stopped), and its hidden shell is gone. */
	public boolean finished() {
		return finished;
	}

	/** Each piece done so far with its time, in order (for tests and measures). */
	public synchronized List<String> pieces() {
		return List.copyOf(pieces);
	}

	/** The longest time one of its pieces kept the UI thread, in milliseconds. */
	public synchronized long longestUiPieceMillis() {
		return longestUiPieceNanos / 1_000_000;
	}
}
