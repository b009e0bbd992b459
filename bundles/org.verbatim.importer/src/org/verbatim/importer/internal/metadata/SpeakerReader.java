package org.verbatim.importer.internal.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verbatim.core.Evidence;
import org.verbatim.core.OffsetMap;
import org.verbatim.core.Speaker;
import org.verbatim.importer.internal.metadata.NamePhrases.Organization;
import org.verbatim.importer.internal.metadata.NamePhrases.Phrase;

/**
 * Reads who speaks in a statement, from the ways English press texts introduce a speaker:
 * <ul>
 * <li>{@code name-role-apposition}: "Dr. Abdulaziz Othman Altwaijri, Director General of the ... (ISESCO)";</li>
 * <li>{@code role-of-organization-name}: "Secretary-General of the Organization of Islamic Cooperation (OIC)
 * Hissein Brahim Taha", when a speech verb follows in the sentence;</li>
 * <li>the same with an academic title between post and name: "Dean of the ... University, Associate Professor
 * Tughral Yamin" (the post, not the title, is the role);</li>
 * <li>{@code role-name}: "Deputy Director Seyid Abrar Huseyin", when a speech verb follows in the sentence
 * (so that people only mentioned, such as a leader something happened under, are not speakers);</li>
 * <li>{@code signature-block}: a name line and a "Role, Organization" line at the end of the text.</li>
 * </ul>
 * Two inferences fill an organisation the text implies: an "Ambassador of X to Y" works at the
 * "Embassy of X in Y" ({@code ambassador-implies-embassy}), and a "Deputy Director" named right after
 * a Director belongs to the Director's organisation ({@code deputy-of-preceding}). An organisation
 * the text states outright (a signature block) wins over an inferred one. Two normalisations make
 * one post read alike in every source: an ambassador's post is "to" the country, named in full
 * ("Ambassador of X in the UK" is "Ambassador of X to the United Kingdom"), and a unit of an
 * institution goes with the post while the institution is the organisation ("Dean of the Y Center of
 * Z University" is role "Dean, Y Center" at "Z University"; {@code unit-of-institution}).
 */
final class SpeakerReader {

