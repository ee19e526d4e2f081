package extract

import "testing"

// TestLocatedPhrases checks where places, facilities and bodies are said
// to be, and whose part a body is, from the shape of a phrase
// (located.go), on sentences written for the test, with what must not
// come out.
func TestLocatedPhrases(t *testing.T) {
	checkPatterns(t, []patternCase{
		// a place described in apposition
		{"Rebels seized Goma, a town in North Kivu province, last week.", []string{"LOCATED_IN(Goma -> North Kivu)"}, nil},
		{"Troops entered Bakhmut, a small mining town in eastern Ukraine, on Monday.", []string{"LOCATED_IN(Bakhmut -> Ukraine)"}, nil},
		{"Troops shelled Kherson, a port city in southern Ukraine, overnight.", []string{"LOCATED_IN(Kherson -> Ukraine)"}, nil},
		{"Rebels seized Goma, a town near the border with Rwanda, last week.", nil, []string{"LOCATED_IN(Goma -> Rwanda)"}},
		{"Rebels seized Goma, a town that Rwanda's army once held, last week.", nil, []string{"LOCATED_IN(Goma -> Rwanda)"}},
		// each place of a list before "in" lies where the last one does
		{"Rebels shelled the villages of Kessa, Tovar and Ulma in Peru's Cusco region, the army said.",
			[]string{"LOCATED_IN(Kessa -> Peru)", "LOCATED_IN(Tovar -> Peru)", "LOCATED_IN(Ulma -> Peru)"}, nil},
		{"Envoys of Chile, Peru and Bolivia in Geneva signed the pact.", nil, []string{"LOCATED_IN(Chile -> Geneva)", "LOCATED_IN(Peru -> Geneva)"}},
		// a direction before the place, after "in" or a comma
		{"Strikes hit Rafah in southern Gaza on Monday.", []string{"LOCATED_IN(Rafah -> Gaza Strip)"}, nil},
		{"Troops raided Jenin in the northern West Bank.", []string{"LOCATED_IN(Jenin -> West Bank)"}, nil},
		{"The strike hit Khan Younis, southern Gaza, overnight.", []string{"LOCATED_IN(Khan Younis -> Gaza Strip)"}, nil},
		{"Envoys flew from Khan Younis, southern Gaza and Cairo.", nil, []string{"LOCATED_IN(Khan Younis -> Gaza Strip)"}},
		// a capital after a direction is the city, not its state
		{"Crowds gathered in Zamalek, central Cairo, on Friday.", []string{"LOCATED_IN(Zamalek -> Cairo)"}, []string{"LOCATED_IN(Zamalek -> Egypt)"}},
		{"Drones hit Kharkiv in eastern attacks.", nil, []string{"LOCATED_IN(Kharkiv -> Ukraine)"}},
		// a possessor owns the event a place modifies, not the place
		{"Ukraine's Kursk incursion surprised the generals.", nil, []string{"LOCATED_IN(Kursk -> Ukraine)"}},
		{"Israel's Gaza offensive went on for months.", nil, []string{"LOCATED_IN(Gaza Strip -> Israel)"}},
		{"Drones hit Russia's Kursk region overnight.", []string{"LOCATED_IN(Kursk region -> Russia)"}, nil},
		// an organization's headquarters in a place
		{"Protesters gathered outside Gazprom's headquarters in St Petersburg.", []string{"LOCATED_IN(Gazprom -> St. Petersburg)"}, nil},
		{"Protesters gathered outside Gazprom's offices in St Petersburg.", nil, []string{"LOCATED_IN(Gazprom -> St. Petersburg)"}},
		// a place set off by a comma and "in" where it lies
		{"Gunmen attacked a police post at Tangmarg, in Indian-administered Kashmir, on Sunday.", []string{"LOCATED_IN(Tangmarg -> Kashmir)"}, nil},
		{"Shells fell on Avdiivka, in the eastern Donetsk region, overnight.", []string{"LOCATED_IN(Avdiivka -> Donetsk)"}, nil},
		{"Rebels took Goma, in the disputed region of North Kivu, last year.", []string{"LOCATED_IN(Goma -> North Kivu)"}, nil},
		{"Talks in Geneva, in a room without windows, went on for hours.", nil, []string{"LOCATED_IN(Geneva -> Switzerland)"}},
		{"Troops left Kupiansk, near the border with Russia, on Monday.", nil, []string{"LOCATED_IN(Kupiansk -> Russia)"}},
		{"Kyiv, in a statement, said Russia had attacked.", nil, []string{"LOCATED_IN(Kyiv -> Russia)"}},
		{"Envoys met in Doha, in Qatar, and in Cairo.", []string{"LOCATED_IN(Doha -> Qatar)"}, nil},
		// a town on a sea or river; a facility "at" after a town "in"; "be in"
		{"Georgia will build a port at Anaklia on the Black Sea.", []string{"LOCATED_IN(Anaklia -> Black Sea)"}, nil},
		{"The Russian fleet on the Black Sea was hit.", nil, []string{"LOCATED_IN(Russia -> Black Sea)"}},
		{"Guards closed the Zueitina terminal on the Gulf of Sirte.", []string{"LOCATED_IN(Zueitina terminal -> Gulf of Sirte)"}, nil},
		{"Guards closed the Zawiya and Zueitina terminals on the Gulf of Sirte.",
			[]string{"LOCATED_IN(Zawiya terminal -> Gulf of Sirte)", "LOCATED_IN(Zueitina terminal -> Gulf of Sirte)"}, nil},
		{"Guards closed the Zueitina terminal on the Sirte Basin.", nil, []string{"LOCATED_IN(Zueitina terminal -> Sirte Basin)"}},
		{"Talks in Crimea on the Black Sea fleet stalled.", nil, []string{"LOCATED_IN(Crimea -> Black Sea)"}},
		{"The envoys met in Geneva at the Palais des Nations on Friday.", []string{"LOCATED_IN(Palais des Nations -> Geneva)"}, nil},
		{"The envoys flew from Geneva at dawn to the Palais des Nations.", nil, []string{"LOCATED_IN(Palais des Nations -> Geneva)"}},
		{"The Wagner Group is in Mali at the invitation of the junta.", []string{"LOCATED_IN(Wagner Group -> Mali)"}, nil},
		{"Sderot is in southern Israel.", []string{"LOCATED_IN(Sderot -> Israel)"}, nil},
		{"The Wagner Group is in talks with Mali.", nil, []string{"LOCATED_IN(Wagner Group -> Mali)"}},
		{"The Wagner Group is not in Mali.", nil, []string{"LOCATED_IN(Wagner Group -> Mali)"}},
		{"NATO is in Lebanon's interest.", nil, []string{"LOCATED_IN(NATO -> Lebanon)"}},
		// a participle of place without "be"
		{"The Wagner Group, based in St Petersburg, denied the report.", []string{"LOCATED_IN(Wagner Group -> St. Petersburg)"}, nil},
		{"A spokesman for Amnesty International, headquartered in London, said the trial was unfair.", []string{"LOCATED_IN(Amnesty International -> London)"}, nil},
		{"The Joint Monitoring Commission, led by Kenya and based in Juba, reported violations.", []string{"LOCATED_IN(Joint Monitoring Commission -> Juba)"},
			[]string{"LOCATED_IN(Kenya -> Juba)"}},
		{"Hamas leaders based in Qatar rejected the plan.", nil, []string{"LOCATED_IN(Hamas -> Qatar)"}},
		{"The Nordvik Institute, located in Geneva, denied the claim.", []string{"LOCATED_IN(Nordvik Institute -> Geneva)"}, nil},
		{"Envoys met on Monday. The Hmeimim Air Base is situated in Latakia province.", []string{"LOCATED_IN(Hmeimim Air Base -> Latakia)"}, nil},
		{"Police located the Nordvik Institute's files in Geneva.", nil, []string{"LOCATED_IN(Nordvik Institute -> Geneva)"}},
		{"Amnesty International based its report in London on witness accounts.", nil, []string{"LOCATED_IN(Amnesty International -> London)"}},
		// a place described as a possessor's place or as the capital of one
		{"Missiles hit Kharkiv, Ukraine's second-largest city, overnight.", []string{"LOCATED_IN(Kharkiv -> Ukraine)"}, nil},
		{"Shells hit Mariupol, Ukraine's southern port city.", []string{"LOCATED_IN(Mariupol -> Ukraine)"}, nil},
		{"Rebels entered Bukavu, Rwanda's biggest problem.", nil, []string{"LOCATED_IN(Bukavu -> Rwanda)"}},
		{"Rebels entered Bukavu, Rwanda's largest city's rival.", nil, []string{"LOCATED_IN(Bukavu -> Rwanda)"}},
		{"Rebels took Bukavu, capital of South Kivu province, in February.", []string{"LOCATED_IN(Bukavu -> South Kivu)"}, nil},
		{"Rebels took Bukavu, the capital of South Kivu, in February.", []string{"LOCATED_IN(Bukavu -> South Kivu)"}, nil},
		{"Envoys from Bukavu, capital markets and banks met.", nil, []string{"LOCATED_IN(Bukavu -> South Kivu)"}},
		// a place and the first-level division after a comma
		{"Ships docked at Groton, Connecticut, on Monday.", []string{"LOCATED_IN(Groton -> Connecticut)"}, nil},
		{"The yard in Barrow-in-Furness, England, will build the hulls.", []string{"LOCATED_IN(Barrow-in-Furness -> England)"}, nil},
		{"Storms hit Texas, California and Florida this week.", nil, []string{"LOCATED_IN(Texas -> California)"}},
		{"Envoys flew from Paris, London and Berlin to the talks.", nil, []string{"LOCATED_IN(Paris -> London)"}},
		{"Storms hit Groton, Connecticut and Vermont.", nil, []string{"LOCATED_IN(Groton -> Connecticut)"}},
		{"Storms hit Vermont, Groton, Connecticut and Maine.", nil, []string{"LOCATED_IN(Groton -> Connecticut)"}},
		{"Storms hit Groton, Connecticut, Vermont and Maine.", nil, []string{"LOCATED_IN(Groton -> Connecticut)"}},
		{"Ships docked at Groton, Connecticut, and Norfolk, Virginia.", []string{"LOCATED_IN(Groton -> Connecticut)"}, nil},
		// a division of a place
		{"Drones struck the Barmal district of Paktika province on Tuesday.", []string{"LOCATED_IN(Barmal district -> Paktika province)"}, nil},
		{"Ships crossed the Gulf of Oman on Tuesday.", nil, []string{"LOCATED_IN(Gulf of Oman -> Oman)"}},
		{"Troops raided the Nablus and Jenin areas of the northern West Bank.", []string{"LOCATED_IN(Nablus -> West Bank)", "LOCATED_IN(Jenin -> West Bank)"}, nil},
		{"Troops left the Donetsk region of Ukraine last year.", []string{"LOCATED_IN(Donetsk -> Ukraine)"}, nil},
		{"Talks moved from Doha to the city of Geneva.", nil, []string{"LOCATED_IN(Doha -> Geneva)"}},
		{"Envoys from Moscow and Kyiv met in the capital of Turkey.", nil, []string{"LOCATED_IN(Kyiv -> Turkey)", "LOCATED_IN(Moscow -> Turkey)"}},
		// a name ending in "of" and a country the article names
		{"Iran says talks will go on. Envoys met the head of the Atomic Energy Organization of Iran.",
			[]string{"PART_OF(Atomic Energy Organization of Iran -> Iran)"}, nil},
		{"Envoys met the head of the Atomic Energy Organization of Iran.", nil, []string{"PART_OF(Atomic Energy Organization of Iran -> Iran)"}},
		{"Israel struck Gaza. The Jerusalem Chronicle of Israel reported the strike.", nil, []string{"PART_OF(Jerusalem Chronicle of Israel -> Israel)"}},
		{"Rwanda denied it. The Democratic Forces for the Liberation of Rwanda attacked.", nil,
			[]string{"PART_OF(Democratic Forces for the Liberation of Rwanda -> Rwanda)"}},
		{"Iraq and Syria were hit. The Islamic State of Iraq and Syria claimed the attack.", nil,
			[]string{"LOCATED_IN(Islamic State -> Syria)", "PART_OF(Islamic State -> Syria)"}},
		// a name ending in "in" and a place the article names
		{"Afghanistan closed the border. The UN Assistance Mission in Afghanistan said civilians were killed.", []string{"LOCATED_IN(UNAMA -> Afghanistan)"}, nil},
		{"The IAEA has inspectors in Iran.", nil, []string{"LOCATED_IN(International Atomic Energy Agency -> Iran)"}},
		// "X in Y" past an acronym; a facility near a town
		{"The dispute is before the International Court of Justice (ICJ) in The Hague.", []string{"LOCATED_IN(International Court of Justice -> The Hague)"}, nil},
		{"American personnel operated from a drone base near Agadez until March.", []string{"LOCATED_IN(drone base -> Agadez)"}, nil},
		{"Workers walked out at the Azovstal steel plant outside Mariupol.", []string{"LOCATED_IN(Azovstal -> Mariupol)"}, nil},
		{"Drones struck the Shaibah air base at Basra on Sunday.", []string{"LOCATED_IN(Shaibah air base -> Basra)"}, nil},
		{"The Houthis attacked Abqaiq at dawn.", nil, []string{"LOCATED_IN(Abqaiq -> dawn)"}},
		{"The navy keeps the Berenice air base near the Red Sea.", nil, []string{"LOCATED_IN(Berenice air base -> Red Sea)"}},
		{"Russia massed troops near Ukraine.", nil, []string{"LOCATED_IN(Russia -> Ukraine)"}},
		// a town's noun and "of" before the town
		{"Rebels seized a drone base near the northern town of Gyumri on Monday.", []string{"LOCATED_IN(drone base -> Gyumri)"}, nil},
		{"The Wagner Group, based in the port city of Aden, denied the report.", []string{"LOCATED_IN(Wagner Group -> Aden)"}, nil},
		{"Drones hit the Zorya plant in the city of Mykolaiv.", []string{"LOCATED_IN(Zorya plant -> Mykolaiv)"}, nil},
		{"Rebels seized a drone base near the town hall of Gyumri.", nil, []string{"LOCATED_IN(drone base -> Gyumri)"}},
		// a place that is home to a body, facility or weapon
		{"Drones struck Tartus, home to Russia's Hmeimim Air Base, on Monday.", []string{"LOCATED_IN(Hmeimim Air Base -> Tartus)"}, nil},
		{"Qatar, which is home to the Al Udeid Air Base and the Qatar Foundation, said nothing.",
			[]string{"LOCATED_IN(Al Udeid Air Base -> Qatar)", "LOCATED_IN(Qatar Foundation -> Qatar)"}, nil},
		{"Envoys met on Monday. Mombasa is home to the Nordvik Institute.", []string{"LOCATED_IN(Nordvik Institute -> Mombasa)"}, nil},
		{"Envoys met on Monday. Berlin is no longer home to the Nordvik Institute.", nil, []string{"LOCATED_IN(Nordvik Institute -> Berlin)"}},
		{"Envoys met on Monday. The Nordvik Institute left its home in Berlin.", nil, []string{"LOCATED_IN(Nordvik Institute -> Berlin)"}},
		// a place after "in" in a "where" clause after a country or region
		{"Fighting spread to Georgia, another Caucasus state, where rebels held positions in the Pankisi Gorge.",
			[]string{"LOCATED_IN(Pankisi Gorge -> Georgia)"}, nil},
		{"Aid reached Goma, where officials in North Kivu met.", nil, []string{"LOCATED_IN(North Kivu -> Goma)"}},
		{"He fled to Georgia, where he lived in exile in the Pankisi Gorge.", nil, []string{"LOCATED_IN(Pankisi Gorge -> Georgia)"}},
		{"Talks moved to Georgia, where, in the Pankisi Gorge, envoys met.", nil, []string{"LOCATED_IN(Pankisi Gorge -> Georgia)"}},
		// a place described in apposition by a place that modifies its noun
		{"The dispute over Socotra, an Arabian Sea island that Yemen claims, grew.", []string{"LOCATED_IN(Socotra -> Arabian Sea)"}, nil},
		{"Shells hit Kramatorsk, a Donbas industrial city.", []string{"LOCATED_IN(Kramatorsk -> Donbas)"}, nil},
		{"Shells hit Kramatorsk, a Donbas steel maker's town.", nil, []string{"LOCATED_IN(Kramatorsk -> Donbas)"}},
		{"Shells hit Kramatorsk, a Donbas city's rival.", nil, []string{"LOCATED_IN(Kramatorsk -> Donbas)"}},
		// a description resolved to another state than the one the lexicon knows
		{"South Korea said the North tested the engine at the Yongbyon complex in the country's northwest.",
			nil, []string{"LOCATED_IN(Yongbyon nuclear complex -> South Korea)"}},
		{"North Korea tested the engine at the Yongbyon complex in the country's northwest.",
			[]string{"LOCATED_IN(Yongbyon nuclear complex -> North Korea)"}, nil},
		{"North Korea's agency said the test went well. South Korea said the convoy left the Yongbyon complex in the country's northwest.",
			[]string{"LOCATED_IN(Yongbyon nuclear complex -> North Korea)"}, []string{"LOCATED_IN(Yongbyon nuclear complex -> South Korea)"}},
		// a body described by its state in apposition
		{"Officials from QazaqGaz, Kazakhstan's national gas company, signed the deal.", []string{"PART_OF(QazaqGaz -> Kazakhstan)"}, nil},
		// a business its state does not own lies in it (firm_nouns, firm_state_marks)
		{"Officials from Baltic Star Holdings, a Latvian shipping company, signed the deal.", []string{"LOCATED_IN(Baltic Star Holdings -> Latvia)"}, []string{"PART_OF(Baltic Star Holdings -> Latvia)"}},
		{"Officials from Baltic Star Holdings, Latvia's largest shipping firm, signed the deal.", []string{"LOCATED_IN(Baltic Star Holdings -> Latvia)"}, []string{"PART_OF(Baltic Star Holdings -> Latvia)"}},
		{"Officials from Baltic Star Holdings, Latvia's state shipping firm, signed the deal.", []string{"PART_OF(Baltic Star Holdings -> Latvia)"}, nil},
		// a reduced relative clause after the description
		{"Nordvik Marine, the Danish contractor laying the cable, has two ships idle.", []string{"LOCATED_IN(Nordvik Marine -> Denmark)"}, nil},
		{"Nordvik Marine, a Danish firm hired by the navy, has two ships idle.", []string{"LOCATED_IN(Nordvik Marine -> Denmark)"}, nil},
		{"Nordvik Marine, the Danish contractor's partner, has two ships idle.", nil, []string{"LOCATED_IN(Nordvik Marine -> Denmark)"}},
		{"Officials from Baltic Star Holdings, a Latvian shipping company's rival, signed the deal.", nil, []string{"PART_OF(Baltic Star Holdings -> Latvia)"}},
		{"Officials from QazaqGaz, Kazakhstan's partner, signed the deal.", nil, []string{"PART_OF(QazaqGaz -> Kazakhstan)"}},
		// a company known to the lexicon after a state's possessive lies in
		// the state; a state's body stays its part
		{"The deal leaves Italy's Eni and Gazprom facing losses.", []string{"LOCATED_IN(Eni -> Italy)"}, []string{"PART_OF(Eni -> Italy)"}},
		{"The deal was signed by Italy's foreign ministry.", []string{"PART_OF(Italy's foreign ministry -> Italy)"}, nil},
		{"QazaqGaz signed the deal with Kazakhstan's national gas company.", nil, []string{"PART_OF(QazaqGaz -> Kazakhstan)"}},
		{"Officials from Baltic Star Holdings, a state-owned Latvian shipping firm, signed the deal.", []string{"PART_OF(Baltic Star Holdings -> Latvia)"}, nil},
		{"Officials from Baltic Star Holdings, the Latvian state gas company in which Gazprom holds a stake, signed the deal.", []string{"PART_OF(Baltic Star Holdings -> Latvia)"}, nil},
		{"Officials from Baltic Star Holdings, the Latvian state gas company's biggest rival, signed the deal.", nil, []string{"PART_OF(Baltic Star Holdings -> Latvia)"}},
		{"Baltic Star Holdings sold gas to a state-owned Latvian shipping firm.", nil, []string{"PART_OF(Baltic Star Holdings -> Latvia)"}},
		// a place's name (or a capital) before a description and a name
		{"The flight was paid for by Geneva charity Nordvik Aid Foundation.", []string{"LOCATED_IN(Nordvik Aid Foundation -> Geneva)"}, nil},
		{"Beirut daily Al-Akhbar reported the talks.", []string{"LOCATED_IN(Al-Akhbar -> Lebanon)"}, []string{"PART_OF(Al-Akhbar -> Lebanon)"}},
		{"The Nordvik Group, a Geneva non-profit, paid for the flight.", []string{"LOCATED_IN(Nordvik Group -> Geneva)"}, nil},
		{"The Nordvik Group, a Geneva non-profit's donor, paid for the flight.", nil, []string{"LOCATED_IN(Nordvik Group -> Geneva)"}},
		{"Envoys in Geneva met Nordvik Group officials.", nil, []string{"LOCATED_IN(Nordvik Group -> Geneva)"}},
		// a body every state has, written with its state
		{"Ukraine's military intelligence said drones struck the plant.", []string{"PART_OF(Ukraine's military intelligence -> Ukraine)"}, nil},
		{"Military intelligence officers said drones struck the plant.", nil, []string{"PART_OF(military intelligence -> Ukraine)"}},
		// a named body owned by a named organization
		{"CARICOM's Eminent Persons Group will meet the council.", []string{"PART_OF(Eminent Persons Group -> CARICOM)"}, nil},
		{"NATO's Jens Stoltenberg met the council.", nil, []string{"PART_OF(Jens Stoltenberg -> NATO)"}},
		{"Turkey's parliament met on Tuesday. The parliament's Foreign Affairs Committee approved the bill.",
			[]string{"PART_OF(Foreign Affairs Committee -> Grand National Assembly of Turkey)"}, nil},
		{"Turkey's parliament met on Tuesday. The parliament's speaker Numan Kurtulmus approved the bill.",
			nil, []string{"PART_OF(Numan Kurtulmus -> Grand National Assembly of Turkey)"}},
		{"The Kestrel Union will convene its Permanent Council on Monday.", []string{"PART_OF(Permanent Council -> Kestrel Union)"}, nil},
		{"Chile said its NATO allies would help.", nil, []string{"PART_OF(NATO -> Chile)"}},
		{"The Central Committee of the ruling Kestrel Party met on Monday.", []string{"PART_OF(Central Committee -> Kestrel Party)"}, nil},
		{"Protesters gathered outside the embassy of Chile in Lima.", []string{"LOCATED_IN(embassy of Chile -> Lima)", "PART_OF(embassy of Chile -> Chile)"}, nil},
		{"The Foreign Ministry of Chile in a statement condemned Peru.", nil, []string{"LOCATED_IN(Foreign Ministry of Chile -> Peru)"}},
		{"The Kestrel Party won. The Central Committee of the ruling party met on Monday.", nil, []string{"PART_OF(Central Committee -> Kestrel Party)"}},
		{"The board of Baltic Star Holdings met. Baltic Star Holdings' parent company Nordvik Group won the contract.",
			nil, []string{"PART_OF(Nordvik Group -> Baltic Star Holdings)"}},
		// a body in apposition as a part of a named organization
		{"Baltic Star Holdings, a Nordvik Group subsidiary, signed the deal.", []string{"PART_OF(Baltic Star Holdings -> Nordvik Group)"}, nil},
		{"Baltic Star Holdings, a Nordvik Group subsidiary's rival, signed the deal.", nil, []string{"PART_OF(Baltic Star Holdings -> Nordvik Group)"}},
		{"Baltic Star Holdings, a Nordvik Group breakaway subsidiary, signed the deal.", nil, []string{"PART_OF(Baltic Star Holdings -> Nordvik Group)"}},
		// a part described by its whole's possessive; a whole, a part noun and the part's name
		{"The Nordvik Brigades, Hamas's armed wing, fired rockets.", []string{"PART_OF(Nordvik Brigades -> Hamas)"}, nil},
		{"The Nordvik Brigades, Hamas's armed wing's rivals, fired rockets.", nil, []string{"PART_OF(Nordvik Brigades -> Hamas)"}},
		{"Hezbollah, Iran's proxy force, fired rockets.", nil, []string{"PART_OF(Hezbollah -> Iran)"}},
		{"Gazprom subsidiary Moldovagaz stopped payments.", []string{"PART_OF(Moldovagaz -> Gazprom)"}, nil},
		{"Gazprom unit chief Alexei Miller spoke.", nil, []string{"PART_OF(Alexei Miller -> Gazprom)"}},
		{"The Wagner Group, now part of Russia's defence ministry, left Mali.", []string{"PART_OF(Wagner Group -> Russian Defence Ministry)"}, nil},
		// a body owned, run or overseen by another
		{"Envoys met on Monday. Nordvik Shipping is owned by the Acme Group.", []string{"PART_OF(Nordvik Shipping -> Acme Group)"}, nil},
		{"Envoys met on Monday. The Nordvik Fund is under the aegis of the Acme Group.", []string{"PART_OF(Nordvik Fund -> Acme Group)"}, nil},
		{"Nordvik Shipping, which is wholly owned by Norway, won the contract.", []string{"PART_OF(Nordvik Shipping -> Norway)"}, nil},
		{"Envoys met on Monday. Nordvik Shipping is not owned by the Acme Group.", nil, []string{"PART_OF(Nordvik Shipping -> Acme Group)"}},
		{"Envoys met on Monday. Nordvik Shipping was attacked by the Acme Group.", nil, []string{"PART_OF(Nordvik Shipping -> Acme Group)"}},
		// an international body's unnamed sub-body is one name with it
		{"The UN Verification Mission in Colombia sits on the panel.",
			[]string{"PART_OF(UN Verification Mission -> United Nations)", "LOCATED_IN(UN Verification Mission -> Colombia)"}, nil},
		{"NATO Secretary General Mark Rutte met the council.", nil, []string{"PART_OF(Mark Rutte -> NATO)"}},
		{"The UN Security Council met on Monday.", []string{"PART_OF(United Nations Security Council -> United Nations)"}, nil},
		{"NATO's warning to Russia was clear.", nil, []string{"PART_OF(Russia -> NATO)"}},
		// a place's noun, after a direction too, and "of" before the place: the thing lies in the place named
		{"Militias burned Kelbar, a village in the northern province of Ostravia, last spring.", []string{"LOCATED_IN(Kelbar -> Ostravia)"}, nil},
		{"The convoy reached the hamlet of Darnik in the eastern region of Velhonia before dusk.", []string{"LOCATED_IN(Darnik -> Velhonia)"}, nil},
		{"A transport plane left the town of Chivaro in the central district of Pelagonia at noon.", []string{"LOCATED_IN(Chivaro -> Pelagonia)"}, nil},
		{"The Norvel refinery, based in the southern province of Marvesk, halted output.", []string{"LOCATED_IN(Norvel refinery -> Marvesk)"}, nil},
		{"The envoys met in Darnik in the north of Velhonia.", nil, []string{"LOCATED_IN(Darnik -> Velhonia)"}},
		{"Kelbar, a village in the northern province's capital, was shelled.", nil, []string{"LOCATED_IN(Kelbar -> Ostravia)"}},
		// a direction between a place preposition and an unknown name: a region of the place
		{"Troops left Darnik in western Kalvaria overnight.", []string{"LOCATED_IN(Darnik -> Kalvaria)"}, nil},
	})
}

