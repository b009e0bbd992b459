package org.verbatim.importer.internal.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.verbatim.importer.internal.metadata.DateReader;
import org.verbatim.importer.internal.metadata.TextMetadataReader;

/**
 * Rules that recognise a line of page furniture by its own shape and words, whatever the site: each
 * rule has a name that a {@link org.verbatim.importer.Removal} records. Keyword lists cover English,
 * French, German, Spanish, Russian and Turkish where sites word the same widget differently.
 * Lines longer than {@link #MAX_FURNITURE_LENGTH} are never furniture: widgets are short, and this
 * keeps the rules cheap on huge lines.
 */
final class LineRules {

	static final String MACHINE_TRANSLATION = TextMetadataReader.MACHINE_TRANSLATION_NOTICE;
	static final String FEEDBACK = "feedback-widget";
	static final String COMMENT_FORM = "comment-form";
	static final String CAPTCHA = "captcha";
	static final String SKIP_LINK = "skip-link";
	static final String NEWS_TICKER = "news-ticker-label";
	static final String SHARE = "share-widget";
	static final String FONT_SIZE = "font-size-widget";
	static final String DATE_COUNTER = "date-with-comment-counter";
	static final String TEASER_HEADING = "teaser-heading";
	static final String SPAM = "spam";
	static final String COPYRIGHT = "copyright-notice";

	static final int MAX_FURNITURE_LENGTH = 400;

	// patterns are written in lower case and matched against the lower-cased line: case-insensitive
	// Unicode matching costs several times more, and every line of a long text passes these rules
	private static final int FLAGS = 0;

	private static final Pattern MACHINE_TRANSLATION_WORDS = Pattern.compile("google translate|machine[- ]translat"
			+ "|automatic(?:ally)? translat|translated automatically|traduction automatique|traduit automatiquement"
			+ "|maschinell übersetzt|automatisch übersetzt|maschinelle übersetzung|traducción automática"
			+ "|traducido automáticamente|машинный перевод|автоматический перевод|makine çevirisi|otomatik çeviri"
			+ "|translat\\w*.{0,80}not responsible|not responsible.{0,80}translat", FLAGS);

	private static final Pattern FEEDBACK_WORDS = Pattern.compile("^(?:your (?:opinion|feedback)|user feedback|feedback"
			+ "|rate this (?:page|article)|was this (?:page|article|information) (?:helpful|useful)\\??|votre avis"
			+ "|ihre meinung|tu opinión|su opinión|ваше мнение|görüşünüz)$"
			+ "|how satisfied|\\bdissatisfied\\b.*\\bsatisfied\\b|satisf\\w* .*\\b(?:website|site|page)\\b", FLAGS);

	private static final Pattern COMMENT_FORM_WORDS = Pattern.compile("leave a (?:comment|reply)|post (?:a )?comment"
			+ "|add (?:a )?comment|please enter your (?:comment|name|e-?mail)|your e-?mail address will not be published"
			+ "|required fields are marked|write a comment|laissez? un commentaire|votre commentaire"
			+ "|kommentar (?:schreiben|hinterlassen)|deja (?:un comentario|una respuesta)|оставь(?:те)? комментарий"
			+ "|оставить комментарий|yorum (?:yap|yazın)|^comments?(?: \\(\\d+\\))?:?$|^\\d+ comments?$"
			+ "|^no comments(?: yet)?\\.?$|^(?:submit|post comment|send comment)$", FLAGS);

	private static final Pattern CAPTCHA_WORDS = Pattern.compile("^(?:what is|how much is|combien font|was ist|cuánto es"
			+ "|сколько будет)?\\s*\\d{1,3}\\s*[+×x*−-]\\s*\\d{1,3}\\s*(?:=\\s*\\??|\\?)?$"
			+ "|captcha|not a robot|you are (?:a )?human|fields as-is|simple math|anti-spam", FLAGS);

	private static final Pattern SKIP_LINK_WORDS = Pattern.compile("^(?:skip to (?:main )?(?:content|navigation|main)"
			+ "|jump to (?:content|navigation)|aller au contenu(?: principal)?|zum inhalt springen|direkt zum inhalt"
			+ "|saltar al contenido(?: principal)?|перейти к содержимому|içeriğe geç)$", FLAGS);

	private static final Pattern NEWS_TICKER_WORDS = Pattern.compile("^(?:scrolling news|breaking news|news ticker"
			+ "|flash news|son dakika|dernière minute|eilmeldung|última hora|срочные новости)\\s*:?$", FLAGS);

	private static final Pattern TEASER_HEADING_WORDS = Pattern.compile("^(?:(?:latest|recent|related|popular|more"
			+ "|most (?:read|popular|viewed)|top|other|similar) (?:articles|posts|news|stories|tweets|videos|items"
			+ "|publications)|you (?:may|might) also like|read also|also read|see also|recommended(?: for you)?"
			+ "|trending(?: now)?|follow us|articles similaires|à lire aussi|lire aussi|dans la même rubrique"
			+ "|lesen sie auch|mehr zum thema|ähnliche artikel|artículos relacionados|te puede interesar|lee también"
			+ "|читайте также|похожие статьи|последние новости|ilgili haberler|son haberler)\\s*:?$", FLAGS);

