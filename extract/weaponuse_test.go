package extract

import "testing"

// TestWeaponUse checks the weapons an attack names: a weapon inside the
// attack phrase is the attacker's deployment, an attacking weapon owned by
// an actor makes the owner deploy it and attack its targets (every demonym
// coordinated before the weapon's noun is an owner, and so is an actor
// named after "of"); attacked weapons were deployed by their owner; a maker's
// weapon, a negated attack and an attacker only named after "of" state no
// deployment.
func TestWeaponUse(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Hamas fired rockets at Israel on Sunday.", []string{"DEPLOYS(Hamas -> rockets)", "ATTACKS(Hamas -> Israel)"}, nil},
		{"Russian warplanes bombed Gori overnight.", []string{"DEPLOYS(Russia -> warplanes)", "ATTACKS(Russia -> Gori)", "ATTACKS(warplanes -> Gori)"}, nil},
		{"Iran's drones struck Erbil on Monday.", []string{"DEPLOYS(Iran -> drones)", "ATTACKS(Iran -> Erbil)"}, nil},
		{"U.S.-made missiles hit Gori.", []string{"ATTACKS(missiles -> Gori)"}, []string{"DEPLOYS(United States -> missiles)", "ATTACKS(United States -> Gori)"}},
		{"Russian warplanes did not bomb Gori.", nil, []string{"DEPLOYS(Russia -> warplanes)", "ATTACKS(Russia -> Gori)"}},
		{"Supporters of Hezbollah fired rockets at Israel.", nil, []string{"DEPLOYS(Hezbollah -> rockets)"}},
		{"A Russian drone strike on Kherson killed two.", []string{"DEPLOYS(Russia -> drones)", "ATTACKS(Russia -> Kherson)"}, nil},
		{"A U.S.-made missile strike on Gori killed two.", nil, []string{"ATTACKS(United States -> Gori)"}},
		{"Russian and Syrian warplanes bombed Gori overnight.", []string{"DEPLOYS(Russia -> warplanes)", "DEPLOYS(Syria -> warplanes)", "ATTACKS(Syria -> Gori)", "ATTACKS(Russia -> Gori)"}, nil},
		{"American, British, and French warships fired missiles at Syrian radar sites.",
			[]string{"DEPLOYS(United States -> warships)", "DEPLOYS(United Kingdom -> warships)", "DEPLOYS(France -> warships)", "ATTACKS(France -> radar sites)"}, nil},
		{"The drones of the Houthi movement hit a Saudi oil terminal.", []string{"DEPLOYS(Houthis -> drones)", "ATTACKS(Houthis -> Saudi oil terminal)"}, nil},
		{"Israeli jets struck the rockets and drones of Hezbollah near Tyre.",
			[]string{"ATTACKS(Israel -> Hezbollah)", "DEPLOYS(Hezbollah -> rockets)", "DEPLOYS(Hezbollah -> drones)"}, []string{"DEPLOYS(Israel -> rockets)"}},
		{"Israel did not strike the tanks of Hezbollah.", nil, []string{"DEPLOYS(Hezbollah -> tanks)"}},
		{"The missiles of North Korea worry Japan.", nil, []string{"DEPLOYS(North Korea -> missiles)"}},
		{"Russian jets and Turkish drones struck Idlib.", []string{"DEPLOYS(Turkey -> drones)"}, []string{"DEPLOYS(Russia -> drones)"}},
		// a weapon with no owner of its own after an owned one shares its owner
		{"Peruvian tanks and artillery shelled Tacna on Tuesday.",
			[]string{"DEPLOYS(Peru -> tanks)", "DEPLOYS(Peru -> artillery)", "ATTACKS(Peru -> Tacna)"}, nil},
		{"Peruvian tanks and rebel artillery shelled Tacna on Tuesday.", nil, []string{"DEPLOYS(Peru -> artillery)"}},
		{"Tanks and artillery shelled Tacna on Tuesday.", nil, []string{"DEPLOYS(Peru -> artillery)"}},
		// a named model's class noun ("attack aircraft") is no attack cue and
		// does not end the list of attackers
		{"Peruvian Su-24 attack aircraft and Mi-28 helicopter gunships bombed rebel camps near Tacna.",
			[]string{"DEPLOYS(Peru -> Su-24)", "DEPLOYS(Peru -> Mi-28)", "ATTACKS(Su-24 -> Tacna)", "ATTACKS(Mi-28 -> Tacna)"}, nil},
		{"Chilean F-16 strike fighters and Mi-24 gunships hit the port of Arica.",
			[]string{"DEPLOYS(Chile -> F-16)", "DEPLOYS(Chile -> Mi-24)", "ATTACKS(F-16 -> Arica)"}, nil},
		{"Ukrainian drones attacked tanks near Kherson.", []string{"DEPLOYS(Ukraine -> drones)"}, nil},
		{"Peruvian Su-25 attack aircraft and rebel Mi-24 gunships hit Tacna.", nil, []string{"DEPLOYS(Peru -> Mi-24)"}},
	})
}