// TestPlaceAfterDirection checks that a name no lexicon knows after a
// place preposition and a lower-case direction is a place ("in western
// Kalvaria"), and that a direction before a modifier makes none.
func TestPlaceAfterDirection(t *testing.T) {
	for _, tt := range []struct {
		text      string
		want, not []string
	}{
		{"Aid convoys moved across southern Vorland for a week.", []string{"Location:Vorland"}, nil},
		{"Floods cut the roads in northern Tessary and Dumbria.", []string{"Location:Tessary"}, nil},
		{"Voters in southern Democratic strongholds stayed home.", nil, []string{"Location:Democratic"}},
		{"The report on eastern Kalvaria was delayed.", nil, []string{"Location:Kalvaria"}},
	} {
		checkEntities(t, tt.text, tt.want, tt.not)
	}
}

// TestLexiconPlaceNotStated checks that a body's lexicon country is not
// stated by a country that only a place's gazetteer entry implies, nor for
// an agency credited in a dateline.
func TestLexiconPlaceNotStated(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"A FARC splinter group attacked a police station in Cauca last week.", nil, []string{"LOCATED_IN(FARC -> Colombia)"}},
		{"FARC fighters attacked a police station in Colombia last week.", []string{"LOCATED_IN(FARC -> Colombia)"}, nil},
		{"ASTANA, July 2 (Xinhua) -- Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev on Tuesday.",
			nil, []string{"LOCATED_IN(Xinhua -> China)"}},
		{"China's Xinhua news agency said Xi Jinping met Kassym-Jomart Tokayev on Tuesday.", []string{"LOCATED_IN(Xinhua -> China)"}, nil},
	})
}

