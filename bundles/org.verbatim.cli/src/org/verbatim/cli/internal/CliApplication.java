package org.verbatim.cli.internal;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.importer.StatementImporter;
import org.verbatim.report.ReportService;
import org.verbatim.search.SearchService;

/**
 * The headless application {@code org.verbatim.cli.verbatim}: runs one command line and returns its
 * exit status to the launcher.
 */
public final class CliApplication implements IApplication {

	/** A failure that is Verbatim's fault, not the input's; the details go to the log. */
	static final int EXIT_INTERNAL_ERROR = 3;

	private static final long SERVICE_WAIT_SECONDS = 20;

	/** How long a command no standard command answers to is waited for from plugins. */
	private static final long PLUGIN_COMMAND_WAIT_SECONDS = 5;

	/**
	 * Lucene logs, once per process, advice on JVM flags for faster vector search (which Verbatim
	 * does not use): that is for whoever packages the product, not a line for the analyst. Held
	 * here because java.util.logging keeps loggers only weakly.
	 */
	private static final Logger LUCENE_VECTOR_ADVICE = Logger.getLogger("org.apache.lucene.internal.vectorization");

	@Override
	public Object start(IApplicationContext context) {
		Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = given instanceof String[] strings ? strings : new String[0];
		if (args.length > 0 && args[0].equals("--")) {
			args = Arrays.copyOfRange(args, 1, args.length);
		}
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		logOneLinePerRecord(err);
		try {
			context.applicationRunning();
			BundleContext bundles = bundleContext();
			Console console = new Console(out, err, () -> service(bundles, ProjectStore.class),
					() -> service(bundles, StatementImporter.class), () -> service(bundles, SearchService.class),
					isTerminal(), () -> service(bundles, ReportService.class));
			return Cli.standard(console, PluginCommands.of(bundles, PLUGIN_COMMAND_WAIT_SECONDS)).run(args);
		} catch (RuntimeException | Error e) {
			ILog log = Platform.getLog(getClass());
			log.log(new Status(IStatus.ERROR, "org.verbatim.cli", "command failed: " + String.join(" ", args), e));
			err.println("verbatim: internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
					+ "); this is a bug, please report it with the log " + Platform.getLogFileLocation());
			return EXIT_INTERNAL_ERROR;
		} finally {
			out.flush();
			err.flush();
		}
	}

	/**
	 * Library and store log records (such as a schema upgrade) reach standard error as one
	 * {@code verbatim: ...} line each, like every other message of the command line; stack traces
	 * stay out of the analyst's way.
	 */
	private static void logOneLinePerRecord(PrintStream err) {
		LUCENE_VECTOR_ADVICE.setLevel(java.util.logging.Level.SEVERE);
		Logger root = Logger.getLogger("");
		for (Handler handler : root.getHandlers()) {
			root.removeHandler(handler);
		}
		root.addHandler(new Handler() {
			@Override
			public void publish(LogRecord record) {
				if (isLoggable(record)) {
					err.println("verbatim: " + new SimpleFormatter().formatMessage(record));
				}
			}

			@Override
			public void flush() {
				err.flush();
			}

			@Override
			public void close() {
				// standard error stays open
			}
		});
	}

	/** Whether the command runs in a terminal a person watches, not a script or a pipe. */
	private static boolean isTerminal() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		// Since Java 22 System.console() is there even when the streams are redirected, and
		// Console.isTerminal() tells; the bundles target Java 21, where it does not exist yet.
		try {
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}

	@Override
	public void stop() {
		// one command runs to its end; nothing to interrupt
	}

	private static BundleContext bundleContext() {
		Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
		if (bundle.getBundleContext() == null) {
			try {
				bundle.start(Bundle.START_TRANSIENT);
			} catch (org.osgi.framework.BundleException e) {
				throw new IllegalStateException("cannot start " + bundle.getSymbolicName(), e);
			}
		}
		return bundle.getBundleContext();
	}

	/** Waits for a Declarative Services component; they start asynchronously with the framework. */
	private static <T> T service(BundleContext context, Class<T> type) {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
			if (service == null) {
				throw new IllegalStateException("no " + type.getSimpleName() + " service after "
						+ SERVICE_WAIT_SECONDS + " s: the product is incomplete (is org.apache.felix.scr started?)");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for " + type.getSimpleName(), e);
		}
	}
}
