package org.verbatim.importer.internal.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the proper-noun phrases that metadata is made of, at a given place in a text: personal names
 * ({@code Khalid Teymur Akram}), organisation names ({@code Organization of Islamic Cooperation
 * (OIC)}, {@code Islamic Educational, Scientific and Cultural Organization (ISESCO)}) and roles
 * ({@code Deputy Director}). English only: the role and organisation vocabulary is English.
 */
final class NamePhrases {

	/** A role word, optionally with modifiers: {@code Director General}, {@code Deputy Director}. */
	static final Pattern ROLE = Pattern.compile("(?<![\\p{L}-])(?:(?:Deputy|Executive|Associate|Assistant|Vice|Acting"
			+ "|Senior|Permanent|Under|Foreign|Prime|Special)[ -])*(?:Director[ -]General|Secretary[ -]General"
			+ "|Consul[ -]General|Chargé d'Affaires|Director|Ambassador|Minister|President|Chairman|Chairwoman"
			+ "|Chairperson|Dean|Professor|Spokesperson|Spokesman|Spokeswoman|Rector|Consul|Representative"
			+ "|Secretary|Mayor|Governor|Commissioner|Envoy|Editor|Coordinator|Chancellor)(?![\\p{L}-])");

	/** An honorific before a name. */
	static final String HONORIFIC = "(?:H\\.\\s?E\\.?|HE|Dr|Mr|Mrs|Ms|Prof|Sheikh|Sir)\\.?";

	/** Words that end an organisation's name. */
	private static final Set<String> ORGANIZATION_HEADS = Set.of("Organization", "Organisation", "Cooperation",
			"Institute", "Studies", "Society", "Center", "Centre", "University", "Embassy", "Ministry", "Council",
			"Committee", "Foundation", "Association", "Union", "Nations", "Agency", "Office", "Academy", "Court",
			"Assembly", "Parliament", "Government", "Department", "Commission", "Forum", "League", "Party", "Bank",
			"Fund", "Network", "Group", "Corporation", "Company", "Federation", "School", "College", "Secretariat",
			"Affairs", "Rights", "Technology", "Programme", "Program", "Service", "Services", "Authority", "Board",
			"Institution", "Museum", "Library", "Chamber", "Mission", "Delegation");

	/** Capitalised words that are not part of a personal name. */
	private static final Set<String> NOT_NAMES = Set.of("The", "On", "In", "At", "By", "For", "Of", "And", "He", "She",
			"His", "Her", "It", "This", "That", "These", "Dr", "Mr", "Mrs", "Ms", "Prof", "Sheikh", "Sir", "January",
			"February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
			"December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Republic",
			"State", "National", "International", "Islamic", "Leader", "Great", "Deputy", "Executive", "Associate",
			"Assistant", "Vice", "Acting", "Senior");

	private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\d'’.-]*");