// TestSettingNotLocation checks that a place that is an event's setting
// does not locate the body named in the event.
func TestSettingNotLocation(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The treaty covers attacks on Israeli armed forces in Lebanon.", nil, []string{"LOCATED_IN(Israeli armed forces -> Lebanon)"}},
		{"Leaders attended a summit of the African Union in Niamey on Sunday.", nil, []string{"LOCATED_IN(African Union -> Niamey)"}},
		{"A meeting of the G7 in Hiroshima agreed on sanctions.", nil, []string{"LOCATED_IN(G7 -> Hiroshima)"}},
		{"The conference, hosted by the European Union in Brussels, raised $1 billion.", nil, []string{"LOCATED_IN(European Union -> Brussels)"}},
		{"The World Food Programme in Yemen warned of famine.", []string{"LOCATED_IN(World Food Programme -> Yemen)"}, nil},
		{"US envoys held talks with the Taliban in Doha on Monday.", nil, []string{"LOCATED_IN(Taliban -> Doha)"}},
		{"Egypt met with Hamas in Cairo.", nil, []string{"LOCATED_IN(Hamas -> Cairo)"}},
		{"Hamas leaders met the Egyptian intelligence service in Cairo.", nil, []string{"LOCATED_IN(Egyptian General Intelligence Service -> Cairo)"}},
		{"Rebels attacked the Congolese army in Goma last week.", nil, []string{"LOCATED_IN(FARDC -> Goma)"}},
		{"The army resumed offensive operations against the Nordvik Liberation Front in Cauca.", nil, []string{"LOCATED_IN(Nordvik Liberation Front -> Cauca)"}},
		{"Iran backs Hezbollah in Lebanon.", []string{"LOCATED_IN(Hezbollah -> Lebanon)"}, nil},
		// a later conjunct of the met object, or a body after a staff noun's "of"
		{"The envoy met Hamas and the Egyptian intelligence service in Cairo.", nil,
			[]string{"LOCATED_IN(Egyptian General Intelligence Service -> Cairo)", "LOCATED_IN(Hamas -> Cairo)"}},
		{"The envoy met representatives of Hezbollah in Cairo.", nil, []string{"LOCATED_IN(Hezbollah -> Cairo)"}},
		{"Iran backs Hamas and Hezbollah in Lebanon.", []string{"LOCATED_IN(Hezbollah -> Lebanon)"}, nil},
		// a body named by its premises or post stays where "in" puts it,
		// whatever the verb (premisesNamed), past a name's closing quote
		{"Protesters stormed the Chilean Embassy in Lima on Friday.", []string{"LOCATED_IN(Chilean Embassy -> Lima)"}, nil},
		{"Peru had no contact with the Bolivian consulate in Arica about the case.", []string{"LOCATED_IN(Bolivian consulate -> Arica)"}, nil},
		{"Envoys met the Kestrel Trade Office in Tacna to discuss tariffs.", []string{"LOCATED_IN(Kestrel Trade Office -> Tacna)"}, nil},
		{"Chile let Peru open a \"Peruvian Trade Office\" in Arica last year.", []string{"LOCATED_IN(Peruvian Trade Office -> Arica)"}, nil},
		{"Gunmen fired on the Colombian embassy in Quito overnight.", []string{"LOCATED_IN(Colombian embassy -> Quito)"}, nil},
		{"Rebels attacked the Vornian Liberation Army in Cusco.", nil, []string{"LOCATED_IN(Vornian Liberation Army -> Cusco)"}},
		// an outlet told something "in" a place: where the words were
		// given (outletTold); the outlet still quotes, and one not told
		// anything, or a body told, stays where "in" puts it
		{"Ana Soto told Reuters in Lima that talks would resume.",
			[]string{"QUOTES(Reuters -> Ana Soto)"}, []string{"LOCATED_IN(Reuters -> Lima)"}},
		{"\"We will not yield,\" Luis Vega told the Kestrel Herald in Quito.",
			[]string{"QUOTES(Kestrel Herald -> Luis Vega)"}, []string{"LOCATED_IN(Kestrel Herald -> Quito)"}},
		{"The foreign minister told the daily Kestrel Herald in Arica on Monday that the border would reopen.", nil,
			[]string{"LOCATED_IN(Kestrel Herald -> Arica)"}},
		{"The Kestrel Herald in Lima reported the clashes.", []string{"LOCATED_IN(Kestrel Herald -> Lima)"}, nil},
		{"Ana Soto told the Senate in Lima that the border was shut.", []string{"LOCATED_IN(Senate -> Lima)"}, nil},
	})
}