// TestAimedWeaponsAt checks that a launched weapon followed by "at",
// "into" or "toward" attacks what follows (past a direction word or a
// demonym before the target's noun: "at Serbian radar sites"), and so
// does every member of the launcher's coordinated subject; a weapon that
// is not launched, or only could be, attacks nothing.
func TestAimedWeaponsAt(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Houthis launched drones at Saudi Arabia.", []string{"ATTACKS(Houthis -> Saudi Arabia)", "ATTACKS(drones -> Saudi Arabia)"}, nil},
		{"Hezbollah fired dozens of rockets into northern Israel.", []string{"ATTACKS(Hezbollah -> Israel)"}, nil},
		{"American and British warships fired more than 100 cruise missiles at Libya.",
			[]string{"ATTACKS(United States -> Libya)", "ATTACKS(United Kingdom -> Libya)"}, nil},
		{"France fired more than 40 cruise missiles at Serbian radar sites near Nis.",
			[]string{"ATTACKS(France -> radar sites)", "ATTACKS(cruise missiles -> radar sites)"}, nil},
		{"France could fire more than 40 cruise missiles at Serbian radar sites.", nil, []string{"ATTACKS(France -> radar sites)"}},
		{"North Korea could fire missiles at Japan.", nil, []string{"ATTACKS(North Korea -> Japan)"}},
		{"Poland pointed its radars at Belarus.", nil, []string{"ATTACKS(Poland -> Belarus)"}},
	})
}

// TestAttackArgumentFalsePositives checks three wrong arguments of
// attacks: "that" opening a reported clause with its own object is no
// object relative (the place before it is not attacked), a named place
// inside a CAMEO phrase is the verb's object (not whatever follows
// "with"), and a description with a place after "outside" names no target.
func TestAttackArgumentFalsePositives(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"A general told reporters in Moscow that Georgian artillery had shelled Russian positions.", nil,
			[]string{"ATTACKS(artillery -> Moscow)", "ATTACKS(Georgia -> Moscow)"}},
		{"Hezbollah, the militia that Iran arms, fired rockets.", []string{"SUPPLIES(Iran -> Hezbollah)"}, nil},
		{"Russia struck Odesa with the help of Belarus.", []string{"ATTACKS(Russia -> Odesa)"}, []string{"ATTACKS(Russia -> Belarus)"}},
		{"Russian warplanes bombed the port of Poti and the air base outside Tbilisi.", []string{"ATTACKS(warplanes -> Poti)"}, []string{"ATTACKS(warplanes -> Tbilisi)", "ATTACKS(Russia -> Tbilisi)"}},
	})
}

// TestSentToStrike checks "sent X to strike Y": the list of what was sent
// ends at the infinitive, and weapons of an actor after "of" make the
// actor the one struck; a plain list of weapons stays deployed.
func TestSentToStrike(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russia sent jets to strike the tanks of the Georgian army.", []string{"ATTACKS(Russia -> Georgia)"}, []string{"DEPLOYS(Russia -> tanks)"}},
		{"Britain sent Typhoon jets to bomb the drones and rockets of the Syrian army.",
			[]string{"DEPLOYS(United Kingdom -> Eurofighter Typhoon)"}, []string{"DEPLOYS(United Kingdom -> drones)", "DEPLOYS(United Kingdom -> rockets)"}},
		{"Russia deployed missiles and radars in Belarus.", []string{"DEPLOYS(Russia -> missiles)", "DEPLOYS(Russia -> radar)"}, nil},
	})
}

// TestNamedWeaponOf checks that a named model, past its class noun, is
// owned by the force named after "of", which deploys it and attacks with
// it; no owner when no actor's name follows.
func TestNamedWeaponOf(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"F-16 jets of the Chilean Air Force bombed Tacna on Monday.",
			[]string{"DEPLOYS(Chilean Air Force -> F-16)", "ATTACKS(Chilean Air Force -> Tacna)"}, nil},
		{"Mirage fighters of the Peruvian Navy shelled Arica.",
			[]string{"DEPLOYS(Peruvian Navy -> Mirage 2000)", "ATTACKS(Peruvian Navy -> Arica)"}, nil},
		{"F-16 jets of American design bombed Tacna.", nil, []string{"ATTACKS(United States -> Tacna)", "DEPLOYS(United States -> F-16)"}},
	})
}

