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
		assertEquals(Optional.of("it"), tag("L'ambasciatore ha detto che la memoria delle vittime non sarà mai dimenticata e che il paese la custodisce."));
		assertEquals(Optional.of("pt"), tag("O embaixador disse que a memória das vítimas não será esquecida e que o país a guarda com respeito."));
		assertEquals(Optional.of("nl"), tag("De ambassadeur zei dat de herinnering aan de slachtoffers nooit zal worden vergeten en dat het land die bewaart."));
		assertEquals(Optional.of("pl"), tag("Ambasador powiedział, że pamięć o ofiarach nigdy nie zostanie zapomniana i że kraj jej strzeże."));
		assertEquals(Optional.of("id"), tag("Menteri luar negeri mengatakan bahwa pembicaraan itu berguna dan kedua pihak akan bertemu lagi dengan segera untuk membahas masalah yang tersisa."));
		assertEquals(Optional.of("tr"), tag("Büyükelçi bu olayın bir soykırım olarak tanınması için çok daha fazla çaba gerektiğini ve bu konuda her zaman birlikte olacağımızı söyledi."));
	}

	@Test
	void azerbaijaniIsToldFromTurkishByItsSchwa() {
		assertEquals(Optional.of("az"), tag("Səfir bildirdi ki, qurbanların xatirəsi həmişə yaşayacaq və biz onu qoruyacağıq."));
		assertEquals(Optional.of("letters"), LanguageGuess.of("Səfir bildirdi ki, qurbanların xatirəsi həmişə yaşayacaq.").map(LanguageGuess::rule));
	}

	@Test
	void azerbaijaniNamesInAnEnglishTextLeaveItEnglish() {
		assertEquals(Optional.of("en"), tag("The ambassador said that the memory of Heydər Əliyev is kept by the people of this country and the world."));
	}

	@Test
	void tellsCyrillicLanguagesByTheLettersOnlySomeOfThemHave() {
		assertEquals(Optional.of("uk"), tag("Посол заявив, що пам'ять про жертви житиме вічно, і ми її збережемо."));
		assertEquals(Optional.of("be"), tag("Пасол заявіў, што памяць пра ахвяр будзе жыць вечна."));
		assertEquals(Optional.of("sr"), tag("Амбасадор је рекао да ће сећање на жртве живети заувек и да ћемо га чувати."));
		assertEquals(Optional.of("mk"), tag("Амбасадорот изјави дека споменот за жртвите ќе живее вечно и дека ќе го чуваме."));
		assertEquals(Optional.of("az-Cyrl"), tag("Сәфир билдирди ки, гурбанларын хатирәси һәмишә јашајачаг вә биз ону горујачағыг."));
		assertEquals(Optional.of("kk"), tag("Елші құрбандардың рухы мәңгі есте қалатынын айтты және біз оны сақтаймыз."));
		assertEquals(Optional.of("ru"), tag("Министр иностранных дел выступил с заявлением и подчеркнул, что переговоры были полезными."));
	}

	@Test
	void russianAndBulgarianWithoutTellingLettersGoByFunctionWords() {
		assertEquals(Optional.of("ru"), tag("Посол заявил, что память о жертвах будет жить вечно."));
		assertEquals(Optional.of("bg"), tag("Посланикът заяви, че паметта за жертвите ще живее вечно и че това е наш дълг."));
	}

	@Test
	void oneQuotedUkrainianNameLeavesALongRussianTextRussian() {
		String russian = "Министр иностранных дел выступил с заявлением и подчеркнул, что переговоры были полезными "
				+ "и что стороны встретятся снова весной. ";
		assertEquals(Optional.of("ru"), tag(russian.repeat(2) + "Делегация из города «Київ» также прибыла. " + russian.repeat(2)));
	}

	@Test
	void tellsNonLatinScriptsByScript() {
		assertEquals(Optional.of("ar"), tag("قال السفير إن ذكرى الضحايا ستبقى حية إلى الأبد."));
		assertEquals(Optional.of("el"), tag("Ο πρέσβης δήλωσε ότι η μνήμη των θυμάτων θα ζει για πάντα."));
	}

	@Test
	void namesAndNumbersGetNoLanguage() {
		assertEquals(Optional.empty(), tag("Khojaly 613 106 63 Baku 1992"));
		assertEquals(Optional.empty(), tag("Москва 1990 Баку"));
		assertEquals(Optional.empty(), tag(""));
	}
}