// TestFacilityAbroad checks that a facility whose owner is a state but
// which is said to lie in or at a place of another state is not placed in
// its owner ("the Turkish base in Somalia"), while a place of the owner's
// own state or an unknown one leaves the owner's LOCATED_IN (a base "at"
// a place is named by it, no facility of its own); and that a
// hyphenated compass point ("north-west") is a direction before a place.
func TestFacilityAbroad(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Turkey reinforced the Turkish base in Somalia with new troops.",
			[]string{"LOCATED_IN(Turkish base -> Somalia)"}, []string{"LOCATED_IN(Turkish base -> Turkey)"}},
		{"Tajikistan closed the American air base at Kulob, which American jets had used.",
			nil, []string{"LOCATED_IN(American air base -> Kulob)", "LOCATED_IN(American air base -> United States)"}}, // the base at Kulob is Kulob
		{"Inspectors toured Iran's Bushehr plant in southern Iran.",
			[]string{"LOCATED_IN(Bushehr nuclear power plant -> Iran)"}, nil},
		{"The minister flew to the Kestrel Naval Station in north-west Iceland.",
			[]string{"LOCATED_IN(Kestrel Naval Station -> Iceland)"}, nil},
	})
}

// TestPlaceAdjectiveOf checks that a place written as its adjective
// before a place noun and "of" holds the place after "of": "the
// Patagonian enclave of Puerto Zorro" lies in Patagonia, not the reverse.
func TestPlaceAdjectiveOf(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Troops flew in from Chile's Patagonian enclave of Puerto Zorro.",
			[]string{"LOCATED_IN(Puerto Zorro -> Patagonia)"}, []string{"LOCATED_IN(Patagonia -> Puerto Zorro)"}},
		{"Troops flew in from the North African enclave of Melilla.",
			[]string{"LOCATED_IN(Melilla -> North Africa)"}, []string{"LOCATED_IN(North Africa -> Melilla)"}},
	})
}