// TestWeaponsUsing checks that a weapon after "using" is deployed by the
// attacker of an attack verb or by the one who claims carrying out an
// attack; an attack it only reports or a weapon after "with" states no
// deployment.
func TestWeaponsUsing(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Houthis attacked the tanker using drones.", []string{"DEPLOYS(Houthis -> drones)"}, nil},
		{"A Hamas spokesman said the group had carried out the attack using rockets.", []string{"DEPLOYS(Hamas -> rockets)"}, nil},
		{"Hamas said the attack used rockets from Iran.", nil, []string{"DEPLOYS(Hamas -> rockets)"}},
		{"Hamas denied that it had carried out the attack using rockets.", nil, []string{"DEPLOYS(Hamas -> rockets)"}},
	})
}

// TestLaunchedLists checks lists around a launching verb: every weapon of
// a coordination launched at a target attacks it, and what follows the
// aim word is no launched weapon; weapons only intercepted attack nothing.
func TestLaunchedLists(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Iran launched missiles and drones at Israel.",
			[]string{"ATTACKS(Iran -> Israel)", "ATTACKS(missiles -> Israel)", "ATTACKS(drones -> Israel)"}, nil},
		{"The United States fired cruise missiles at air-defence sites near Tripoli.", []string{"DEPLOYS(United States -> cruise missiles)"}, []string{"DEPLOYS(United States -> air defence system)"}},
		{"Israel intercepted missiles and drones aimed at Tel Aviv.", nil, []string{"ATTACKS(Israel -> Israel)", "ATTACKS(missiles -> Tel Aviv)"}},
	})
}

// TestDemonymTargets checks that a demonym before a military post or unit
// ("Ukrainian positions", "Russian peacekeepers", "U.S. bases") makes the
// country the target of an attack, and that a demonym before another noun
// does not.
func TestDemonymTargets(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russia's forces struck Ukrainian positions.", []string{"ATTACKS(Russia -> Ukraine)"}, nil},
		{"Georgian artillery shelled Russian peacekeepers.", []string{"ATTACKS(Georgia -> Russia)"}, nil},
		{"Israel conducted strikes on Iranian air defences.", []string{"ATTACKS(Israel -> Iran)"}, nil},
		{"NATO bombed Libyan military targets.", []string{"ATTACKS(NATO -> Libya)"}, nil},
		{"China said its targets were met.", nil, []string{"ATTACKS(China -> China)"}},
		{"Iran fired missiles at U.S. bases in Iraq.", []string{"ATTACKS(Iran -> United States)"}, nil},
		{"Russia struck Ukrainian grain silos.", nil, []string{"ATTACKS(Russia -> Ukraine)"}},
		// a state's units act for it and are hit for it
		{"Chilean commandos last night stormed Tacna.", []string{"ATTACKS(Chile -> Tacna)"}, nil},
		{"CHILEAN commandos stormed Tacna.", []string{"ATTACKS(Chile -> Tacna)"}, nil},
		{"Bolivian artillery shelled Peruvian paratroopers.", []string{"ATTACKS(Bolivia -> Peru)"}, nil},
		{"Chilean fishermen stormed the beach.", nil, []string{"ATTACKS(Chile -> beach)"}},
	})
}

// TestEnteringForces checks that forces or weapons of an actor rolling or
// pushing into a place attack it, and that people who are no actor, or a
// hedged move, state nothing.
func TestEnteringForces(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russian tanks rolled into Georgia on Friday.", []string{"ATTACKS(Russia -> Georgia)", "DEPLOYS(Russia -> tanks)"}, nil},
		{"Ukrainian troops pushed into the Kursk region.", []string{"ATTACKS(Ukraine -> Kursk region)"}, nil},
		{"Thousands of refugees crossed into Poland from Belarus.", nil, []string{"ATTACKS(Belarus -> Poland)"}},
		{"Russia could roll into Ukraine.", nil, []string{"ATTACKS(Russia -> Ukraine)"}},
	})
}