	private static final Pattern SPEECH_VERB = Pattern.compile("\\b(?:said|says|spoke|speaks|stated|states|noted|notes"
			+ "|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|argued|argues|added|declared|told|remarked|pointed out"
			+ "|underlined|highlighted|reiterated|called|calls|urged|commemorated|made a statement|announced"
			+ "|expressed)\\b");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{Ll}\\d)”\"])[.!?](?=\\s|$)|\\n");

	private static final Pattern AMBASSADOR_POST = Pattern
			.compile(" of (\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*) (to|in) ((?:the )?\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*)*)");

	/**
	 * ", Associate Professor " between a post and a name: an academic title, which the post outranks
	 * as the speaker's role. Only titles that are no post, so that a list of posts and names
	 * ("Director of X, Deputy Director Y") is not read as one person.
	 */
	private static final Pattern ACADEMIC_TITLE = Pattern
			.compile(",\\s+(?:(?:(?:Associate|Assistant|Full|Emeritus|Visiting) )?Professor|Prof\\.?|Dr\\.?|Doctor)\\s+");

	/** Country names a post's title gives in full, so one post reads alike in every source. */
	private static final Map<String, String> COUNTRY_SHORT_FORMS = Map.of("UK", "the United Kingdom", "U.K.",
			"the United Kingdom", "US", "the United States", "U.S.", "the United States", "USA", "the United States",
			"U.S.A.", "the United States", "UAE", "the United Arab Emirates", "U.A.E.", "the United Arab Emirates");

	/**
	 * "International Peace Center of the National University of Pakistan": a unit (centre, faculty,
	 * department, school, ...) of an institution. The institution is the organisation; the unit
	 * belongs to the post ("Dean, International Peace Center").
	 */
	private static final Pattern UNIT_OF_INSTITUTION = Pattern.compile("((?:[^,]*? )?(?:Center|Centre|Faculty|Department"
			+ "|School|Institute|Division|Laboratory|Chair|Programme|Program)\\b[^,]*?) of (?:the )?((?:\\p{Lu}[\\p{L}-]*"
			+ "(?: and)? )*(?:University|Academy|College|Polytechnic)\\b.*)");

	private static final Pattern APPOSITION_LEAD = Pattern.compile(",\\s+(?:the\\s+)?$");

	private static final Pattern SIGNATURE_NAME = Pattern.compile("(?:" + NamePhrases.HONORIFIC + "\\s+)?(.+?),?");

	private static final Pattern SIGNATURE_ROLE = Pattern.compile("(.+?),\\s+(\\p{Lu}.+?)[.,]?");

	private static final int SIGNATURE_LINES = 6;

	/** A speaker while reading: fields can still be filled. */
	private static final class Draft {
		final Phrase name;
		String role;
		Phrase roleAt;
		String organization;
		boolean organizationInferred;
		String rule;

		Draft(Phrase name, String rule) {
			this.name = name;
			this.rule = rule;
		}
	}

	/** The speakers of {@code text}, in the order the text first names them. */
	List<Speaker> read(String text) {
		Map<String, Draft> speakers = new LinkedHashMap<>();
		Draft previous = null;
		Matcher role = NamePhrases.ROLE.matcher(text);
		while (role.find()) {
			Draft draft = readAt(text, role, previous);
			if (draft != null) {
				Draft known = speakers.get(draft.name.text());
				if (known == null) {
					speakers.put(draft.name.text(), draft);
				} else if (known.organization == null && draft.organization != null) {
					known.organization = draft.organization;
					known.organizationInferred = draft.organizationInferred;
				}
				previous = draft;
			}
		}
		readSignature(text, speakers);
		List<Speaker> result = new ArrayList<>();
		for (Draft draft : speakers.values()) {
			if (draft.organization == null && draft.role != null && draft.role.startsWith("Ambassador")) {
				Matcher post = AMBASSADOR_POST.matcher(draft.role);
				if (post.find()) {
					draft.organization = "Embassy of " + post.group(1) + " in " + post.group(3);
					draft.rule += "; ambassador-implies-embassy";
				}
			}
			if (draft.organization != null && draft.role != null && !draft.organizationInferred) {
				Matcher unit = UNIT_OF_INSTITUTION.matcher(draft.organization);
				if (unit.matches()) {
					draft.role += ", " + unit.group(1);
					draft.organization = unit.group(2);
					draft.rule += "; unit-of-institution";
				}
			}
			int evidenceEnd = draft.roleAt == null ? draft.name.end() : Math.max(draft.name.end(), draft.roleAt.end());
			int evidenceStart = draft.roleAt == null ? draft.name.start() : Math.min(draft.name.start(), draft.roleAt.start());
			result.add(new Speaker(draft.name.text(), Optional.ofNullable(draft.role), Optional.ofNullable(draft.organization),
					new Evidence(draft.rule, text.substring(evidenceStart, evidenceEnd),
							Optional.of(new OffsetMap.Span(evidenceStart, evidenceEnd)))));
		}
		return result;
	}

	private static Draft readAt(String text, Matcher role, Draft previous) {
		int roleStart = role.start();
		int roleEnd = role.end();
		String roleText = role.group();
		Matcher post = AMBASSADOR_POST.matcher(text).region(roleEnd, text.length());
		boolean ambassador = roleText.endsWith("Ambassador") && post.lookingAt();
		Optional<Organization> organization = Optional.empty();
		int afterRole = roleEnd;
		if (ambassador) {
			afterRole = post.end();
			roleText = text.substring(roleStart, roleEnd) + " of " + post.group(1) + " to " + countryInFull(post.group(3));
		} else if (text.startsWith(" of ", roleEnd)) {
			organization = NamePhrases.organizationAt(text, roleEnd + 4);
			afterRole = organization.map(o -> o.organization().end()).orElse(roleEnd);
		}
		Phrase roleAt = new Phrase(roleText, roleStart, afterRole);

		// "Role of Organization Name", "Role of Organization, Professor Name" and "Role Name"
		Optional<Phrase> name = organization.isPresent() ? organization.get().followingName()
				: text.startsWith(" ", afterRole) ? NamePhrases.nameAt(text, afterRole + 1) : Optional.empty();
		if (name.isEmpty() && organization.isPresent()) {
			Matcher title = ACADEMIC_TITLE.matcher(text).region(afterRole, text.length());
			if (title.lookingAt()) {
				name = NamePhrases.nameAt(text, title.end());
			}
		}
		if (name.isEmpty() || !speechVerbFollows(text, name.get().end())) {
			return apposition(text, roleStart, roleText, roleAt, organization);
		}
		Draft draft = new Draft(name.get(), organization.isPresent() ? "role-of-organization-name" : "role-name");
		draft.role = roleText;
		draft.roleAt = roleAt;
		draft.organization = organization.map(o -> o.organization().text()).orElse(null);
		if (draft.organization == null && previous != null && previous.organization != null
				&& previous.role != null && roleText.equals("Deputy " + previous.role)
				&& previous.name.end() < roleStart && !SENTENCE_END.matcher(text.substring(previous.name.end(), roleStart)).find()) {
			draft.organization = previous.organization;
			draft.organizationInferred = true;
			draft.rule += "; deputy-of-preceding";
		}
		return draft;
	}

	/**
	 * The country of an ambassador's post as a post's title gives it: in full, with its article
	 * ("the UK" and "UK" become "the United Kingdom").
	 */
	private static String countryInFull(String country) {
		String bare = country.startsWith("the ") ? country.substring(4) : country;
		return COUNTRY_SHORT_FORMS.getOrDefault(bare, country);
	}

	/** "Name, Role of Organization": the name before the role, set off by a comma. */
	private static Draft apposition(String text, int roleStart, String roleText, Phrase roleAt,
			Optional<Organization> organization) {
		int leadStart = Math.max(0, roleStart - 8);
		Matcher lead = APPOSITION_LEAD.matcher(text).region(leadStart, roleStart);
		if (!lead.find()) {
			return null;
		}
		Optional<Phrase> name = NamePhrases.nameEndingAt(text, lead.start());
		if (name.isEmpty() || NamePhrases.roleEndsAt(text, name.get().start())) {
			return null; // "Deputy Director Seyid Abrar Huseyin, Executive Director ...": a list, not an apposition
		}
		Draft draft = new Draft(name.get(), "name-role-apposition");
		draft.role = roleText;
		draft.roleAt = roleAt;
		draft.organization = organization.map(o -> o.organization().text()).orElse(null);
		return draft;
	}

	private static boolean speechVerbFollows(String text, int from) {
		Matcher end = SENTENCE_END.matcher(text).region(from, text.length());
		int sentenceEnd = end.find() ? end.start() : text.length();
		return SPEECH_VERB.matcher(text).region(from, Math.min(sentenceEnd, from + 600)).find();
	}

	/** A name line followed by a "Role, Organization" line among the last lines of the text. */
	private static void readSignature(String text, Map<String, Draft> speakers) {
		List<int[]> lines = lastLines(text, SIGNATURE_LINES);
		for (int i = 0; i + 1 < lines.size(); i++) {
			int nameLineStart = lines.get(i)[0];
			String nameLine = text.substring(lines.get(i)[0], lines.get(i)[1]);
			String roleLine = text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]);
			Matcher nameMatch = SIGNATURE_NAME.matcher(nameLine);
			Matcher roleMatch = SIGNATURE_ROLE.matcher(roleLine);
			if (!nameMatch.matches() || !roleMatch.matches() || !NamePhrases.ROLE.matcher(roleMatch.group(1)).matches()) {
				continue;
			}
			int nameStart = nameLineStart + nameMatch.start(1);
			Optional<Phrase> name = NamePhrases.nameAt(text, nameStart)
					.filter(p -> p.end() == nameLineStart + nameMatch.end(1));
			if (name.isEmpty()) {
				continue;
			}
			String organization = roleMatch.group(2);
			Draft known = speakers.get(name.get().text());
			if (known == null) {
				Draft draft = new Draft(name.get(), "signature-block");
				draft.role = roleMatch.group(1);
				draft.roleAt = new Phrase(roleLine, lines.get(i + 1)[0], lines.get(i + 1)[1]);
				draft.organization = organization;
				speakers.put(name.get().text(), draft);
			} else if (known.organization == null || known.organizationInferred) {
				known.organization = organization;
				known.organizationInferred = false;
				known.rule += "; organization from signature-block";
			}
		}
	}

	/** Start and end of the last {@code count} non-blank lines, trimmed, in text order. */
	private static List<int[]> lastLines(String text, int count) {
		List<int[]> lines = new ArrayList<>();
		int end = text.length();
		while (end > 0 && lines.size() < count) {
			int start = text.lastIndexOf('\n', end - 1) + 1;
			String line = text.substring(start, end);
			if (!line.isBlank()) {
				int s = start + (line.length() - line.stripLeading().length());
				int e = start + line.stripTrailing().length();
				lines.add(0, new int[] { s, e });
			}
			end = start - 1;
		}
		return lines;
	}
}