// TestLocalBody checks that a town named as a place and opening the name
// of a town's body (words.yaml local_body_heads) is where the body sits,
// and that a body named for a town it does not serve is not placed there.
func TestLocalBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Police in Lyon arrested two men on Monday. The Lyon City Council condemned the attack.",
			[]string{"LOCATED_IN(Lyon City Council -> Lyon)"}, nil},
		{"A court in Harbin heard the case. The Harbin Intermediate People's Court said the verdict was final.",
			[]string{"LOCATED_IN(Harbin Intermediate People's Court -> Harbin)"}, nil},
		{"Creditors met in Paris. The Paris Club agreed to cut the debt of Peru.",
			nil, []string{"LOCATED_IN(Paris Club -> Paris)"}},
	})
}

// TestDeniedThingNotLocated checks that a thing described with "a" after
// a negation or under a denial lies nowhere, while the same thing stated
// (or merely expected) still lies in its place.
func TestDeniedThingNotLocated(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto said the pact would not lead to a Chinese military base in Peru.", nil,
			[]string{"LOCATED_IN(Chinese military base -> Peru)"}},
		{"Bolivia denied plans for a Chinese naval base in Tacna.", nil, []string{"LOCATED_IN(Chinese naval base -> Tacna)"}},
		{"Chile never had a naval base in Arica.", nil, []string{"LOCATED_IN(naval base -> Arica)"}},
		{"China has a military base in Djibouti.", []string{"LOCATED_IN(military base -> Djibouti)"}, nil},
		{"The pact would lead to a Russian naval base in Ecuador.", []string{"LOCATED_IN(Russian naval base -> Ecuador)"}, nil},
	})
}