// TestAttackQuantities checks that "at least" before an attack's object
// is a quantity, not a preposition that leaves the verb without an object,
// and that a year between a possessor and its event noun keeps the
// possessor the doer ("Russia's 2022 invasion of"); "sinking of" and
// "military operation in" name attacks.
func TestAttackQuantities(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russia struck at least five targets in Kharkiv overnight.", []string{"ATTACKS(Russia -> Kharkiv)"}, nil},
		{"Russian jets pounded at least a dozen positions in Idlib.", []string{"ATTACKS(Russia -> Idlib)"}, nil},
		{"Moscow's 2008 invasion of Georgia shocked Europe.", []string{"ATTACKS(Russia -> Georgia)"}, nil},
		{"The ban followed Ankara's 2016 offensive in northern Iraq.", []string{"ATTACKS(Turkey -> Iraq)"}, nil},
		{"Russia's military operations in Syria ended in 2017.", []string{"ATTACKS(Russia -> Syria)"}, nil},
		{"Seoul blamed North Korea's sinking of the Cheonan.", []string{"ATTACKS(North Korea -> Cheonan)"}, nil},
		{"Nigeria's military operations in recent months worried NATO.", nil, []string{"ATTACKS(Nigeria -> NATO)"}},
		{"Britain's 2000 soldiers in Basra went home.", nil, []string{"ATTACKS(United Kingdom -> Basra)"}},
	})
}

// TestWeaponRelative checks a relative clause after a weapon: an
// irregular past after "that" is a verb ("that struck", "that shot
// down"), and a named weapon with its class noun ("the Buk missile that")
// is the clause's subject; an unnamed noun's relative clause is not the
// sentence subject's act.
func TestWeaponRelative(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Iranian drones that struck Erbil were launched from Iraq.", []string{"ATTACKS(drones -> Erbil)", "ATTACKS(Iran -> Erbil)"}, nil},
		{"The Kalibr missile that hit Odesa was launched from a ship.", []string{"ATTACKS(Kalibr -> Odesa)"}, nil},
		{"A Buk missile that shot down a Kestrel Airlines jet was Russian.", []string{"ATTACKS(Buk -> Kestrel Airlines)"}, nil},
		{"Russia blamed the ceasefire that collapsed after fighters struck Kherson.", nil, []string{"ATTACKS(Russia -> Kherson)"}},
	})
}

// TestAttackOfAgent checks that "of" after an attack noun whose target
// follows another preposition names the attacker ("the attacks of the
// Houthis on Eilat"), while "of" of a noun whose own preposition it is
// ("the bombing of Gaza") and "the sale of jets to" (no attack) do not.
func TestAttackOfAgent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The attacks of the Houthis on Eilat continued.", []string{"ATTACKS(Houthis -> Eilat)"}, nil},
		{"Kigali worried about the offensives of the M23 in Goma.", []string{"ATTACKS(March 23 Movement -> Goma)"}, nil},
		{"The sale of jets to Egypt angered Israel.", nil, []string{"ATTACKS(jets -> Egypt)"}},
	})
}

// TestLaunchPlatform checks that a weapon launched from an actor's weapon
// is deployed by that actor, as the platform is; a maker's platform and a
// hedged launch state nothing.
func TestLaunchPlatform(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Torpedoes fired from Iranian submarines sank the tanker.", []string{"DEPLOYS(Iran -> submarines)", "DEPLOYS(Iran -> torpedoes)"}, nil},
		{"Cruise missiles launched from Russian warships hit Odesa.", []string{"DEPLOYS(Russia -> warships)", "DEPLOYS(Russia -> cruise missiles)"}, nil},
		{"A missile fired from a U.S.-made jet hit the base.", nil, []string{"DEPLOYS(United States -> missiles)"}},
		{"Missiles could be fired from Iranian submarines.", nil, []string{"DEPLOYS(Iran -> missiles)"}},
	})
}

// TestOwnerPastModifiers checks that a demonym owns a weapon past one or
// two of the weapon's own modifiers, a lower-case word or a vessel class
// ("a Peruvian Condor-class submarine"), as the parse reads them; a verb
// between owner and weapon is no modifier.
func TestOwnerPastModifiers(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The tanker was sunk by a torpedo fired from an Iranian midget submarine.", []string{"DEPLOYS(Iran -> submarines)", "DEPLOYS(Iran -> torpedoes)"}, nil},
		{"Torpedoes fired from a Peruvian Condor-class midget submarine sank the tanker.", []string{"DEPLOYS(Peru -> submarines)", "DEPLOYS(Peru -> torpedoes)"}, nil},
		{"Russian midget submarines struck Tacna.", []string{"DEPLOYS(Russia -> submarines)", "ATTACKS(Russia -> Tacna)"}, nil},
		{"Chilean officials said drones struck Tacna.", nil, []string{"DEPLOYS(Chile -> drones)"}},
	})
}