	private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]*");

	private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\d-]{1,9})\\)");

	private static final Pattern CONNECTOR = Pattern.compile(" (?:of|for|and|on|in)(?: the| a)? ");

	/**
	 * A phrase and where it is.
	 *
	 * @param text  the phrase as the text gives it
	 * @param start first character
	 * @param end   one past the last character
	 */
	record Phrase(String text, int start, int end) {
	}

	/** An organisation's name read at a place, and a personal name that directly follows it, if any. */
	record Organization(Phrase organization, Optional<Phrase> followingName) {
	}

	private NamePhrases() {
	}

	/**
	 * A personal name of two to four capitalised words starting exactly at {@code from} (an honorific
	 * before it is skipped), ending where the next word is not capitalised.
	 */
	static Optional<Phrase> nameAt(String text, int from) {
		int pos = from;
		Matcher honorific = Pattern.compile(HONORIFIC + "\\s+").matcher(text).region(from, text.length());
		if (honorific.lookingAt()) {
			pos = honorific.end();
		}
		List<int[]> tokens = new ArrayList<>();
		Matcher token = NAME_TOKEN.matcher(text);
		while (tokens.size() < 5) {
			token.region(pos, text.length());
			if (!token.lookingAt() || !isNameToken(token.group())) {
				break;
			}
			tokens.add(new int[] { token.start(), token.end() });
			if (token.end() < text.length() && text.charAt(token.end()) == ' ') {
				pos = token.end() + 1;
			} else {
				break;
			}
		}
		if (tokens.size() < 2 || tokens.size() > 4) {
			return Optional.empty();
		}
		int start = tokens.get(0)[0];
		int end = tokens.get(tokens.size() - 1)[1];
		if (isRoleWord(text.substring(start, end))) {
			return Optional.empty();
		}
		return Optional.of(new Phrase(text.substring(start, end), start, end));
	}

	/** A personal name of two to four capitalised words that ends exactly at {@code end}. */
	static Optional<Phrase> nameEndingAt(String text, int end) {
		int start = end;
		int count = 0;
		int pos = end;
		while (count < 4) {
			int wordStart = pos;
			while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
				wordStart--;
			}
			if (!isNameToken(text.substring(wordStart, pos))) {
				break;
			}
			start = wordStart;
			count++;
			if (wordStart < 2 || text.charAt(wordStart - 1) != ' ') {
				break;
			}
			pos = wordStart - 1;
		}
		return count < 2 ? Optional.empty() : Optional.of(new Phrase(text.substring(start, end), start, end));
	}

	private static boolean isNameToken(String word) {
		return NAME_TOKEN.matcher(word).matches() && !NOT_NAMES.contains(word) && !ORGANIZATION_HEADS.contains(word)
				&& !ROLE.matcher(word).matches();
	}

	/**
	 * An organisation's name starting at {@code from} (a leading {@code the} is skipped): capitalised
	 * words joined by spaces, by {@code of}, {@code for}, {@code and}, {@code on}, {@code in}, or by
	 * commas in a list of single words, up to and including an acronym in brackets. It stops before a
	 * role word. When no acronym closes it and a personal name follows the last organisation word
	 * without a break, that name is split off.
	 */
	static Optional<Organization> organizationAt(String text, int from) {
		int pos = from;
		if (text.startsWith("the ", pos)) {
			pos += 4;
		}
		int start = pos;
		List<int[]> words = new ArrayList<>();
		int runStart = 0; // index in words of the run of words joined by plain spaces that ends the name
		Matcher word = CAPITALISED.matcher(text);
		while (true) {
			word.region(pos, text.length());
			if (!word.lookingAt() || ROLE.matcher(text).region(pos, text.length()).lookingAt() && !words.isEmpty()) {
				break;
			}
			int wordEnd = word.end();
			while (wordEnd > word.start() && text.charAt(wordEnd - 1) == '.') {
				wordEnd--; // a sentence's full stop is not part of the name
			}
			words.add(new int[] { word.start(), wordEnd });
			pos = wordEnd;
			Matcher acronym = ACRONYM.matcher(text).region(pos, text.length());
			if (text.startsWith(" (", pos) && acronym.region(pos + 1, text.length()).lookingAt()) {
				Phrase organization = new Phrase(text.substring(start, acronym.end()), start, acronym.end());
				int after = acronym.end();
				Optional<Phrase> name = text.startsWith(" ", after) ? nameAt(text, after + 1)
						: Optional.empty();
				return Optional.of(new Organization(organization, name));
			}
			if (text.startsWith(" ", pos) && word.region(pos + 1, text.length()).lookingAt()
					&& !ROLE.matcher(text).region(pos + 1, text.length()).lookingAt()) {
				pos++;
				continue;
			}
			Matcher connector = CONNECTOR.matcher(text).region(pos, text.length());
			if (connector.lookingAt() && word.region(connector.end(), text.length()).lookingAt()
					&& !ROLE.matcher(text).region(connector.end(), text.length()).lookingAt()) {
				pos = connector.end();
				runStart = words.size();
				continue;
			}
			if (text.startsWith(", ", pos) && isListedWord(text, pos + 2)) {
				pos += 2;
				runStart = words.size();
				continue;
			}
			break;
		}
		if (words.isEmpty()) {
			return Optional.empty();
		}
		int headIndex = -1;
		for (int i = words.size() - 1; i >= runStart; i--) {
			if (ORGANIZATION_HEADS.contains(text.substring(words.get(i)[0], words.get(i)[1]))) {
				headIndex = i;
				break;
			}
		}
		int organizationEnd = words.get(words.size() - 1)[1];
		Optional<Phrase> name = Optional.empty();
		int trailing = words.size() - 1 - headIndex;
		if (headIndex >= 0 && trailing >= 2 && trailing <= 4) {
			organizationEnd = words.get(headIndex)[1];
			name = nameAt(text, words.get(headIndex + 1)[0]);
		}
		return Optional.of(new Organization(
				new Phrase(text.substring(start, organizationEnd), start, organizationEnd), name));
	}

	/** A single capitalised word followed by a comma or {@code and}: an item of a listed name. */
	private static boolean isListedWord(String text, int pos) {
		Matcher word = CAPITALISED.matcher(text).region(pos, text.length());
		return word.lookingAt() && (text.startsWith(", ", word.end()) || text.startsWith(" and ", word.end()));
	}

	/** Whether a role word ends just before {@code pos} (one space between). */
	static boolean roleEndsAt(String text, int pos) {
		int from = Math.max(0, pos - 60);
		Matcher role = Pattern.compile("(?:" + ROLE.pattern() + ")\\s$").matcher(text).region(from, pos);
		return role.find();
	}

	private static boolean isRoleWord(String phrase) {
		return ROLE.matcher(phrase).lookingAt();
	}
}