// TestPresenceIn checks that an organization written as the possessor of
// a noun of being somewhere, with "in" or "at" a place after it, lies in
// that place (presenceIn); not a state, not a pronoun's owner, not
// premises, not a presence noun that no place follows.
func TestPresenceIn(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Officials in Lima said Hezbollah's operations in Syria and Yemen would go on.",
			[]string{"LOCATED_IN(Hezbollah -> Syria)", "LOCATED_IN(Hezbollah -> Yemen)"}, nil},
		{"Analysts expect the Wagner Group's remaining bases at Tarvo to close.",
			[]string{"LOCATED_IN(Wagner Group -> Tarvo)"}, nil},
		{"The talks ended after the Taliban's fighters in Helmand refused the deal.",
			[]string{"LOCATED_IN(Taliban -> Helmand)"}, nil},
		// a state lies in no place
		{"Moscow said Russia's troops in Syria would stay.", nil, []string{"LOCATED_IN(Russia -> Syria)"}},
		// a pronoun's owner is too often another body's
		{"The African Union asked the coalition to end its presence in Somalia.", nil,
			[]string{"LOCATED_IN(African Union -> Somalia)"}},
		// no place after the noun
		{"Hezbollah's fighters in the south fired rockets at Israel.", nil, []string{"LOCATED_IN(Hezbollah -> Israel)"}},
		{"Hamas's operations chief met envoys in Doha.", nil, []string{"LOCATED_IN(Hamas -> Doha)"}},
	})
}