// TestDeploymentVerbs checks the verbs of deployment that name no move:
// an army "fields" a weapon, a state "rotates" jets through a country;
// their other senses ("fielded questions") name no weapon.
func TestDeploymentVerbs(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Polish Army already fields the K2 tank on its eastern border.", []string{"DEPLOYS(Polish Army -> K2 Black Panther)"}, nil},
		{"Next year, Germany intends to rotate two Patriot batteries through Lithuania.", []string{"DEPLOYS(Germany -> Patriot)"}, nil},
		{"Chile fielded questions from Peru on Monday.", nil, []string{"DEPLOYS(Chile -> Peru)"}},
	})
}

// TestReportedSubject checks that the speaker of a reported clause is not
// its doer: an unnamed subject after "said" leaves the attack to the group
// it belongs to, or to no one; a prepositional phrase after "said" keeps
// the speaker as the subject.
func TestReportedSubject(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Jane Roe said fighters loyal to the Sinaloa Cartel had raided Culiacan.",
			[]string{"ATTACKS(Sinaloa Cartel -> Culiacan)"}, []string{"ATTACKS(Jane Roe -> Culiacan)"}},
		{"Jane Roe told reporters in Kyiv that troops had attacked Kharkiv.", nil, []string{"ATTACKS(Jane Roe -> Kharkiv)"}},
		{"Jane Roe said militants from Gaza attacked Sderot.", nil, []string{"ATTACKS(Jane Roe -> Sderot)"}},
		{"Jane Roe said the militants attacked Sderot.", nil, []string{"ATTACKS(Jane Roe -> Sderot)"}},
		{"Russia said it had struck Kharkiv.", []string{"ATTACKS(Russia -> Kharkiv)"}, nil},
		{"Chile and Peru said in a joint statement that the border would reopen.", []string{"COOPERATES_WITH(Chile -> Peru)"}, nil},
	})
}

// TestWeaponClassForms checks that a named weapon is found with any class
// noun of the group it is listed with ("Mirage jets" in the lexicon,
// "Mirage warplanes" in the text), and that the name without its class
// noun is one of its aliases; a generic weapon's modifier is no name.
func TestWeaponClassForms(t *testing.T) {
	checkEntities(t, "Egypt sent Mirage warplanes and Rafale jets to Derna on Monday.",
		[]string{"WeaponSystem:Mirage", "WeaponSystem:Mirage warplanes"}, nil)
	checkEntities(t, "Cruise aircraft flew over Benghazi.", nil, []string{"WeaponSystem:Cruise aircraft", "WeaponSystem:Cruise"})
	checkPatterns(t, []patternCase{
		{"Egypt sent Mirage warplanes and Rafale jets to Derna on Monday.",
			[]string{"DEPLOYS(Egypt -> Mirage 2000)", "DEPLOYS(Egypt -> Rafale)"}, nil},
		{"Sweden sent Gripen fighters to Lithuania.", []string{"DEPLOYS(Sweden -> Gripen)", "LOCATED_IN(Gripen -> Lithuania)"}, nil},
	})
}

// TestExerciseWeapons checks that weapons after "held drills with" are
// deployed by who holds the drills, while an actor there is a partner in
// them; a negated exercise states nothing.
func TestExerciseWeapons(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Chilean navy held drills with Exocet missiles off Arica.", []string{"DEPLOYS(Chilean navy -> Exocet)"}, nil},
		{"Chile staged exercises with F-16 jets near the border.", []string{"DEPLOYS(Chile -> F-16)"}, nil},
		{"Chile held drills with Peru near the border.", []string{"COOPERATES_WITH(Chile -> Peru)"}, []string{"DEPLOYS(Chile -> Peru)"}},
		{"Chile did not hold drills with Exocet missiles.", nil, []string{"DEPLOYS(Chile -> Exocet)"}},
	})
}