	private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "this", "on", "tweet", "print", "email",
			"e", "mail", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "vk",
			"copy", "link", "page", "partager", "imprimer", "teilen", "drucken", "compartir", "imprimir", "поделиться",
			"paylaş", "send");

	private static final Pattern SPAM_WORDS = Pattern.compile("\\b(?:porn\\w*|xxx|casinos?|betting|bahis|viagra|cialis"
			+ "|escorts?|hilesi|sex ?cams?|kumar|rulet)\\b", FLAGS);

	private static final Pattern FONT_SIZE_SHAPE = Pattern.compile("\\d{1,2}\\s?px\\b|\\b(?:font|text) size\\b", FLAGS);

	private static final Pattern WIDGET_SYMBOL = Pattern.compile("[+−↺]|\\ba[+-]|\\bsize\\b", FLAGS);

	private static final Pattern COPYRIGHT_SHAPE = Pattern.compile("^(?:©|\\(c\\)|copyright\\b)|all rights reserved",
			FLAGS);

	private static final Pattern DATE_THEN_COUNTER = Pattern.compile("(.*\\d{4})\\s+\\d{1,4}");

	private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern DOMAIN_SHAPE = Pattern.compile("(?:www\\.)?[\\p{L}\\d-]+(?:\\.\\p{L}{2,}){1,2}",
			Pattern.UNICODE_CHARACTER_CLASS);

	// words one of which a line must contain before the rule's full pattern is tried: alternations of
	// many phrases are slow to search, and nearly every line of a statement fails these rules
	private static final List<String> MACHINE_TRANSLATION_STEMS = List.of("translat", "traduc", "traduit", "übersetz",
			"перевод", "çeviri");
	private static final List<String> FEEDBACK_STEMS = List.of("opinion", "opinión", "feedback", "satisf", "helpful",
			"useful", "avis", "meinung", "мнение", "görüş", "rate this");
	private static final List<String> COMMENT_FORM_STEMS = List.of("comment", "reply", "your name", "mail", "submit",
			"required", "komment", "коммент", "yorum", "respuesta");
	private static final List<String> CAPTCHA_STEMS = List.of("captcha", "robot", "human", "as-is", "math", "spam",
			"+", "-", "−", "×", "*");
	private static final List<String> SPAM_STEMS = List.of("porn", "xxx", "casino", "betting", "bahis", "viagra",
			"cialis", "escort", "hilesi", "sex", "kumar", "rulet");

	private final DateReader dates = new DateReader();

	/** The rule that calls {@code line} (its content, without surrounding white space) furniture. */
	Optional<String> classify(String line) {
		if (line.isEmpty() || line.length() > MAX_FURNITURE_LENGTH) {
			return Optional.empty();
		}
		int words = words(line);
		String lower = line.toLowerCase(Locale.ROOT);
		if (mentions(lower, MACHINE_TRANSLATION_STEMS) && MACHINE_TRANSLATION_WORDS.matcher(lower).find()) {
			return Optional.of(MACHINE_TRANSLATION);
		}
		if (words <= 14 && mentions(lower, FEEDBACK_STEMS) && FEEDBACK_WORDS.matcher(lower).find()) {
			return Optional.of(FEEDBACK);
		}
		if (words <= 14 && mentions(lower, COMMENT_FORM_STEMS) && COMMENT_FORM_WORDS.matcher(lower).find()) {
			return Optional.of(COMMENT_FORM);
		}
		if (words <= 30 && mentions(lower, CAPTCHA_STEMS) && CAPTCHA_WORDS.matcher(lower).find()) {
			return Optional.of(CAPTCHA);
		}
		if (SKIP_LINK_WORDS.matcher(lower).matches()) {
			return Optional.of(SKIP_LINK);
		}
		if (NEWS_TICKER_WORDS.matcher(lower).matches()) {
			return Optional.of(NEWS_TICKER);
		}
		if (TEASER_HEADING_WORDS.matcher(lower).matches()) {
			return Optional.of(TEASER_HEADING);
		}
		if (words <= 8 && isShareWidget(line)) {
			return Optional.of(SHARE);
		}
		if (words <= 10 && FONT_SIZE_SHAPE.matcher(lower).find() && WIDGET_SYMBOL.matcher(lower).find()) {
			return Optional.of(FONT_SIZE);
		}
		if (words <= 6 && isDateWithCounter(line)) {
			return Optional.of(DATE_COUNTER);
		}
		if (words <= 15 && !line.endsWith(".") && mentions(lower, SPAM_STEMS) && SPAM_WORDS.matcher(lower).find()) {
			return Optional.of(SPAM);
		}
		if (words <= 20 && COPYRIGHT_SHAPE.matcher(lower).find()) {
			return Optional.of(COPYRIGHT);
		}
		return Optional.empty();
	}

	/** Whether {@code line} is only a site's name written as its domain, such as {@code News.Az}. */
	static boolean isDomainName(String line) {
		return line.length() <= 60 && DOMAIN_SHAPE.matcher(line).matches();
	}

	private static boolean mentions(String lower, List<String> stems) {
		for (String stem : stems) {
			if (lower.contains(stem)) {
				return true;
			}
		}
		return false;
	}

	static int words(String line) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < line.length(); i++) {
			boolean space = TextLine.isSpace(line.charAt(i));
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words;
	}

	private static boolean isShareWidget(String line) {
		String[] tokens = NON_LETTERS.split(line.toLowerCase(Locale.ROOT));
		int counted = 0;
		for (String token : tokens) {
			if (token.isEmpty()) {
				continue;
			}
			if (!SHARE_WORDS.contains(token)) {
				return false;
			}
			counted++;
		}
		return counted > 0 && !"this".equals(line.toLowerCase(Locale.ROOT)) && !"on".equals(line.toLowerCase(Locale.ROOT));
	}

	private boolean isDateWithCounter(String line) {
		var m = DATE_THEN_COUNTER.matcher(line);
		return m.matches() && dates.read(m.group(1), DateReader.NumericOrder.UNKNOWN).isPresent();
	}
}
