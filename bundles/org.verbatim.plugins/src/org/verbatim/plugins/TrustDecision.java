package org.verbatim.plugins;

import java.util.List;

import org.verbatim.plugins.ArtifactTrust.Status;

/**
 * Whether an install may go on, given what the trust check found, the policy, and the user's
 * explicit confirmation. Tampered content is refused whatever the policy.
 */
public final class TrustDecision {

	private TrustDecision() {
	}

	/**
	 * Returns normally when the install may go on.
	 *
	 * @param feature       the feature, for messages
	 * @param site          the site, for messages
	 * @param findings      one finding per artifact the install adds
	 * @param policy        the configured policy
	 * @param allowUnsigned the user confirmed explicitly beforehand ({@code --allow-unsigned})
	 * @param ask           asked when the policy is {@link UnsignedContentPolicy#ASK}
	 * @throws PluginException one sentence naming the artifact and what to do
	 */
	public static void check(String feature, String site, List<ArtifactTrust> findings, UnsignedContentPolicy policy,
			boolean allowUnsigned, UnsignedContentConfirmation ask) throws PluginException {
		for (ArtifactTrust finding : findings) {
			if (finding.status() == Status.TAMPERED) {
				throw new PluginException("refusing to install " + feature + " from " + site + ": artifact "
						+ finding.artifact() + " was changed after it was published (" + finding.detail()
						+ "); get the plugin again from its publisher");
			}
		}
		List<ArtifactTrust> untrusted = findings.stream().filter(f -> f.status() != Status.TRUSTED).toList();
		if (untrusted.isEmpty() || allowUnsigned || policy == UnsignedContentPolicy.ALLOW) {
			return;
		}
		if (policy == UnsignedContentPolicy.ASK && ask.confirm(untrusted)) {
			return;
		}
		ArtifactTrust first = untrusted.get(0);
		String more = untrusted.size() == 1 ? "" : " and " + (untrusted.size() - 1) + " more";
		throw new PluginException("refusing to install " + feature + " from " + site + ": artifact " + first.artifact()
				+ more + " cannot be trusted (" + first.detail() + "); if you trust this site, install it with"
				+ " --allow-unsigned");
	}
}