// TestAgentWeapons checks that an attack noun's doers after "by", weapons
// no one owns, are deployed by whoever does the attack by a verb of doing
// ("responded with strikes by F-16 fighter jets on"), who attacks the
// noun's target, and the noun is no passive verb whose subject it attacks;
// a judge of the strikes deploys nothing.
func TestAgentWeapons(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Chilean Air Force responded with strikes by F-16 fighter jets on Peruvian military targets in Tacna.",
			[]string{"DEPLOYS(Chilean Air Force -> F-16)", "ATTACKS(Chilean Air Force -> Peru)", "ATTACKS(F-16 -> Peru)"},
			[]string{"ATTACKS(F-16 -> Chilean Air Force)"}}, // the noun before "by" is no passive verb
		{"Chile was attacked by Peru on Monday.", []string{"ATTACKS(Peru -> Chile)"}, nil},
		{"Peru responded with airstrikes on Tacna.", []string{"ATTACKS(Peru -> Tacna)"}, nil},
		{"Chile condemned strikes by F-16 jets on Tacna.", nil, []string{"DEPLOYS(Chile -> F-16)", "ATTACKS(Chile -> Tacna)"}},
	})
}

// TestWeaponsWith: a weapon after "with" in an attack verb's clause is the
// attacker's (weaponsWith); another clause's "with", a weapon owned by
// someone else or a backer after "with" deploys nothing.
func TestWeaponsWith(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Chilean army shelled Tacna with artillery and tanks on Monday.",
			[]string{"ATTACKS(Chilean army -> Tacna)", "DEPLOYS(Chilean army -> artillery)", "DEPLOYS(Chilean army -> tanks)"}, nil},
		{"Chile bombed villages in Tarapaca, Arica and Tacna regions with Chinese-made drones.",
			[]string{"DEPLOYS(Chile -> drones)"}, nil},
		{"Chile attacked Tacna and Peru responded with missiles.", nil, []string{"DEPLOYS(Chile -> missiles)"}},
		{"Chile struck an air base that Peru guards with tanks.", nil, []string{"DEPLOYS(Chile -> tanks)"}},
		{"Chile bombed Tacna with Peruvian jets.", nil, []string{"DEPLOYS(Chile -> jets)"}},
		{"Chile attacked Tacna with the support of Bolivian drones.", nil, []string{"DEPLOYS(Chile -> drones)"}},
		{"Chile did not attack Tacna with tanks.", nil, []string{"DEPLOYS(Chile -> tanks)", "ATTACKS(Chile -> Tacna)"}},
		// a person right before "with" and no object is who was attacked (a headline's passive)
		{"Doctors say Ana Soto poisoned with sarin", nil, []string{"DEPLOYS(Ana Soto -> sarin)"}},
		{"Chile has shelled Tacna with artillery.", []string{"DEPLOYS(Chile -> artillery)"}, nil},
		{"Police say Jon Berg poisoned Ana Soto with sarin.", []string{"DEPLOYS(Jon Berg -> sarin)"}, nil},
		{"Peru said Chile shelled Tacna with artillery.", []string{"DEPLOYS(Chile -> artillery)"}, nil},
	})
}

// TestOperatedWeapons: operating, flying, relying on or using a weapon
// fields it (cues.yaml DEPLOYS with targets WeaponSystem); no weapon, no
// DEPLOYS.
func TestOperatedWeapons(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"The Chilean air force flies F-16 jets.", []string{"DEPLOYS(Chilean air force -> F-16)"}, nil},
		{"Bolivia relies on Mi-24 gunships and F-5 jets.", []string{"DEPLOYS(Bolivia -> Mi-24)", "DEPLOYS(Bolivia -> F-5)"}, nil},
		{"Chile does not operate Scorpene submarines.", nil, []string{"DEPLOYS(Chile -> Scorpene)"}},
		{"Chile relies on Peru for its security.", nil, []string{"DEPLOYS(Chile -> Peru)"}},
	})
}

// TestReportedRelative: in "N that X said VERB", the relative pronoun,
// not the sayer X, is the verb's subject (args.go reportedRelative).
func TestReportedRelative(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chile condemned the drills that Peru and its allies said deployed Exocet missiles.", nil, []string{"DEPLOYS(Peru -> Exocet)"}},
		{"Chile condemned Bolivia, which Peru says deployed Exocet missiles.", []string{"DEPLOYS(Bolivia -> Exocet)"}, []string{"DEPLOYS(Peru -> Exocet)"}},
		{"Chile said Peru deployed Exocet missiles.", []string{"DEPLOYS(Peru -> Exocet)"}, []string{"DEPLOYS(Chile -> Exocet)"}},
	})
}

// TestAbduction: kidnapping or abducting a person attacks them (CAMEO
// 181); a denied or negated one states nothing.
func TestAbduction(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Ana Soto was kidnapped by Hamas.", []string{"ATTACKS(Hamas -> Ana Soto)"}, nil},
		{"Hamas abducted Ana Soto in Gaza.", []string{"ATTACKS(Hamas -> Ana Soto)"}, nil},
		{"Hamas denied it had kidnapped Ana Soto.", nil, []string{"ATTACKS(Hamas -> Ana Soto)"}},
		{"Hamas did not kidnap Ana Soto.", nil, []string{"ATTACKS(Hamas -> Ana Soto)"}},
	})
}

