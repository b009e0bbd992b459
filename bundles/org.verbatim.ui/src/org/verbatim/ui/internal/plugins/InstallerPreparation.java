package org.verbatim.ui.internal.plugins;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.verbatim.plugins.PluginException;
import org.verbatim.plugins.PluginInstaller;

/**
 * Opens the plugin installer of the running product once the workbench is up, in the background:
 * opening it gives p2's trust check the keys an installation trusts beyond the ones shipped (those in
 * its {@value PluginInstaller#TRUSTED_KEYS_FOLDER} folder), so that Install New Software trusts what
 * {@code verbatim plugins install} trusts, and removes the files of plugins uninstalled before this
 * start with Installation Details (p2 leaves them in {@code plugins/}).
 */
public final class InstallerPreparation {

	private InstallerPreparation() {
	}

	/** Schedules the preparation as a system job. */
	public static void schedule() {
		Job job = Job.create("Preparing the plugin installer", monitor -> {
			try {
				PluginInstaller.forRunningProduct();
			} catch (PluginException e) {
				// no p2 profile (a development run): there is nothing to install into
				ILog.of(InstallerPreparation.class).info("The plugin installer is not available: " + e.getMessage());
			}
		});
		job.setSystem(true);
		job.schedule();
	}
}
