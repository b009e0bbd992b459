package org.verbatim.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.verbatim.cli.CommandInput;
import org.verbatim.cli.CommandProblem;
import org.verbatim.cli.ContributedCommand;

/**
 * The commands plugins contribute as {@link ContributedCommand} services. Declarative Services
 * registers them while the command line starts, so when an installed bundle declares such a
 * command, a name no standard command has is waited for until every declared command is registered
 * (a few milliseconds), or a few seconds at most, before it is called unknown.
 */
interface PluginCommands {

	/** No plugin commands (outside OSGi, and in tests of the standard commands). */
	PluginCommands NONE = new PluginCommands() {
		@Override
		public Optional<Command> named(String name) {
			return Optional.empty();
		}

		@Override
		public List<Command> registered() {
			return List.of();
		}
	};

	/** The contributed command called {@code name}, if a plugin has one. */
	Optional<Command> named(String name);

	/** The contributed commands registered by now, by name. */
	List<Command> registered();

	/** Plugin commands from the OSGi service registry. */
	static PluginCommands of(BundleContext context, long waitSeconds) {
		ServiceTracker<ContributedCommand, ContributedCommand> tracker = new ServiceTracker<>(context,
				ContributedCommand.class, null);
		tracker.open();
		return new PluginCommands() {
			@Override
			public Optional<Command> named(String name) {
				int declared = declared(context);
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
				while (true) {
					List<Command> registered = registered();
					Optional<Command> found = registered.stream().filter(c -> c.name().equals(name)).findFirst();
					// once every declared command is registered, a name none of them has is unknown at
					// once; the deadline only bounds the wait for a component that never comes
					if (found.isPresent() || registered.size() >= declared || System.nanoTime() > deadline) {
						return found;
					}
					try {
						Thread.sleep(50);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return Optional.empty();
					}
				}
			}

			@Override
			public List<Command> registered() {
				ContributedCommand[] services = tracker.getServices(new ContributedCommand[0]);
				return Arrays.stream(services).map(PluginCommands::adapt)
						.sorted(Comparator.comparing(Command::name)).toList();
			}
		};
	}

	/**
	 * How many components the installed bundles declare that provide a {@link ContributedCommand}.
	 * Read from the bundles' component descriptions, which are there before Declarative Services
	 * gets round to registering the components.
	 */
	static int declared(BundleContext context) {
		String provided = "\"" + ContributedCommand.class.getName() + "\"";
		int declared = 0;
		for (Bundle bundle : context.getBundles()) {
			String header = bundle.getHeaders("").get("Service-Component");
			if (header == null || bundle.getState() == Bundle.UNINSTALLED) {
				continue;
			}
			for (String path : header.split(",")) {
				String entry = path.strip();
				int slash = entry.lastIndexOf('/');
				Enumeration<URL> found = bundle.findEntries(slash < 0 ? "/" : entry.substring(0, slash),
						entry.substring(slash + 1), false);
				while (found != null && found.hasMoreElements()) {
					try (InputStream in = found.nextElement().openStream()) {
						String description = new String(in.readAllBytes(), StandardCharsets.UTF_8);
						for (int at = description.indexOf(provided); at >= 0; at = description.indexOf(provided, at + 1)) {
							declared++;
						}
					} catch (IOException e) {
						// an unreadable description declares nothing usable
					}
				}
			}
		}
		return declared;
	}

	/** A contributed command as one of the command line's own. */
	static Command adapt(ContributedCommand contributed) {
		return new Command() {
			@Override
			public String name() {
				return contributed.name();
			}

			@Override
			public String summary() {
				return contributed.summary();
			}

			@Override
			public String help() {
				return contributed.help();
			}

			@Override
			public Set<String> valueOptions() {
				return contributed.valueOptions();
			}

			@Override
			public Set<String> flags() {
				return contributed.flags();
			}

			@Override
			public int run(Arguments args, Console console) throws UsageException, InputException {
				try {
					return contributed.run(new CommandInput(args.options(), args.flags(), args.operands()),
							console.out(), console.err());
				} catch (CommandProblem e) {
					if (e.isUsage()) {
						throw new UsageException(e.getMessage());
					}
					throw new InputException(e.getMessage());
				}
			}
		};
	}
}
