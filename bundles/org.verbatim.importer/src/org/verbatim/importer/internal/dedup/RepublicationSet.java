package org.verbatim.importer.internal.dedup;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.verbatim.importer.internal.JsonReader;

/**
 * Builds the labelled near-duplicate evaluation set from real texts: the 181 hand-checked article
 * bodies of the Scrapinghub article-extraction benchmark (MIT licence) and the seed statements.
 *
 * <p>
 * Every base text is a document of its own. Of the bases with at least {@value #MIN_WORDS_FOR_COPIES}
 * words, seven in ten also get one to four republished copies, each with page furniture a cleaner may
 * leave behind (navigation, share widgets, comment forms, cookie notices, "related" teasers made of
 * other articles' first sentences) and one to three edits (a reworded sentence, a dropped paragraph,
 * typos, an attribution line, a truncated last paragraph). Hard negatives come for free and are added
 * on purpose: pages of the same site and the seeds' commemorations of the same events stay separate
 * bases, different articles of a site get the same long "About the organisation" boilerplate, and one
 * base in ten quotes a whole paragraph of another article (of its own site where there is one).
 * Truth: documents with the same {@link LabelledText#baseId()} are duplicates, no others.
 *
 * <p>
 * Whole sites go either to the development part (about 60%, where the threshold was chosen) or to the
 * held-out part, so that no same-site negative straddles the two. Everything is drawn from
 * {@link Random} with a fixed seed, whose algorithm the JDK specifies: the same set on every run.
 */
public final class RepublicationSet {

	/** Seed of the generator. */
	public static final long SEED = 20_260_301L;

	/** Shorter bases get no copies: a teaser block alone would outweigh them. */
	static final int MIN_WORDS_FOR_COPIES = 80;

