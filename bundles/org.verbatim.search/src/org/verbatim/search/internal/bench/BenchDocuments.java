package org.verbatim.search.internal.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes any number of distinct benchmark documents from the corpus lines, deterministically: the
 * same seed and ordinal give the same document, so both systems get the same corpus without it
 * ever being held. Document {@code i} is line {@code i mod L} followed by the opening of line
 * {@code (i div L + 7919 (i mod L) + 1) mod L}, which makes every pair distinct for up to
 * {@code L²} documents; its metadata (speaker, organisation, publisher, event, issue date between
 * 2000 and 2025) is drawn from fixed lists by a generator seeded with the seed and {@code i}. The
 * language is read from the main line's most frequent function words (eleven languages are told
 * apart; lines in the others are {@code und}).
 */
public final class BenchDocuments {

	/** How much of the second line is appended, at most (cut at a space). */
	private static final int APPENDED_CHARS = 400;

	private static final int PRIME = 7919;

	private static final long FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final long LAST_DAY = LocalDate.of(2025, 12, 31).toEpochDay();

	/** Speaker, role, organisation. */
	private static final List<String[]> SPEAKERS = List.of(
			new String[] { "Anna Lindqvist", "Member", "European Parliament" },
			new String[] { "Marco Bellini", "Rapporteur", "European Parliament" },
			new String[] { "Helga Sommer", "Vice-President", "European Parliament" },
			new String[] { "Jean-Luc Moreau", "Commissioner", "European Commission" },
			new String[] { "Sofia Andrade", "Commissioner", "European Commission" },
			new String[] { "Pieter de Vries", "Spokesperson", "European Commission" },
			new String[] { "Eleni Papadaki", "President-in-Office", "Council of the European Union" },
			new String[] { "Tomasz Nowak", "Minister", "Council of the European Union" },
			new String[] { "Brigitte Keller", "Ambassador", "Federal Foreign Office" },
			new String[] { "Lars Eriksson", "State Secretary", "Government Offices of Sweden" },
			new String[] { "Carmen Ruiz", "Minister for Foreign Affairs", "Ministry of Foreign Affairs of Spain" },
			new String[] { "Giulia Conti", "Deputy", "Camera dei Deputati" },
			new String[] { "Mikko Virtanen", "Director General", "Ministry for Foreign Affairs of Finland" },
			new String[] { "Catherine Dubois", "Secretary General", "Council of Europe" },
			new String[] { "Jonas Petersen", "Chair", "Committee on Civil Liberties" },
			new String[] { "Ioana Popescu", "High Commissioner", "OSCE" },
			new String[] { "David Kerr", "Spokesperson", "United Nations" },
			new String[] { "Ahmed Haddad", "Special Rapporteur", "United Nations" },
			new String[] { "Margit Kovacs", "Director", "Amnesty International" },
			new String[] { "Rui Almeida", "President", "European Court of Auditors" },
			new String[] { "Sanne Jansen", "Ombudsman", "European Ombudsman" },
			new String[] { "Klaus Wagner", "President", "European Central Bank" },
			new String[] { "Niamh O'Brien", "Minister", "Department of Foreign Affairs of Ireland" },
			new String[] { "Petra Novak", "Member", "European Economic and Social Committee" });

	/** Publisher and its web domain. */
	private static final List<String[]> PUBLISHERS = List.of(new String[] { "Parliament Press Service", "press.europarl.example" },
			new String[] { "Commission Newsroom", "newsroom.commission.example" },
			new String[] { "Council Press Office", "press.council.example" },
			new String[] { "Euro Courier", "eurocourier.example" }, new String[] { "Brussels Ledger", "brusselsledger.example" },
			new String[] { "The Continental", "continental-news.example" },
			new String[] { "Nordic Wire", "nordicwire.example" }, new String[] { "Agenzia Europa", "agenziaeuropa.example" },
			new String[] { "Diario Europeo", "diarioeuropeo.example" }, new String[] { "Le Quotidien", "lequotidien.example" },
			new String[] { "Rundschau Online", "rundschau.example" }, new String[] { "Statement Archive", "statements.example" });

