package org.verbatim.plugins;

import java.util.Locale;

/** Feature ids as users type them and as p2 names the installable unit of a feature. */
public final class FeatureIds {

	/** What p2 appends to a feature's id for the unit that installs it. */
	public static final String GROUP_SUFFIX = ".feature.group";

	private FeatureIds() {
	}

	/** The p2 unit id of a feature given with or without {@code .feature.group}. */
	public static String groupId(String featureId) {
		String id = featureId.strip();
		return id.endsWith(GROUP_SUFFIX) ? id : id + GROUP_SUFFIX;
	}

	/** The feature's id as users see it: the unit id without {@code .feature.group}. */
	public static String featureId(String groupId) {
		return groupId.endsWith(GROUP_SUFFIX) ? groupId.substring(0, groupId.length() - GROUP_SUFFIX.length())
				: groupId;
	}

	/** Whether {@code id} could name a feature (letters, digits, dots, dashes, underscores). */
	public static boolean isValid(String id) {
		String stripped = id.strip();
		return !stripped.isEmpty() && stripped.toLowerCase(Locale.ROOT).matches("[a-z0-9_.\\-]+")
				&& !stripped.startsWith(".") && !stripped.endsWith(".");
	}
}