	private static final Path GROUND_TRUTH = Path.of("data", "extraction", "scrapinghub-aeb", "ground-truth.json");
	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*");
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u3002\uff01\uff1f])\\s+");

	private static final List<String> NAVIGATION = List.of("Home | News | World | Politics | Business | Opinion",
			"Home > News > International", "Menu Search Subscribe Sign in", "Latest News Most Read Videos Podcasts",
			"You are here: Home / Press releases", "Skip to main content", "Breaking: live updates");
	private static final List<String> SHARE = List.of("Share on Facebook Share on Twitter Share on WhatsApp Email",
			"Share this article", "Tweet Share Pin Email Print", "Follow us on Telegram for the latest updates");
	private static final List<String> COMMENT_FORM = List.of("Leave a Reply",
			"Your email address will not be published. Required fields are marked *", "Comment Name * Email * Website",
			"Save my name, email, and website in this browser for the next time I comment.", "Post Comment");
	private static final List<String> NOTICES = List.of(
			"We use cookies to improve your experience on our website. By continuing to browse you agree to our use of cookies.",
			"Disclaimer: You are using Google Translate. We are not responsible for the accuracy of the translated text.",
			"Please enter the characters you see in the image. Refresh captcha");
	private static final List<String> OUTLETS = List.of("Reuters", "News.Az", "AzerNews", "Trend", "AP",
			"The Daily Herald", "APA");
	private static final List<String> INSERTED_WORDS = List.of("reportedly", "on Monday", "also", "according to officials",
			"in a statement", "however");
	private static final List<String> ABOUT_BLOCKS = List.of(
			"About the Organisation: The Organisation is an independent body founded to promote cooperation in education, science and culture among its member states. It works with governments, universities and civil society to strengthen dialogue, protect cultural heritage and support young researchers. For more information visit our website or follow us on social media. Media contact: press office, telephone and email available on request.",
			"Editor's note: This newsroom publishes official statements, speeches and press releases as they are received. The views expressed are those of the authors and do not necessarily reflect the position of the publisher. All rights reserved. Reproduction is permitted with a link to the original page. Subscribe to our newsletter to receive the latest statements in your inbox every morning.",
			"About us: We are a non-profit news service covering diplomacy, international law and human rights since 2005. Our reporters work in more than twenty countries. We rely on readers like you to keep our journalism free and open to all. Please consider supporting us with a monthly donation. Contact the editorial team with tips and corrections at any time.");

	private RepublicationSet() {
	}

	/** A real text the set is made from. */
	record Base(String id, String site, String text) {
	}

	/**
	 * The evaluation set built from the data under {@code sharedDir} (the {@code shared} folder).
	 *
	 * @throws IOException when the data files cannot be read
	 */
	public static List<LabelledText> build(Path sharedDir) throws IOException {
		return build(bases(sharedDir));
	}

	/** The real texts under {@code sharedDir}: benchmark article bodies and seeds, in id order. */
	static List<Base> bases(Path sharedDir) throws IOException {
		List<Base> bases = new ArrayList<>();
		Object json = JsonReader.read(Files.readString(sharedDir.resolve(GROUND_TRUTH), UTF_8));
		if (!(json instanceof Map<?, ?> articles)) {
			throw new IOException(sharedDir.resolve(GROUND_TRUTH) + " is not a JSON object of articles");
		}
		for (Map.Entry<?, ?> entry : new TreeMap<>(articles).entrySet()) {
			if (entry.getValue() instanceof Map<?, ?> article && article.get("articleBody") instanceof String body
					&& !body.isBlank()) {
				String url = article.get("url") instanceof String u ? u : "";
				bases.add(new Base(entry.getKey().toString().substring(0, 12), host(url), body));
			}
		}
		try (Stream<Path> seeds = Files.list(sharedDir.resolve("seeds"))) {
			for (Path seed : seeds.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
				bases.add(new Base("seed-" + seed.getFileName().toString().replace(".txt", ""), "seeds",
						Files.readString(seed, UTF_8)));
			}
		}
		return bases;
	}

	/** The evaluation set made from {@code bases}, in a shuffled (seeded) order. */
	static List<LabelledText> build(List<Base> bases) {
		Random random = new Random(SEED);
		Set<String> heldOutSites = heldOutSites(bases, random);
		List<String> firstSentences = bases.stream().map(b -> sentences(paragraphs(b.text()).get(0)).get(0)).toList();
		Map<String, List<Base>> bySite = bases.stream()
				.collect(Collectors.groupingBy(Base::site, TreeMap::new, Collectors.toList()));
		Map<String, String> siteBoilerplate = new TreeMap<>();
		List<LabelledText> documents = new ArrayList<>();
		for (int b = 0; b < bases.size(); b++) {
			Base base = bases.get(b);
			boolean heldOut = heldOutSites.contains(base.site());
			documents.add(new LabelledText(base.id() + "/0", base.id(), base.site(), heldOut, "original", base.text()));
			if (bySite.get(base.site()).size() > 1 && words(base.text()) >= MIN_WORDS_FOR_COPIES) {
				// Hard negative: this site's articles all carry the same long boilerplate in one copy each.
				String about = siteBoilerplate.computeIfAbsent(base.site(),
						s -> ABOUT_BLOCKS.get(random.nextInt(ABOUT_BLOCKS.size())));
				documents.add(new LabelledText(base.id() + "/about", base.id(), base.site(), heldOut, "site-boilerplate",
						base.text() + "\n\n" + about));
			}
			if (random.nextInt(10) == 0) {
				// Hard negative: another article of this base's site (or any) quoted at length in it.
				List<Base> sameSite = bySite.get(base.site()).stream().filter(o -> o != base).toList();
				Base quoted = sameSite.isEmpty() ? bases.get(random.nextInt(bases.size())) : pick(sameSite, random);
				if (quoted != base) {
					documents.add(new LabelledText(base.id() + "/quotes", base.id(), base.site(), heldOut, "quotes-other",
							base.text() + "\n\n" + pick(paragraphs(quoted.text()), random)));
				}
			}
			if (words(base.text()) < MIN_WORDS_FOR_COPIES || random.nextInt(10) >= 7) {
				continue;
			}
			int copies = 1 + random.nextInt(4);
			for (int c = 1; c <= copies; c++) {
				List<String> recipe = new ArrayList<>();
				String text = republish(base.text(), b, firstSentences, random, recipe);
				documents.add(new LabelledText(base.id() + "/" + c, base.id(), base.site(), heldOut,
						String.join("+", recipe), text));
			}
		}
		Collections.shuffle(documents, random);
		return List.copyOf(documents);
	}

	private static String republish(String original, int self, List<String> firstSentences, Random random,
			List<String> recipe) {
		List<String> paragraphs = new ArrayList<>(paragraphs(original));
		List<String> edits = new ArrayList<>(List.of("reworded", "dropped-paragraph", "typos", "attribution", "truncated"));
		Collections.shuffle(edits, random);
		for (String edit : edits.subList(0, 1 + random.nextInt(3))) {
			if (edit(edit, paragraphs, random)) {
				recipe.add(edit);
			}
		}
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		boolean furnitureBefore = random.nextBoolean();
		boolean furnitureAfter = !furnitureBefore || random.nextBoolean();
		if (furnitureBefore) {
			recipe.add("nav");
			for (int i = 1 + random.nextInt(2); i > 0; i--) {
				before.add(pick(NAVIGATION, random));
			}
			if (random.nextBoolean()) {
				before.add(pick(NOTICES, random));
			}
		}
		if (furnitureAfter) {
			switch (random.nextInt(3)) {
			case 0 -> {
				recipe.add("teasers");
				after.add("Related articles");
				for (int i = 2 + random.nextInt(3); i > 0; i--) {
					int other = random.nextInt(firstSentences.size());
					if (other != self) {
						after.add(firstSentences.get(other));
					}
				}
			}
			case 1 -> {
				recipe.add("comment-form");
				after.addAll(COMMENT_FORM);
			}
			default -> {
				recipe.add("share");
				after.add(pick(SHARE, random));
				after.add(pick(NOTICES, random));
			}
			}
		}
		return Stream.of(before, paragraphs, after).flatMap(List::stream).collect(Collectors.joining("\n\n"));
	}

	/** Applies one edit to the paragraphs; false when the text is too short for it. */
	private static boolean edit(String edit, List<String> paragraphs, Random random) {
		int n = paragraphs.size();
		switch (edit) {
		case "reworded" -> {
			int p = random.nextInt(n);
			List<String> sentences = new ArrayList<>(sentences(paragraphs.get(p)));
			int s = random.nextInt(sentences.size());
			sentences.set(s, reword(sentences.get(s), random));
			paragraphs.set(p, String.join(" ", sentences));
			return true;
		}
		case "dropped-paragraph" -> {
			if (n < 4) {
				return false;
			}
			paragraphs.remove(1 + random.nextInt(n - 1));
			return true;
		}
		case "typos" -> {
			for (int t = 1 + random.nextInt(3); t > 0; t--) {
				int p = random.nextInt(n);
				paragraphs.set(p, typo(paragraphs.get(p), random));
			}
			return true;
		}
		case "attribution" -> {
			String outlet = pick(OUTLETS, random);
			if (random.nextBoolean()) {
				paragraphs.add("(Source: " + outlet + ")");
			} else {
				paragraphs.set(0, paragraphs.get(0) + " " + outlet + " reports.");
			}
			return true;
		}
		case "truncated" -> {
			if (n < 3) {
				return false;
			}
			String last = paragraphs.get(n - 1);
			paragraphs.set(n - 1, last.substring(0, last.length() / 2));
			return true;
		}
		default -> throw new IllegalArgumentException(edit);
		}
	}

	/** Drops about a third of a sentence's words and inserts a phrase: an editor's rewording. */
	private static String reword(String sentence, Random random) {
		List<String> words = new ArrayList<>(Arrays.asList(sentence.split(" ")));
		for (int d = words.size() / 3; d > 0 && words.size() > 1; d--) {
			words.remove(random.nextInt(words.size()));
		}
		words.add(random.nextInt(words.size() + 1), pick(INSERTED_WORDS, random));
		return String.join(" ", words);
	}

	/** Swaps two neighbouring letters inside one longer word. */
	private static String typo(String paragraph, Random random) {
		String[] words = paragraph.split(" ");
		for (int attempt = 0; attempt < 10; attempt++) {
			int w = random.nextInt(words.length);
			String word = words[w];
			if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
				int i = 1 + random.nextInt(word.length() - 3);
				words[w] = word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
				return String.join(" ", words);
			}
		}
		return paragraph;
	}

	private static Set<String> heldOutSites(List<Base> bases, Random random) {
		List<String> sites = new ArrayList<>(new TreeSet<>(bases.stream().map(Base::site).toList()));
		Collections.shuffle(sites, random);
		return new TreeSet<>(sites.subList(0, sites.size() * 2 / 5));
	}

	static List<String> paragraphs(String text) {
		List<String> paragraphs = Arrays.stream(PARAGRAPH_BREAK.split(text.strip())).filter(p -> !p.isBlank()).toList();
		return paragraphs.isEmpty() ? List.of("") : paragraphs;
	}

	private static List<String> sentences(String paragraph) {
		List<String> sentences = Arrays.stream(SENTENCE_END.split(paragraph)).filter(s -> !s.isBlank()).toList();
		return sentences.isEmpty() ? List.of(paragraph) : sentences;
	}

	private static int words(String text) {
		return Shingler.words(text).size();
	}

	private static String host(String url) {
		try {
			String host = URI.create(url).getHost();
			return host == null ? "unknown" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
		} catch (IllegalArgumentException e) {
			return "unknown";
		}
	}

	private static <T> T pick(List<T> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}
}
