package org.verbatim.importer.internal.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

	private static Optional<String> tag(String text) {
		return LanguageGuess.of(text).map(LanguageGuess::tag);
	}

	@Test
	void tellsLatinScriptLanguagesByTheirFunctionWords() {
		assertEquals(Optional.of("en"), tag("The ambassador said that the memory of the victims is kept by the people of this country."));
		assertEquals(Optional.of("fr"), tag("Le directeur général a appelé la communauté internationale à condamner ce crime et les auteurs."));
		assertEquals(Optional.of("de"), tag("Der Botschafter sagte, dass die Erinnerung an die Opfer nicht vergessen wird und das auch so bleibt."));
		assertEquals(Optional.of("es"), tag("El embajador dijo que la memoria de las víctimas es parte de la historia del país y de su pueblo."));
		assertEquals(Optional.of("tr"), tag("Büyükelçi bu olayın bir soykırım olarak tanınması için çok daha fazla çaba gerektiğini ve bu konuda her zaman birlikte olacağımızı söyledi."));
	}

	@Test
	void tellsNonLatinScriptsByScript() {
		assertEquals(Optional.of("ru"), tag("Посол заявил, что память о жертвах будет жить вечно."));
		assertEquals(Optional.of("ar"), tag("قال السفير إن ذكرى الضحايا ستبقى حية إلى الأبد."));
	}

	@Test
	void namesAndNumbersGetNoLanguage() {
		assertEquals(Optional.empty(), tag("Khojaly 613 106 63 Baku 1992"));
		assertEquals(Optional.empty(), tag(""));
	}
}