// TestOwnedWeaponActs checks that an owned weapon acting, whatever the
// verb, is deployed by its owner: the active subject of a verb, a passive
// subject that a clause continues, the agent after "by" of a participle;
// not a weapon acted on, a negated act, a maker's weapon, nor one whose
// verb takes an actor as object.
func TestOwnedWeaponActs(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Chilean warships patrolled the strait on Monday.", []string{"DEPLOYS(Chile -> warships)"}, nil},
		{"Two Peruvian frigates sailed into the bay at dawn.", []string{"DEPLOYS(Peru -> frigates)"}, nil},
		{"Bolivian bombers are expected to begin patrols over the lake again next month.", []string{"DEPLOYS(Bolivia -> bombers)"}, nil},
		{"The research ship Condor left Valparaiso, escorted by a corvette of the Chilean Navy.", []string{"DEPLOYS(Chilean Navy -> corvettes)"}, nil},
		{"Over the weekend Ecuador's helicopters circled the disputed island twice.", []string{"DEPLOYS(Ecuador -> helicopters)"}, nil},
		{"Peruvian drones were displayed at a fair in Lima.", nil, []string{"DEPLOYS(Peru -> drones)"}},
		{"Chilean jets did not enter Peruvian airspace.", nil, []string{"DEPLOYS(Chile -> jets)"}},
		{"U.S.-made jets flew over the capital.", nil, []string{"DEPLOYS(United States -> jets)"}},
		{"The missiles of Peru alarm Chile.", nil, []string{"DEPLOYS(Peru -> missiles)"}},
		{"A Spanish frigate arrived in the port of Durres on Friday.", []string{"DEPLOYS(Spain -> frigates)"}, nil},
		{"French tanks cost far more than their rivals.", nil, []string{"DEPLOYS(France -> tanks)"}},
		{"Pakistan's missiles could reach any city in the region.", nil, []string{"DEPLOYS(Pakistan -> missiles)"}},
		{"Japanese fighter jets intercepted the bombers over the sea.", []string{"DEPLOYS(Japan -> fighter jets)"}, nil},
		{"Witnesses said Indian warships had entered the bay before dawn.", []string{"DEPLOYS(India -> warships)"}, nil},
	})
}

// TestForceWeapons checks that a weapon an armed force or armed group
// owns is in its service whatever the sentence says of it (forceWeapons),
// while a state's or demonym's weapon, which it may have made or sold,
// is not without an act of its own.
func TestForceWeapons(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Forty soldiers landed in Vorna aboard two Chilean Air Force C-130 planes.",
			[]string{"DEPLOYS(Chilean Air Force -> C-130)"}, nil},
		{"A PLA Navy J-10 interceptor was lost in the storm near Tarvo.",
			[]string{"DEPLOYS(PLA Navy -> J-10)"}, nil},
		{"Reporters in Vorna photographed F-16 jets of the Peruvian Air Force on the runway.",
			[]string{"DEPLOYS(Peruvian Air Force -> F-16)"}, nil},
		{"Israeli jets destroyed Hezbollah's rockets near Tyre on Sunday.",
			[]string{"DEPLOYS(Hezbollah -> rockets)"}, nil},
		// a state's weapon may be one it made or sold: no DEPLOYS from it
		{"Turkey received Russian S-400 batteries in July.", nil, []string{"DEPLOYS(Russia -> S-400)"}},
		// a negated phrase states nothing
		{"Officials said there were no Chilean Navy frigates in the strait.", nil, []string{"DEPLOYS(Chilean Navy -> frigates)"}},
		// a weapon the force does not own: none
		{"The Chilean Air Force said Peruvian drones had crossed the border.", nil, []string{"DEPLOYS(Chilean Air Force -> drones)"}},
	})
}