// TestPlaceEpithetsSeatsAndBases checks three readings of where a thing
// is: an epithet of place read past as a direction is ("in the
// neighbouring Amhara region"), an organization's headquarters after
// "whose" or before a form of "be", a weapon system or list of
// facilities "based at" or "in" a place; with what must not come out.
func TestPlaceEpithetsSeatsAndBases(t *testing.T) {
	checkPatterns(t, []patternCase{
		// an epithet of place between "in the" and the place
		{"Drones struck depots near Herat and Farah in the neighbouring Nimruz province.",
			[]string{"LOCATED_IN(Herat -> Nimruz province)", "LOCATED_IN(Farah -> Nimruz province)"}, nil},
		{"Militants shelled Kandahar in the restive Helmand province overnight.", []string{"LOCATED_IN(Kandahar -> Helmand)"}, nil},
		{"Envoys met in Lyon in the disputed talks on Germany's budget.", nil, []string{"LOCATED_IN(Lyon -> Germany)"}},
		{"Envoys from Kandahar in the neighbouring talks with Iran flew home.", nil, []string{"LOCATED_IN(Kandahar -> Iran)"}},
		// an organization's headquarters after "whose", or with "be"
		{"The Arab League, whose headquarters are in Cairo, has yet to meet.", []string{"LOCATED_IN(Arab League -> Cairo)"}, nil},
		{"The African Union, whose headquarters is in Addis Ababa, said nothing.", []string{"LOCATED_IN(African Union -> Addis Ababa)"}, nil},
		{"Gazprom's headquarters are in St Petersburg.", []string{"LOCATED_IN(Gazprom -> St. Petersburg)"}, nil},
		{"The Arab League, whose chief was in Cairo, met on Monday.", nil, []string{"LOCATED_IN(Arab League -> Cairo)"}},
		{"The Arab League, whose headquarters staff in Cairo went on strike, met.", nil, []string{"LOCATED_IN(Arab League -> Cairo)"}},
		// a weapon system based at or in a place; a list of facilities before "in"
		{"Twelve Tornado jets based at Kandahar flew the mission.", []string{"LOCATED_IN(Panavia Tornado -> Kandahar)"}, nil},
		{"The Iskander missiles, based at Kaliningrad, worry Vilnius.", []string{"LOCATED_IN(Iskander -> Kaliningrad)"}, nil},
		{"Russian Iskander missiles based in Kaliningrad worry the region.", []string{"LOCATED_IN(Iskander -> Kaliningrad)"}, nil},
		{"The decision on the Iskander missiles was based in part on reports from Kaliningrad.", nil, []string{"LOCATED_IN(Iskander -> Kaliningrad)"}},
		{"The tankers flew from RAF Kestrel and RAF Vorka in Scotland before dawn.",
			[]string{"LOCATED_IN(RAF Kestrel -> Scotland)", "LOCATED_IN(RAF Vorka -> Scotland)"}, nil},
		{"Envoys of Chile, Peru and Bolivia in Geneva signed the pact.", nil, []string{"LOCATED_IN(Chile -> Geneva)"}},
	})
}