	/** Events; a document refers to one in three times out of five. */
	private static final List<String> EVENTS = List.of("Enlargement summit", "Budget conference", "Climate talks",
			"Fisheries council", "Human rights dialogue", "Treaty referendum", "Migration summit", "Energy crisis",
			"Financial crisis", "Accession negotiations", "Schengen review", "Trade agreement signing",
			"Election observation mission", "Food safety scandal", "Anniversary commemoration");

	/** Language tag and frequent function words of the corpus languages. */
	private static final List<String[]> FUNCTION_WORDS = List.of(new String[] { "en", "the", "and", "of", "is", "that" },
			new String[] { "de", "der", "die", "und", "das", "nicht" }, new String[] { "fr", "le", "les", "et", "est", "des" },
			new String[] { "it", "il", "che", "della", "per", "non" }, new String[] { "es", "el", "los", "que", "las", "del" },
			new String[] { "pt", "os", "não", "uma", "do", "com" }, new String[] { "nl", "het", "een", "van", "en", "niet" },
			new String[] { "sv", "och", "att", "det", "som", "är" }, new String[] { "da", "og", "af", "er", "til", "ikke" },
			new String[] { "fi", "ja", "on", "että", "ei", "se" }, new String[] { "el", "και", "το", "να", "της", "η" });

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private final EuroparlCorpus corpus;

	private final long seed;

	private final String[] languages;

	/** Makes documents from {@code corpus} with metadata drawn from {@code seed}. */
	public BenchDocuments(EuroparlCorpus corpus, long seed) {
		this.corpus = corpus;
		this.seed = seed;
		this.languages = corpus.lines().stream().map(line -> language(line.body())).toArray(String[]::new);
	}

	/** The most documents that are all distinct. */
	public long distinctLimit() {
		return (long) corpus.size() * corpus.size();
	}

	/** Document {@code i}. */
	public BenchDocument document(int i) {
		int size = corpus.size();
		int main = i % size;
		int second = (int) ((i / size + (long) PRIME * main + 1) % size);
		EuroparlCorpus.Line line = corpus.lines().get(main);
		String text = line.body() + "\n\n" + opening(corpus.lines().get(second).body());
		SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
		String[] speaker = SPEAKERS.get(random.nextInt(SPEAKERS.size()));
		String[] publisher = PUBLISHERS.get(random.nextInt(PUBLISHERS.size()));
		LocalDate issued = LocalDate.ofEpochDay(random.nextLong(FIRST_DAY, LAST_DAY + 1));
		Optional<String> event = random.nextInt(5) < 3 ? Optional.of(EVENTS.get(random.nextInt(EVENTS.size())))
				: Optional.empty();
		String source = "https://" + publisher[1] + "/statements/" + issued.getYear() + "/" + i;
		return new BenchDocument(i, source, line.title(), text, issued, speaker[0], speaker[1], speaker[2], publisher[0],
				languages[main], event, publisher[1]);
	}

	private static String opening(String body) {
		if (body.length() <= APPENDED_CHARS) {
			return body;
		}
		int space = body.lastIndexOf(' ', APPENDED_CHARS);
		return body.substring(0, space > 0 ? space : APPENDED_CHARS);
	}

	/** The language whose function words are most frequent in {@code text}; {@code und} when none is. */
	static String language(String text) {
		int[] votes = new int[FUNCTION_WORDS.size()];
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			String word = words.group().toLowerCase(Locale.ROOT);
			for (int l = 0; l < FUNCTION_WORDS.size(); l++) {
				String[] language = FUNCTION_WORDS.get(l);
				for (int w = 1; w < language.length; w++) {
					if (language[w].equals(word)) {
						votes[l]++;
					}
				}
			}
		}
		int best = -1;
		for (int l = 0; l < votes.length; l++) {
			if (votes[l] > 0 && (best < 0 || votes[l] > votes[best])) {
				best = l;
			}
		}
		return best < 0 ? "und" : FUNCTION_WORDS.get(best)[0];
	}
}