// TestWeaponsOfStateBody checks that a weapon named with "of" a state's
// body written with its own "of" the state ("the Air Force of Peru") is
// owned by that body (programOf), which the body's key, given only by its
// "of" later, did not allow; a body no state keys owns nothing.
func TestWeaponsOfStateBody(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Villagers saw Su-25 jets of the Air Force of Peru over Tarvo.", []string{"DEPLOYS(Air Force of Peru -> Su-25)"}, nil},
		{"Two frigates of the Navy of Chile docked in Vorna on Friday.", []string{"DEPLOYS(Navy of Chile -> frigates)"}, nil},
		{"The exercise will be backed by MiG-29 fighters of the Air Force of the Republic of Chile.",
			[]string{"DEPLOYS(Air Force of the Republic of Chile -> MiG-29)"}, nil},
		// a ministry is no force: owned, not deployed, unless it acts
		{"The drones of the Ministry of Defence of Peru were shown at a fair.", nil, []string{"DEPLOYS(Ministry of Defence of Peru -> drones)"}},
		// no state named: no owner
		{"Rockets of the Air Force hit nothing.", nil, []string{"DEPLOYS(Air Force -> rockets)"}},
		{"The tanks of the Army of the Kestrel Republic rolled past.", nil, []string{"DEPLOYS(Army -> tanks)"}},
	})
}

// TestAttackedOwnedWeapon checks that an attack on a weapon a demonym owns,
// as the verb's object or its passive subject, is an attack on the owner,
// who had the weapon in service; a maker owns nothing, a target the
// object names first stays, and a sale is no attack.
func TestAttackedOwnedWeapon(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Azerbaijan shot down an Armenian Su-25 over the enclave.",
			[]string{"ATTACKS(Azerbaijan -> Armenia)", "DEPLOYS(Armenia -> Su-25)"}, nil},
		{"Georgian troops downed two Russian Tu-22M3 bombers near Gori last night.",
			[]string{"ATTACKS(Georgia -> Russia)", "DEPLOYS(Russia -> Tu-22M3)"}, []string{"ATTACKS(Georgia -> Gori)"}},
		{"An Indian MiG-21 was shot down by Pakistan on Wednesday morning.",
			[]string{"ATTACKS(Pakistan -> India)", "DEPLOYS(India -> MiG-21)"}, nil},
		{"Two Georgian Mi-8 helicopters have been hit by Russian drones near Senaki.",
			[]string{"ATTACKS(Russia -> Georgia)", "DEPLOYS(Georgia -> Mi-8)", "DEPLOYS(Russia -> drones)"}, nil},
		{"The downing of an Armenian Su-25 by Azerbaijan drew protests.",
			[]string{"ATTACKS(Azerbaijan -> Armenia)", "DEPLOYS(Armenia -> Su-25)"}, nil},
		// an agentless passive names no attacker: the weapon attacks nothing
		{"Two Armenian Su-25s were shot down near Lachin.",
			[]string{"DEPLOYS(Armenia -> Su-25)"}, []string{"ATTACKS(Armenia -> Lachin)", "ATTACKS(Su-25 -> Lachin)"}},
		{"Hezbollah fighters struck Israeli drones over the valley.",
			[]string{"ATTACKS(Hezbollah -> Israel)", "DEPLOYS(Israel -> drones)"}, nil},
		{"Israel shot down Iranian-made drones launched from Yemen.",
			nil, []string{"ATTACKS(Israel -> Iran)", "DEPLOYS(Iran -> drones)"}},
		{"Morocco bought Chinese drones last year.",
			nil, []string{"DEPLOYS(China -> drones)"}},
		{"Ukraine struck Kherson's Russian air defences.",
			nil, []string{"ATTACKS(Ukraine -> Russia)"}},
	})
}

// TestOwnedWeaponLists checks that every named weapon of a list after one
// owner shares the act that the list's noun does, whichever item the parse
// hangs the verb on, and that an item with an owner of its own, or a list
// acted on, deploys nothing for the first owner.
func TestOwnedWeaponLists(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"Russian Su-24 and Tu-95 aircraft buzzed the convoy twice on Sunday.",
			[]string{"DEPLOYS(Russia -> Su-24)", "DEPLOYS(Russia -> Tu-95)"}, nil},
		{"Chilean F-16 and A-4 jets patrolled the strait on Monday.", []string{"DEPLOYS(Chile -> F-16)"}, nil},
		{"Russian jets and Turkish drones patrolled the border.", nil, []string{"DEPLOYS(Russia -> drones)"}},
		{"Russian Su-24 and Tu-95 aircraft were shot down.", nil, []string{"DEPLOYS(Russia -> Su-24)"}},
		{"Russian Su-24 and Tu-95 aircraft could reach the area.", nil, []string{"DEPLOYS(Russia -> Su-24)"}},
		{"Russian Su-24 and Tu-95 aircraft cost more than Western ones.", nil, []string{"DEPLOYS(Russia -> Su-24)"}},
	})
}
