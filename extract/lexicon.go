package extract

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/schema"
)

// entryKind tells what a lexicon phrase names and so how a mention of it is
// resolved.
type entryKind uint8

const (
	kindName      entryKind = iota // a name of the entity itself
	kindAdjective                  // a country's demonym or adjective: "Russian"
	kindCapital                    // a capital: the country as actor, a Location as place
	kindSeat                       // a seat of power: "the Kremlin"
	kindTitle                      // an office: "foreign minister"
	kindBody                       // a generic state body that needs a country: "Foreign Ministry"
)

// entry is one thing the lexicons know.
type entry struct {
	label   string
	key     string // entity id
	name    string // canonical name
	kind    entryKind
	country string // alpha-3 of the state it belongs to
	generic bool
	sort    string // the lexicon's sub-kind: "armed-group", "company", "media"
	place   string // a capital's or seat's own name, for when it is a place
	title   *schema.Title
}

// pattern is one surface form of an entry, as tokens.
type pattern struct {
	words []string
	fold  bool // matched case-insensitively
	e     *entry
}

// lexicon is the schema compiled for matching. It is built once per
// Extractor and only read afterwards.
type lexicon struct {
	byFirst map[string][]pattern // first word (lower-cased when fold) -> patterns, longest first
	abbrev  map[string]bool
	// abbrevFold is abbrev with lower-case forms, for tokenizing case-blind
	// lexicon forms; built while compiling, read-only after
	abbrevFold map[string]bool

	countries map[string]*entry // alpha-3 -> country entry
	bodies    map[string]*entry // "RUS-foreign-ministry" -> the lexicon's Russian Foreign Ministry
	// legislatures counts the lexicon's named legislatures of each state
	// ("NOR" -> 1: the Storting; "RUS" -> 2: the State Duma, the Federation Council)
	legislatures map[string]int
	orgKeys      map[string]string // lower-cased organization name -> entity key
	// capitalActors maps a capital's lower-cased name to the organization
	// it stands for as an actor (schema.Entry.Metonyms): "brussels" -> EU
	capitalActors map[string]*entry
	sets          wordSets
	lists         []list            // the lists of sets, in the order of their bits (newList)
	bits          int               // the bits the lists took (listOf)
	verbs         map[string]string // inflected form -> lemma
	sayingForms   list              // the forms in verbs of the saying verbs (isSaying)
	cues          []compiledCue
	relTypes      map[string]schema.RelationType
	things        set      // labels marked thing: WeaponSystem, Program, Agreement
	placeTypes    []string // relation types marked places: LOCATED_IN

	weaponClass  map[string]int // "jets" -> its group of words.yaml weapon_classes (classForms)
	bareBodies   set            // "Security Council": another body's after an unknown word (name.go)
	unitOrdinals set            // "First": opens a unit's name after "the" ("the First Army Corps"; name.go)
	strikeForms  set            // "shelled": the capital after it is the city (mention.go)
	strikeNouns  set            // "the assault on": the capital after it is the city (mention.go)
}

// wordSets are the closed word lists: lists of lower-case words, which
// tokens are asked about with doc.in and Token.in, and sets whose case
// counts.
type wordSets struct {
	honorifics, judicialStyles, orgHeads, titledBodies, bodyStyles, countryMissions, namePossessives, royalPossessives,
	particles, firstNames, notNames, months, weekdays set // case counts: asked of a token's Text
	saying, actorNouns, stateBodyNouns, eponymBodyHeads, periodPreps, facilityHeads, instrumentHeads, topicBodyHeads, placeAgreementHeads, bodyAgreementHeads,
	placeHeads, placeListHeads, agreementHeads, agreementEvents, agreementReached, voteHeads, voteWords, voteFor, voteAgainst, agreementForms, programHeads, programMods,
	weaponHeads, weaponMods, placePreps, placeParts, standaloneWeapons, modelClasses list

	classNouns list // every class noun of words.yaml weapon_classes ("aircraft", "gunships"): weaponuse.go classTail

	eventNouns, claimVerbs, additiveLinks, joinVerbs, intentNouns list              // nominal events and the verbs that own them; "along with" (nominal.go)
	decidedNouns                                                  list              // "Chile's decision to expel": done, not intended (hedged)
	jointNouns                                                    list              // "the decision by A and B to reopen" (collective.go)
	ventureNouns                                                  list              // "an Austrian-Hungarian project" (apposition.go jointEffort)
	against                                                       map[string]string // SUPPORTS -> OPPOSES: "backed X against Y" (nominal.go)
	makers                                                        wordMap[string]   // "manufacturer" -> BUILDS (nominal.go)

	partOfCountry set // case counts
	modals, hopeVerbs, lightVerbs, failureVerbs, failureNouns, jointAdverbs, outletLeads, outletPreps, speakingWords, reportVerbs,
	carryVerbs, speechNouns, relativePronouns, subordinators, clauseBreaks, objectPreps list
	topicPreps, nearTopicPreps list // "about", "on": a speech's topic, no party (cuerel.go topicBefore)

	subjectGerundPreps list                  // "in fighting": the gerund's doer is the clause's subject (cuerel.go)
	gerundSubjectPreps list                  // "for Peru opening": the actor after it does the -ing act (cuerel.go gerundSubject)
	frontedEventPreps  list                  // "After talks with Peru, Chile said": the main subject's talks (collective.go)
	collectiveNouns    map[string]string     // "countries" -> Country: "the two countries" (collective.go)
	collectiveCounts   map[string]int        // "both" -> 2 (collective.go)
	reciprocals        list                  // "each other" (collective.go)
	collectivePairs    list                  // "the pair" (collective.go)
	collectiveMods     list                  // "neighbouring" in "the two neighbouring countries" (collective.go)
	nonOfficeRoles     list                  // "student": a role noun that holds no position (affiliation.go)
	positionPreps      list                  // "fellow at" (affiliation.go)
	boardNouns         list                  // "on the board of" (affiliation.go)
	aimWords           list                  // "targeting", "aimed at" (aim.go)
	launchVerbs        list                  // forms of launch, fire (aim.go)
	idleWeaponVerbs    list                  // forms of cost, sell, worry ... whose weapon subject is no force in use (weaponuse.go)
	actVerbs           list                  // forms of impose, expand, launch ... before an event noun (actverb.go)
	resistVerbs        list                  // forms of fight, repel, fend off ... before an attack noun (resist.go)
	stopVerbs          list                  // forms of stop, thwart, halt ... before another's attack noun (resist.go)
	cessationVerbs     list                  // forms of cut, halt, suspend ... before a supply cue (cuerel.go haltedSupply)
	particleVerbs      list                  // forms of pull, fall ...: "pulled back" is no "back" cue
	proceedAdverbs     list                  // ahead, forward: "move ahead with" is no verb cue (cuerel.go)
	phrasalVerbs       list                  // "give in", "back away": lemma and particle, no verb cue (cuerel.go)
	visitNouns         list                  // "during his trip to" (fronted.go)
	hostVerbs          list                  // forms of host, welcome: "hosted X in Y" (travel.go)
	dispatchVerbs      list                  // forms of send, dispatch: "sent its envoy, X, to Y" (travel.go sentVisit)
	removalParticiples list                  // removed, ousted: "wants Soto removed" (critic.go wantedGone)
	attendVerbs        list                  // forms of attend: "A and B attended the talks" meet no one (cuerel.go)
	separateAdverbs    list                  // separately: "A and B met C separately" (cuerel.go)
	sideNouns          list                  // sides: "the two sides" of a meeting are its persons' states (collective.go)
	addressVerbs       list                  // forms of tell, assure: "In a phone call, A told B" (travel.go)
	audienceWords      list                  // "told reporters in Vienna" (travel.go)
	reporterNouns      list                  // "our correspondent, X, is in Y": no visit (travel.go)
	pinyinSyllables    list                  // "zhan", "qi", "xiong": a Chinese name's syllables (classify.go pinyinName)
	nameArticles       list                  // "el", "der": another language's article opening a name, no person's (classify.go noPersonShape)
	speechVerbs        list                  // forms of say, tell, speak: "told reporters in Vienna" (travel.go)
	callVerbs          list                  // forms of call, phone: "called X on Sunday" (travel.go)
	callFollowers      list                  // "on", "to", ".": what may follow the person called (travel.go)
	portfolioCapitals  list                  // "Government" in "the Chilean Government spokeswoman" (office.go)
	stateStaffMarks    list                  // "presidential" in "presidential spokesman X" (office.go)
	localBodyHeads     list                  // "Court" in "the Tarvo District Court" (located.go)
	actNouns           map[string]set        // "decision" -> "decide": who made the act (nominal.go)
	judgedActs         list                  // stance, remarks: an act a demonym before it owns (eventobject.go)
	statementNouns     list                  // statement, letter: "condemned in a statement by" (passive.go)
	statementPreps     list                  // in, through: before a statement noun (passive.go)
	settingWords       list                  // in, on, last: a participle's place and time before "by" (passive.go)
	forcePhrases       list                  // "use of force", "military action": kept open, a threat (threat.go)
	priceWords         list                  // price, penalty: "will pay a price", a threat (threat.go)
	priceVerbs         list                  // forms of pay: "would pay a price" (threat.go)
	excludeVerbs       list                  // forms of rule out: force not ruled out, a threat (threat.go)
	sameActs           map[string][][]string // a form of "follow" -> ["suit"]: the act before, by a new doer (sameact.go)
	sameActTypes       set                   // the relation types a same-act phrase repeats (sameact.go)
	unstated           unstatedWords         // denials, hypothetical events, prevention (unstated.go)
	invitationLeads    list                  // "at", "upon" the invitation of (invitation.go)
	invitationNouns    list                  // invitation, request
	custodyVerbs       list                  // forms of arrest, detain (invitation.go)
	targetNouns        list                  // "X was the target of an attack" (nominal.go eventTarget)
	creditVerbs        list                  // forms of thank, praise: "thanked B for its support" (credit.go)
	creditNouns        list                  // support, backing (credit.go)
	expressVerbs       list                  // express, voice: "phoned B to express his support" (credit.go)
	expressedStance    list                  // support, solidarity (credit.go)
	signatoryNouns     list                  // signatory, signatories (credit.go)
	includeWords       list                  // include, are: "signatories to X include A" (credit.go)
	signingRoles       list                  // witness, guarantor: "with Z as witness" (credit.go)
	clauseSubjectWords list                  // his, the: "the accord his government signed with" (credit.go)
	ownArms            list                  // "guns" in "gave their guns to the army": disarmament (cuerel.go)
	courtesyNouns      list                  // "condolences" in "offered condolences to": no supply (cuerel.go)
	recipientNouns     list                  // "recipient" of "the recipient of U.S. aid" (recipient.go)
	aidNouns           list                  // "aid" of "the recipient of U.S. aid" (recipient.go)
	countAdverbs       list                  // once, twice, later: "to A and once to B" (args.go coordinated), "and later was" (cuerel.go)
	listKinds          list                  // terrorist, sanctions: "on terrorist lists" (passive.go listedOn)
	listingParticiples list                  // placed, added: "was placed on the sanctions list" (passive.go listedOn)
	listKeeping        list                  // kept, drawn up: "on terrorist lists kept by Chile" (passive.go keepersAfter)
	sanctionKeeping    list                  // imposed, kept: "under sanctions imposed by the UN" (passive.go keepersAfter)
	sanctionAdverbs    list                  // already, still: "is already under EU sanctions" (passive.go underSanctions)
	wantForms          list                  // want, wants, wanted: "Chile wants Soto removed" (critic.go wantedGone)
	closables          list                  // border, airspace: "kept its border closed" (passive.go keptClosed)
	statePeople        list                  // officials, government: "talks with officials in Lima" (cuerel.go sideSetting)
	lineHeads          list                  // line, border: "shelled villages across the Durand Line" (cuerel.go crossedLine)

	locatedSorts                                                   set
	memberWords, memberModifiers, listLeads, copulas               list
	firmNouns, firmStateMarks                                      list              // "Acme, a Norwegian shipping firm" (located.go apposedBody)
	ledSorts                                                       set               // party, armed-group: "Roe's Kestrel Front" is led by Roe (office.go)
	leaderTitles                                                   set               // leader, chairman: "Kestrel Renewal leader X" names the body X leads (office.go unnamedBodyBefore)
	polityNouns                                                    set               // republic, confederation: "the President of the Republic" holds the state's office (office.go affiliation)
	jointSigning                                                   set               // "Soto and Vega signed the treaty in Quito": a meeting (travel.go signedTogether)
	nonVerbIng                                                     set               // "the EU, including France, condemned": no participle phrase (gerundphrase.go)
	listQuantifiers                                                list              // "A and B, both members of NATO" (relate.go, apposition.go)
	backingLeads, backingVerbs, lackingVerbs                       list              // "with the support of X", "has the support of X", "sought ..." (backing.go)
	backingNouns                                                   list              // "with French support" (backing.go)
	claimNouns                                                     list              // "recognised Moroccan sovereignty over" (args.go rightArg)
	tradeNouns                                                     list              // "banned imports of Iranian crude" (args.go rightArg)
	pendingVerbs                                                   list              // "ratified Chile's membership": not yet a member (members.go)
	talkVerbs                                                      list              // "discussed the accord with Putin": Putin no party (agreementwith.go)
	receptionVerbs                                                 list              // lemmas: "welcomed Lula to the palace" (cuerel.go received)
	mediationVerbs                                                 list              // forms: "brokering talks between A and B" negotiate (cuerel.go mediatedTalks)
	remoteMedia                                                    list              // "held talks by telephone with": a call (cuerel.go remoteMeeting)
	baseHostVerbs                                                  list              // lemmas: "Chile hosts the Kestrel Front" backs it (cuerel.go hostsBase)
	followerNouns                                                  list              // "supporters of the president attacked" (args.go followersOf)
	dissentNouns                                                   list              // "the opposition parties of Kenya accused" (args.go followersOf)
	agentNouns                                                     list              // "Serbia, a major supplier of arms to Chad," (apposition.go agentHolder)
	concurVerbs                                                    list              // lemmas: "Britain and France agree." (cuerel.go)
	allyWords                                                      list              // "NATO allies Poland" (relate.go, apposition.go)
	partnerNouns                                                   list              // "its Canadian partners": Canada (args.go possessedDemonym)
	chairNouns, chairVerbs, chairingVerbs                          list              // "holds the EU presidency", "chaired ASEAN" (chair.go)
	memberSeats, memberSeatVerbs                                   list              // "holds a seat on the Security Council" (members.go)
	beForms                                                        list              // "be" and its forms (irregular_verbs): is, was, been
	irregularForms                                                 list              // the irregular past forms of other verbs: built, led, sold (passive.go)
	copulaAdverbs                                                  list              // "is also the leader" (office.go)
	serveVerbs                                                     list              // "serves as interior minister" (office.go)
	officeEntries                                                  list              // "sworn in as president" (office.go)
	appointVerbs                                                   list              // "named X as prime minister" (office.go)
	successionVerbs                                                list              // "removed X as head of Y" (office.go)
	replaceVerbs                                                   list              // "Roe replaced Berg as chairman" (office.go)
	leadVerbs                                                      list              // "X, who heads Y" (office.go)
	officialNouns                                                  list              // "Chilean officials, including ..." (office.go)
	referringTitles                                                list              // "The North Korean leader said" (office.go describedHolder)
	definites                                                      list              // the, this, these, those (nominal.go)
	partNouns                                                      map[string]string // noun -> the relation type it states: "wing" -> PART_OF
	criticNouns                                                    wordMap[string]   // "critics" -> CRITICIZES: "critics of A include B" (critic.go)
	compounds                                                      compoundWords     // "Iran-backed", "Vienna-based" (compound.go)
	groupNouns, compriseVerbs                                      list              // "a group of seven countries", "which comprises" (members.go)
	staffNouns                                                     list              // "which included experts from A and B" (members.go)
	regionWords                                                    set               // "Northern" in "Northern Syria" (mention.go)
	adjectiveBodies                                                list              // "military": a body as a noun only (mention.go)
	vicinityPreps                                                  list              // "near": a place by an act's unnamed object is no target (cuerel.go)
	femaleMarks, maleMarks                                         list              // "Mrs", "spokesman" before a name: which of "she" and "he" it takes (resolve.go)
	postHeads                                                      list              // "embassy": a facility a state keeps abroad (mention.go)
	barePlaceHeads                                                 list              // "the Tarvo district" ... "near Tarvo": one place (resolve.go)
	placeNouns, directions, regionKinds, nearPreps, gatheringNouns list              // "Goma, a town in North Kivu", "Groton, Connecticut" (located.go)
	spanPreps                                                      list              // "the Kerch Bridge over the Kerch Strait" (relate.go spanPrep, read by inPlace)
	placeEpithets                                                  list              // "in the neighbouring Amhara region": the place itself (located.go)
	sidelineNouns                                                  list              // "on the sidelines of the summit": at it (travel.go)
	sendVerbs                                                      list              // "invited him to Lima": the city (classify.go capitalAsPlace)
	forceSendVerbs, sentForces                                     list              // "sent troops to Lima": the city (classify.go capitalAsPlace)
	companionVerbs                                                 list              // "accompanied by Energy Minister X" (office.go companionPrincipal)
	standInNouns                                                   list              // "Roe's deputy, X" (office.go standIns)
	currencyNouns                                                  list              // "US dollars": a currency, no mention of the state (mention.go)
	faiths                                                         set               // "raised in Islam": no place (classify.go placeObject)
	vesselNouns                                                    list              // "the corvette Antofagasta": a ship's name (name.go classify)
	outletPrefixes                                                 set               // "Radio New Zealand": one broadcaster (mention.go outletName)
	outletMedia                                                    set               // "ABC Radio" after "the ABC" (name.go outletService)
	serviceWords                                                   set               // "Overseas News Desk | Regional | date" (header.go serviceLine)
	formerStates                                                   map[string]string // former state's code -> successor's, whose capital was its (formerstate.go)
	combiningForms                                                 map[string]string // "Anglo" -> GBR: a state's combining form in a hyphenated pair (pairname.go)
	pressHeads                                                     set               // "The Lima Post": a paper of Peru (office.go outletCountry)
	wireServices                                                   set               // "LIMA (Reuters) -": no home (office.go creditedHome)
	memberRoles                                                    list              // "as co-chairs of the group": members (members.go asMember)
	controlMarks                                                   list              // "rebel-held Tarvo": a place (classify.go placeObject)
	ownedMarks                                                     set               // "state-run Kestrel TV": a body or firm, no place (classify.go ownedBody)
	shoreKinds                                                     list              // "Constanta on the Black Sea" (located.go)
	townNouns                                                      list              // "the Black Sea port of Constanta" (located.go)
	nonOutletHeads                                                 list              // "told the Senate": no outlet (quote.go)
	premisesNouns                                                  list              // "the headquarters of the navy in Sevastopol" (located.go)
	presenceNouns                                                  list              // "Wagner's operations in Mali": Wagner is there (located.go presenceIn)
	backingParticiples                                             list              // "troops, backed by T-55 tanks," (weaponuse.go backedForces)
	deployedForms                                                  list              // "German Patriot batteries are being deployed" (weaponuse.go ownedDeployed)
	attackedPlaceNouns                                             list              // "strikes on Ukrainian cities" (resolve.go attackedPlaceAt)
	seatNouns, ownSeatNouns, seatVerbs, seatedWords                list              // "Doha, where the group maintains an office" (located.go seatWhere)
	settingTypes                                                   set               // relation types of verbs whose object's "in Y" is the event's setting (located.go)
	wouldWords, willWords, announceVerbs                           list              // announced acts: threats (threat.go)
	descriptions                                                   map[string]string // head noun -> label
	descriptionSorts                                               map[string]string // head noun -> organization sort: "group" -> "armed-group"
	numberedHeads                                                  map[string]string // capitalised head a number names -> label: "block" -> Location ("Block 12"; name.go nameEnd)
	memberSorts                                                    map[string]string // plural member noun -> organization sort: "rebels" -> "armed-group" (resolve.go memberGroup)
	headSorts                                                      map[string]string // last word of an unknown organization's name -> its sort: "Senate" -> "legislature" (office.go orgSort)
	media                                                          set               // names of news organizations: "Reuters", "AP"
	cues                                                           nameCues          // what tells an unknown name's label
	stance                                                         stanceWords       // what judges, feels and accuses (stance.go)
	outletDescs                                                    list              // "newspaper" in "told the newspaper X"
	outletOwners                                                   list              // state, public: an outlet's owner, no medium (classify.go possessedBroadcast)
	channelFollowers                                               list              // "about" after "told Kestrel 24" (name.go channelNumber)
	timeSpanNouns                                                  list              // "48 hours" given is a deadline (cuerel.go timeSpanGiven)
	dayParts                                                       list              // "night" in "on Monday night" (args.go pastTimeAdverbial)
	broadcastShows                                                 list              // "programme" in "X's evening news programme"
	languageCompounds                                              list              // "language" in "Serbian-language": the compound names a language (token.go)
}

// nameCues are schema.NameCues compiled for lookup: words lower-cased
// except the capitalised prefixes and company suffixes.
type nameCues struct {
	descriptors    map[string]string // lower-case noun -> label
	prefixes       map[string]string // capitalised first word(s) -> label
	synonyms       map[string]int    // head noun -> its synonym class
	describedHeads map[string]string // head noun -> label of "a naval coalition"
	partHeads      map[string]string // head noun -> label of "the AfCFTA secretariat"
	vague          set
	broadcast      set // "a weekly radio programme": no Program

	suffixes, roles, placeVerbs, mediaVerbs, placeNouns, namingVerbs, planHeads set
	suffixForms                                                                 []string // the company suffixes without dots, in the list's order, once each: "Inc", "Ltd" (gazetteer.go dictActor)
	codeNames                                                                   set      // "an operation codenamed Tarvik Dawn" (name.go)
	bodyHeads, stateHeads, stateOfHeads                                         set      // capitalised: "Commission", "Force", "Bank"
	acronymHeads                                                                set      // "KDF troops"
	programNameHeads                                                            set      // capitalised: "Initiative"
	agreementNameHeads                                                          set      // capitalised: "Act", "Consensus"
}

// suffixForms returns the company suffixes without their dots, each once,
// in the order listed.
func suffixForms(list []string) []string {
	var out []string
	seen := set{}
	for _, w := range list {
		w = strings.ReplaceAll(w, ".", "")
		if !seen[strings.ToLower(w)] {
			seen[strings.ToLower(w)] = true
			out = append(out, w)
		}
	}
	return out
}

func compileNameCues(c schema.NameCues) nameCues {
	out := nameCues{descriptors: map[string]string{}, prefixes: map[string]string{},
		suffixes: newSet(c.CompanySuffixes, false), suffixForms: suffixForms(c.CompanySuffixes), roles: newSet(c.RoleNouns, true),
		placeVerbs: newSet(c.PlaceVerbs, true), mediaVerbs: newSet(c.MediaVerbs, true),
		placeNouns: newSet(c.PlaceNouns, true), namingVerbs: newSet(c.NamingVerbs, true), planHeads: newSet(c.PlanHeads, true),
		codeNames: newSet(c.CodeNames, true),
		bodyHeads: newSet(c.BodyHeads, false), stateHeads: newSet(c.StateHeads, false), stateOfHeads: newSet(c.StateOfHeads, false),
		acronymHeads: newSet(c.AcronymHeads, true), programNameHeads: newSet(c.ProgramNameHeads, false),
		agreementNameHeads: newSet(c.AgreementNameHeads, false)}
	for label, words := range c.Descriptors {
		for _, w := range words {
			out.descriptors[strings.ToLower(w)] = label
		}
	}
	out.vague = newSet(c.VagueModifiers, true)
	out.broadcast = newSet(c.BroadcastModifiers, true)
	out.partHeads = map[string]string{}
	for label, words := range c.PartHeads {
		for _, w := range words {
			out.partHeads[strings.ToLower(w)] = label
		}
	}
	out.describedHeads = map[string]string{}
	for label, words := range c.DescribedHeads {
		for _, w := range words {
			out.describedHeads[strings.ToLower(w)] = label
		}
	}
	out.synonyms = map[string]int{}
	for k, class := range c.SynonymHeads {
		for _, w := range class {
			out.synonyms[strings.ToLower(w)] = k + 1
		}
	}
	for label, words := range c.Prefixes {
		for _, w := range words {
			out.prefixes[w] = label
		}
	}
	return out
}

type set map[string]bool

// has reports whether w is in s (a method value where a predicate is wanted).
func (s set) has(w string) bool { return s[w] }

// invert maps each lower-cased word of m's lists to its key.
func invert(m map[string][]string) map[string]string {
	out := map[string]string{}
	for _, k := range slices.Sorted(maps.Keys(m)) { // a word under two keys: the first in order, every run
		for _, w := range m[k] {
			if _, dup := out[strings.ToLower(w)]; !dup {
				out[strings.ToLower(w)] = k
			}
		}
	}
	return out
}

func newSet(words []string, fold bool) set {
	s := make(set, len(words))
	for _, w := range words {
		if fold {
			w = strings.ToLower(w)
		}
		s[w] = true
	}
	return s
}

func compile(s *schema.Schema) *lexicon {
	w := s.Words
	lx := &lexicon{
		byFirst:       map[string][]pattern{},
		abbrev:        newSet(slices.Concat(w.Abbreviations, w.Months, w.Honorifics, w.NameCues.CompanySuffixes), false),
		countries:     map[string]*entry{},
		capitalActors: map[string]*entry{},
		relTypes:      map[string]schema.RelationType{},
	}
	lx.sets = wordSets{
		honorifics:          newSet(w.Honorifics, false),
		judicialStyles:      newSet(w.JudicialStyles, false),
		saying:              lx.newList(w.SayingVerbs),
		actorNouns:          lx.newList(w.ActorNouns),
		stateBodyNouns:      lx.newList(w.StateBodyNouns),
		eponymBodyHeads:     lx.newList(w.EponymBodyHeads),
		periodPreps:         lx.newList(w.PeriodPreps),
		orgHeads:            newSet(w.OrgHeads, false),
		titledBodies:        newSet(w.TitledBodies, false),
		facilityHeads:       lx.newList(w.FacilityHeads),
		instrumentHeads:     lx.newList(w.InstrumentHeads),
		placeAgreementHeads: lx.newList(w.PlaceAgreementHeads),
		bodyAgreementHeads:  lx.newList(w.BodyAgreementHeads),
		topicBodyHeads:      lx.newList(w.TopicBodyHeads),
		placeHeads:          lx.newList(w.PlaceHeads),
		placeListHeads:      lx.newList(w.PlaceListHeads),
		bodyStyles:          newSet(w.BodyStyles, false),
		countryMissions:     newSet(w.CountryMissions, false),
		namePossessives:     newSet(w.NamePossessives, false),
		royalPossessives:    newSet(w.RoyalPossessives, false),
		eventNouns:          lx.newList(w.EventNouns),
		claimVerbs:          lx.newList(w.ClaimVerbs),
		additiveLinks:       lx.newList(w.AdditiveLinks),
		joinVerbs:           lx.newList(w.JoinVerbs),
		intentNouns:         lx.newList(w.IntentNouns),
		decidedNouns:        lx.newList(w.DecidedNouns),
		jointNouns:          lx.newList(w.JointNouns),
		ventureNouns:        lx.newList(w.VentureNouns),
		judgedActs:          lx.newList(w.JudgedActs),
		statementNouns:      lx.newList(w.StatementNouns),
		statementPreps:      lx.newList(w.StatementPreps),
		settingWords:        lx.newList(w.SettingWords),
		forcePhrases:        lx.newList(w.ForcePhrases),
		priceWords:          lx.newList(w.PriceWords),
		sameActs:            sameActPhrases(w.SameActs, w.Irregular),
		sameActTypes:        newSet(w.SameActTypes, false),
		agreementHeads:      lx.newList(w.AgreementHeads),
		agreementEvents:     lx.newList(w.AgreementEvents),
		agreementReached:    lx.newList(w.AgreementReached),
		voteHeads:           lx.newList(w.VoteHeads),
		voteWords:           lx.newList(w.VoteWords),
		voteFor:             lx.newList(w.VoteFor),
		voteAgainst:         lx.newList(w.VoteAgainst),
		agreementForms:      lx.newList(w.AgreementForms),
		programHeads:        lx.newList(w.ProgramHeads),
		programMods:         lx.newList(w.ProgramMods),
		weaponHeads:         lx.newList(w.WeaponHeads),
		weaponMods:          lx.newList(w.WeaponMods),
		particles:           newSet(w.NameParticles, false),
		firstNames:          newSet(w.FirstNames, false),
		notNames:            newSet(w.NotNames, false),
		months:              newSet(w.Months, false),
		weekdays:            newSet(w.Weekdays, false),
		placePreps:          lx.newList(w.PlacePreps),
		placeParts:          lx.newList(w.PlaceParts),
		descriptions:        map[string]string{},
		descriptionSorts:    map[string]string{},
		numberedHeads:       map[string]string{},
		memberSorts:         map[string]string{},
		headSorts:           map[string]string{},
		standaloneWeapons:   lx.newList(w.StandaloneWeapons),
		modelClasses:        lx.newList(w.ModelClasses),
		classNouns:          lx.newList(slices.Concat(w.WeaponClasses...)),
		media:               set{},
		cues:                compileNameCues(w.NameCues),
		modals:              lx.newList(w.Modals),
		hopeVerbs:           lx.newList(w.HopeVerbs),
		lightVerbs:          lx.newList(w.LightVerbs),
		failureVerbs:        lx.newList(w.FailureVerbs),
		failureNouns:        lx.newList(w.FailureNouns),
		jointAdverbs:        lx.newList(w.JointAdverbs),
		outletLeads:         lx.newList(w.OutletLeads),
		outletPreps:         lx.newList(w.OutletPreps),
		speakingWords:       lx.newList(w.SpeakingWords),
		reportVerbs:         lx.newList(w.ReportVerbs),
		carryVerbs:          lx.newList(w.CarryVerbs),
		speechNouns:         lx.newList(w.SpeechNouns),
		relativePronouns:    lx.newList(w.RelativePronouns),
		subordinators:       lx.newList(w.Subordinators),
		clauseBreaks:        lx.newList(w.ClauseBreaks),
		objectPreps:         lx.newList(w.ObjectPreps),
		topicPreps:          lx.newList(w.TopicPreps),
		nearTopicPreps:      lx.newList(w.NearTopicPreps),
		partOfCountry:       newSet(w.PartOfCountry, false),
		stance:              lx.compileStance(s),
		outletDescs:         lx.newList(w.OutletDescriptors),
		outletOwners:        lx.newList(w.OutletOwners),
		channelFollowers:    lx.newList(w.ChannelFollowers),
		timeSpanNouns:       lx.newList(w.TimeSpanNouns),
		dayParts:            lx.newList(w.DayParts),
		broadcastShows:      lx.newList(w.BroadcastShows),
		partNouns:           invert(w.PartNouns),
		criticNouns:         wordMapOf(lx, invert(w.CriticNouns)),
		memberWords:         lx.newList(w.MemberWords),
		memberModifiers:     lx.newList(w.MemberModifiers),
		listQuantifiers:     lx.newList(w.Quantifiers),
		backingLeads:        lx.newList(w.BackingLeads),
		backingNouns:        lx.newList(w.BackingNouns),
		claimNouns:          lx.newList(w.ClaimNouns),
		tradeNouns:          lx.newList(w.TradeNouns),
		backingVerbs:        lx.listOf(verbForms(w.BackingVerbs, w.Irregular)),
		lackingVerbs:        lx.listOf(verbForms(w.LackingVerbs, w.Irregular)),
		pendingVerbs:        lx.listOf(verbForms(w.PendingVerbs, w.Irregular)),
		talkVerbs:           lx.listOf(verbForms(w.TalkVerbs, w.Irregular)),
		receptionVerbs:      lx.newList(w.ReceptionVerbs),
		mediationVerbs:      lx.listOf(verbForms(w.MediationVerbs, w.Irregular)),
		remoteMedia:         lx.newList(w.RemoteMedia),
		baseHostVerbs:       lx.newList(w.BaseHostVerbs),
		followerNouns:       lx.newList(w.FollowerNouns),
		dissentNouns:        lx.newList(w.DissentNouns),
		agentNouns:          lx.newList(w.AgentNouns),
		concurVerbs:         lx.newList(w.ConcurVerbs),
		allyWords:           lx.newList(w.AllyWords),
		partnerNouns:        lx.newList(w.PartnerNouns),
		chairNouns:          lx.newList(w.ChairNouns),
		chairVerbs:          lx.listOf(verbForms(w.ChairVerbs, w.Irregular)),
		chairingVerbs:       lx.listOf(verbForms(w.ChairingVerbs, w.Irregular)),
		memberSeats:         lx.newList(w.MemberSeats),
		memberSeatVerbs:     lx.listOf(verbForms(w.MemberSeatVerbs, w.Irregular)),
		listLeads:           lx.newList(w.ListLeads),
		copulas:             lx.newList(w.Copulas),
		beForms:             lx.newList(append([]string{"be"}, w.Irregular["be"]...)),
		copulaAdverbs:       lx.newList(w.CopulaAdverbs),
		serveVerbs:          lx.listOf(verbForms(w.ServeVerbs, w.Irregular)),
		officeEntries:       lx.newList(w.OfficeEntries),
		appointVerbs:        lx.listOf(verbForms(w.AppointVerbs, w.Irregular)),
		successionVerbs:     lx.listOf(verbForms(w.SuccessionVerbs, w.Irregular)),
		replaceVerbs:        lx.listOf(verbForms(w.ReplaceVerbs, w.Irregular)),
		leadVerbs:           lx.newList(w.LeadVerbs),
		officialNouns:       lx.newList(w.OfficialNouns),
		referringTitles:     lx.newList(w.ReferringTitles),
		definites:           lx.newList(w.Definites),
		locatedSorts:        newSet(w.LocatedSorts, false),
		firmNouns:           lx.newList(w.FirmNouns),
		firmStateMarks:      lx.newList(w.FirmStateMarks),
		ledSorts:            newSet(w.LedSorts, false),
		leaderTitles:        newSet(w.LeaderTitles, false),
		polityNouns:         newSet(w.PolityNouns, true),
		jointSigning:        newSet(w.JointSigning, true),
		nonVerbIng:          newSet(w.NonVerbIng, true),
		groupNouns:          lx.newList(w.GroupNouns),
		compriseVerbs:       lx.newList(w.CompriseVerbs),
		staffNouns:          lx.newList(w.StaffNouns),
		regionWords:         newSet(w.RegionWords, false),
		adjectiveBodies:     lx.newList(w.AdjectiveBodies),
		postHeads:           lx.newList(w.PostHeads),
		placeNouns:          lx.newList(w.PlaceNouns),
		directions:          lx.newList(w.Directions),
		placeEpithets:       lx.newList(w.PlaceEpithets),
		regionKinds:         lx.newList(w.RegionKinds),
		barePlaceHeads:      lx.newList(w.BarePlaceHeads),
		shoreKinds:          lx.newList(w.ShoreKinds),
		nearPreps:           lx.newList(w.NearPreps),
		spanPreps:           lx.newList(w.SpanPreps),
		vicinityPreps:       lx.newList(w.VicinityPreps),
		femaleMarks:         lx.newList(w.FemaleMarks),
		maleMarks:           lx.newList(w.MaleMarks),
		companionVerbs:      lx.newList(w.CompanionVerbs),
		standInNouns:        lx.newList(w.StandInNouns),
		currencyNouns:       lx.newList(w.CurrencyNouns),
		faiths:              newSet(w.Faiths, false),
		vesselNouns:         lx.newList(w.VesselNouns),
		outletPrefixes:      newSet(w.OutletPrefixes, false),
		outletMedia:         newSet(w.OutletMedia, false),
		serviceWords:        newSet(w.ServiceWords, false),
		formerStates:        w.FormerStates,
		combiningForms:      w.CombiningForms,
		pressHeads:          newSet(w.PressHeads, false),
		wireServices:        newSet(w.WireServices, false),
		memberRoles:         lx.newList(w.MemberRoles),
		controlMarks:        lx.newList(w.ControlMarks),
		ownedMarks:          newSet(w.OwnedMarks, false),
		gatheringNouns:      lx.newList(w.GatheringNouns),
		sidelineNouns:       lx.newList(w.SidelineNouns),
		statePeople:         lx.newList(w.StatePeople),
		lineHeads:           lx.newList(w.LineHeads),
		premisesNouns:       lx.newList(w.PremisesNouns),
		presenceNouns:       lx.newList(w.PresenceNouns),
		seatNouns:           lx.newList(w.SeatNouns),
		ownSeatNouns:        lx.newList(w.OwnSeatNouns),
		deployedForms:       lx.newList(w.DeployedForms),
		attackedPlaceNouns:  lx.newList(w.AttackedPlaceNouns),
		backingParticiples:  lx.newList(w.BackingParticiples),
		seatVerbs:           lx.listOf(verbForms(w.SeatVerbs, w.Irregular)),
		seatedWords:         lx.newList(w.SeatedWords),
		settingTypes:        newSet(w.SettingTypes, false),
		nonOutletHeads:      lx.newList(w.NonOutletHeads),
		townNouns:           lx.newList(w.TownNouns),
		wouldWords:          lx.newList(w.WouldWords),
		willWords:           lx.newList(w.WillWords),
		announceVerbs:       lx.listOf(verbForms(slices.Concat(w.AnnounceVerbs, w.WarningVerbs), w.Irregular)),
	}
	lx.sets.subjectGerundPreps = lx.newList(w.SubjectGerundPreps)
	lx.sets.gerundSubjectPreps = lx.newList(w.GerundSubjectPreps)
	lx.sets.frontedEventPreps = lx.newList(w.FrontedEventPreps)
	lx.sets.creditVerbs = lx.listOf(verbForms(w.CreditVerbs, w.Irregular))
	lx.sets.creditNouns = lx.newList(w.CreditNouns)
	lx.sets.expressVerbs = lx.newList(w.ExpressVerbs)
	lx.sets.expressedStance = lx.newList(w.ExpressedStance)
	lx.sets.signatoryNouns = lx.newList(w.SignatoryNouns)
	lx.sets.includeWords = lx.newList(w.IncludeWords)
	lx.sets.signingRoles = lx.newList(w.SigningRoles)
	lx.sets.clauseSubjectWords = lx.newList(w.ClauseSubjectWords)
	lx.sets.irregularForms = lx.listOf(irregularForms(w.Irregular))
	lx.sets.collectiveNouns = map[string]string{}
	for class, nouns := range w.CollectiveNouns {
		for _, n := range nouns {
			lx.sets.collectiveNouns[strings.ToLower(n)] = class
		}
	}
	lx.sets.collectiveCounts = compileCounts(w.CollectiveCounts)
	lx.sets.reciprocals = lx.newList(w.Reciprocals)
	lx.sets.collectivePairs = lx.newList(w.CollectivePairs)
	lx.sets.collectiveMods = lx.newList(w.CollectiveMods)
	lx.sets.nonOfficeRoles = lx.newList(w.NonOfficeRoles)
	lx.sets.positionPreps = lx.newList(w.PositionPreps)
	lx.sets.boardNouns = lx.newList(w.BoardNouns)
	lx.sets.aimWords = lx.newList(w.AimWords)
	lx.sets.launchVerbs = lx.listOf(verbForms(w.LaunchVerbs, w.Irregular))
	lx.sets.idleWeaponVerbs = lx.listOf(verbForms(w.IdleWeaponVerbs, w.Irregular))
	lx.sets.actVerbs = lx.listOf(phraseForms(w.ActVerbs, w.Irregular))
	lx.sets.resistVerbs = lx.listOf(phraseForms(w.ResistVerbs, w.Irregular))
	lx.sets.stopVerbs = lx.listOf(phraseForms(w.StopVerbs, w.Irregular))
	lx.sets.cessationVerbs = lx.listOf(phraseForms(w.CessationVerbs, w.Irregular))
	lx.sets.priceVerbs = lx.listOf(verbForms(w.PriceVerbs, w.Irregular))
	lx.sets.sendVerbs = lx.listOf(verbForms(w.SendVerbs, w.Irregular))
	lx.sets.forceSendVerbs = lx.listOf(verbForms(w.ForceSendVerbs, w.Irregular))
	lx.sets.sentForces = lx.newList(w.SentForces)
	lx.sets.excludeVerbs = lx.listOf(phraseForms(w.ExcludeVerbs, w.Irregular))
	lx.sets.ownArms = lx.newList(w.OwnArms)
	lx.sets.courtesyNouns = lx.newList(w.CourtesyNouns)
	lx.sets.recipientNouns = lx.newList(w.RecipientNouns)
	lx.sets.aidNouns = lx.newList(w.AidNouns)
	lx.sets.particleVerbs = lx.listOf(verbForms(w.ParticleVerbs, w.Irregular))
	lx.sets.proceedAdverbs = lx.newList(w.ProceedAdverbs)
	lx.sets.phrasalVerbs = lx.newList(w.PhrasalVerbs)
	lx.sets.countAdverbs = lx.newList(w.CountAdverbs)
	lx.sets.listKinds = lx.newList(w.ListKinds)
	lx.sets.listingParticiples = lx.newList(w.ListingParticiples)
	lx.sets.listKeeping = lx.newList(w.ListKeeping)
	lx.sets.sanctionKeeping = lx.newList(w.SanctionKeeping)
	lx.sets.sanctionAdverbs = lx.newList(w.SanctionAdverbs)
	lx.sets.wantForms = lx.newList(w.WantForms)
	lx.sets.closables = lx.newList(w.Closables)
	lx.sets.visitNouns = lx.newList(w.VisitNouns)
	lx.sets.hostVerbs = lx.listOf(verbForms(w.HostVerbs, w.Irregular))
	lx.sets.dispatchVerbs = lx.listOf(verbForms(w.DispatchVerbs, w.Irregular))
	lx.sets.removalParticiples = lx.newList(w.RemovalParticiples)
	lx.sets.attendVerbs = lx.listOf(verbForms(w.AttendVerbs, w.Irregular))
	lx.sets.separateAdverbs = lx.newList(w.SeparateAdverbs)
	lx.sets.sideNouns = lx.newList(w.SideNouns)
	lx.sets.addressVerbs = lx.listOf(verbForms(w.AddressVerbs, w.Irregular))
	lx.sets.audienceWords = lx.newList(w.AudienceWords)
	lx.sets.reporterNouns = lx.newList(w.ReporterNouns)
	lx.sets.pinyinSyllables = lx.newList(w.PinyinSyllables)
	lx.sets.nameArticles = lx.newList(w.NameArticles)
	lx.sets.speechVerbs = lx.listOf(verbForms(w.SpeechVerbs, w.Irregular))
	lx.sets.callVerbs = lx.listOf(verbForms(w.CallVerbs, w.Irregular))
	lx.sets.callFollowers = lx.newList(w.CallFollowers)
	lx.sets.portfolioCapitals = lx.newList(w.PortfolioCapitals)
	lx.sets.stateStaffMarks = lx.newList(w.StateStaffMarks)
	lx.sets.localBodyHeads = lx.newList(w.LocalBodyHeads)
	lx.sets.unstated = lx.compileUnstated(w.Unstated, w.Irregular)
	lx.sets.invitationLeads = lx.newList(w.InvitationLeads)
	lx.sets.invitationNouns = lx.newList(w.InvitationNouns)
	lx.sets.custodyVerbs = lx.listOf(verbForms(w.CustodyVerbs, w.Irregular))
	lx.sets.targetNouns = lx.newList(w.TargetNouns)
	lx.sets.actNouns = map[string]set{}
	for n, verbs := range w.ActNouns {
		lx.sets.actNouns[n] = newSet(verbs, true)
	}
	lx.sets.against = w.AgainstTypes
	lx.bareBodies = newSet(w.BareBodyNames, false)
	lx.unitOrdinals = newSet(w.UnitOrdinals, false)
	lx.sets.languageCompounds = lx.newList(w.LanguageCompounds)
	lx.strikeForms = newSet(w.StrikeForms, true)
	lx.strikeNouns = newSet(w.StrikeNouns, true)
	lx.sets.compounds = compoundWords{modFirst: compileCompounds(w.CompoundParticiples), headFirst: wordMapOf(lx, compileCompounds(w.CompoundHeadFirst)),
		leaders: newSet(w.CompoundLeaders, true), groups: lx.newList(w.CompoundGroups), receiving: verbForms(w.ReceivingVerbs, w.Irregular),
		buying: verbForms(w.BuyingWords, w.Irregular)}
	makers := map[string]string{}
	for _, typ := range slices.Sorted(maps.Keys(w.MakerNouns)) {
		for _, n := range w.MakerNouns[typ] {
			if _, dup := makers[strings.ToLower(n)]; !dup {
				makers[strings.ToLower(n)] = typ
			}
		}
	}
	lx.sets.makers = wordMapOf(lx, makers)
	for label, heads := range w.NumberedHeads {
		for _, h := range heads {
			lx.sets.numberedHeads[strings.ToLower(h)] = label
		}
	}
	for sort, heads := range w.MemberSorts {
		for _, h := range heads {
			lx.sets.memberSorts[strings.ToLower(h)] = sort
		}
	}
	for sort, heads := range w.HeadSorts {
		for _, h := range heads {
			lx.sets.headSorts[h] = sort
		}
	}
	for sort, heads := range w.DescriptionSorts {
		for _, h := range heads {
			lx.sets.descriptionSorts[strings.ToLower(h)] = sort
		}
	}
	for _, o := range s.Organizations {
		if o.Kind == "media" {
			for _, n := range append([]string{o.Name}, o.Aliases...) {
				lx.sets.media[n] = true
			}
		}
	}
	for label, heads := range w.DescriptionHead {
		for _, h := range heads {
			lx.sets.descriptions[strings.ToLower(h)] = label
		}
	}
	for _, r := range s.Relations {
		lx.relTypes[r.Name] = r
		if r.Places {
			lx.placeTypes = append(lx.placeTypes, r.Name)
		}
	}
	lx.things = set{}
	for _, l := range s.Labels {
		if l.Thing {
			lx.things[l.Name] = true
		}
	}

	for _, c := range s.Countries {
		e := &entry{label: "Country", key: "country:" + c.Code, name: c.Name, country: c.Code}
		lx.countries[c.Code] = e
		lx.add(e, c.Name, false)
		for _, a := range c.Aliases {
			lx.add(e, a, false)
		}
		for _, a := range c.Adjectives {
			lx.add(&entry{label: "Country", key: e.key, name: c.Name, kind: kindAdjective, country: c.Code}, a, false)
		}
		if c.Capital != "" {
			for _, form := range append([]string{c.Capital}, c.CapitalAliases...) {
				lx.add(&entry{label: "Country", key: e.key, name: c.Name, kind: kindCapital, country: c.Code, place: c.Capital}, form, false)
			}
		}
		for _, a := range c.Seats {
			lx.add(&entry{label: "Country", key: e.key, name: c.Name, kind: kindSeat, country: c.Code, place: a}, a, false)
		}
	}
	orgKeys := map[string]string{}
	for _, o := range s.Organizations {
		orgKeys[strings.ToLower(o.Name)] = entryKey("organization", o)
	}
	lx.orgKeys = orgKeys
	lists := []struct {
		label   string
		entries []schema.Entry
	}{
		{"Organization", s.Organizations}, {"Location", s.Places}, {"Facility", s.Facilities},
		{"WeaponSystem", s.Weapons}, {"Program", s.Programs}, {"Agreement", s.Agreements}, {"Person", s.People},
	}
	heads := newSet(s.Words.AgreementHeads, false)
	for _, l := range lists {
		for _, x := range l.entries {
			e := &entry{label: l.label, key: entryKey(strings.ToLower(l.label), x), name: x.Name,
				country: x.Country, generic: x.Generic, sort: x.Kind}
			fold := x.Generic // classes are common nouns: "radar", "Radar"
			if l.label == "Organization" && x.Generic {
				e.kind = kindBody
			}
			lx.add(e, x.Name, fold)
			for _, c := range x.Metonyms {
				lx.capitalActors[strings.ToLower(c)] = e
			}
			for _, a := range x.Aliases {
				if l.label == "Person" && startsWithTitle(s.Titles, a) {
					continue // "President George W. Bush": the title is found on its own
				}
				lx.add(e, a, fold)
			}
			if l.label == "Agreement" && !fold {
				for _, f := range lowerHeadForms(x, heads) {
					lx.add(e, f, false)
				}
			}
			if l.label == "WeaponSystem" && !fold {
				for _, f := range pluralModelForms(x) {
					lx.add(e, f, false)
				}
			}
		}
	}
	for i := range s.Titles {
		t := &s.Titles[i]
		e := &entry{label: "Title", name: t.Name, kind: kindTitle, country: t.Country, title: t}
		if !(t.Org != "" && strings.Contains(t.Name, " of ")) {
			lx.add(e, t.Name, true) // "president of the European Commission" is a title and its organization
		}
		for _, f := range t.Forms {
			lx.add(e, f, true)
		}
	}
	lx.weaponClass = map[string]int{}
	for g, c := range s.Words.WeaponClasses {
		for _, w := range c {
			lx.weaponClass[w] = g
		}
	}
	lx.classForms(s.Weapons, s.Words.WeaponClasses)
	lx.familyForms(s.Weapons, s.Words.WeaponClasses)
	for first := range lx.byFirst {
		ps := lx.byFirst[first]
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
	lx.bodies = countryBodies(s)
	lx.legislatures = map[string]int{}
	for _, o := range s.Organizations {
		if !o.Generic && o.Country != "" && o.Kind == "legislature" {
			lx.legislatures[o.Country]++
		}
	}
	lx.verbs = inflections(s)
	sayingForms := set{}
	for form, lemma := range lx.verbs {
		if lx.sets.saying.has(lemma) {
			sayingForms[form] = true
		}
	}
	lx.sayingForms = lx.listOf(sayingForms)
	lx.cues = compileCues(s, lx)
	return lx
}

// classForms adds to each named weapon the forms with the other class
// nouns of its class noun's group (words.yaml weapon_classes): a weapon
// listed as "Mirage jets" is matched in "sent Mirage warplanes"
// too. A form is added only after a capitalised or numbered stem (a name,
// not "cruise" of "cruise missiles") and only when no entry has it; so is
// a designator's plural ("KN-23s" of "KN-23", pluralDesignator).
func (lx *lexicon) classForms(weapons []schema.Entry, classes [][]string) {
	type form struct {
		words string
		e     *entry
	}
	known, byKey := map[string]bool{}, map[string]*entry{}
	for _, ps := range lx.byFirst {
		for _, p := range ps {
			known[strings.Join(p.words, " ")] = true
			if p.e.label == "WeaponSystem" {
				byKey[p.e.key] = p.e
			}
		}
	}
	var added []form
	for _, x := range weapons {
		if x.Generic {
			continue
		}
		e := byKey[entryKey("weaponsystem", x)]
		if e == nil {
			continue
		}
		for _, f := range append([]string{x.Name}, x.Aliases...) {
			if stem, g := lx.classStem(f); stem != "" {
				for _, c := range classes[g] {
					added = append(added, form{stem + " " + c, e})
				}
			}
		}
	}
	for _, x := range weapons {
		if e := byKey[entryKey("weaponsystem", x)]; e != nil && !x.Generic {
			for _, f := range append([]string{x.Name}, x.Aliases...) {
				if pluralDesignator(f) {
					added = append(added, form{f + "s", e}) // "KN-23s", "Hwasong-17s"
				}
			}
		}
	}
	for _, f := range added {
		if !known[f.words] {
			known[f.words] = true
			lx.add(f.e, f.words, false)
		}
	}
}

// pluralDesignator reports whether a weapon's form is one model
// designator (designator) that ends on a digit or a capital ("KN-23",
// "Hwasong-17", "S-400", "T-90M"): news writes its plural with an "s"
// ("fired KN-23s"), which classForms adds as a form of it.
func pluralDesignator(f string) bool {
	if f == "" || strings.ContainsAny(f, " .") || !designator(f) {
		return false
	}
	r := f[len(f)-1]
	return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z'
}

// classStem splits a named weapon's form into its name and the class
// noun after it (words.yaml weapon_classes), returning the name and the
// class noun's group: "Mirage" and the aircraft of "Mirage jets". A stem
// with a word that opens with neither a capital nor a digit is no name
// ("cruise" of "cruise missiles", "IRIS-T air defence" of "IRIS-T air
// defence systems"); with no class noun the stem is "".
func (lx *lexicon) classStem(form string) (string, int) {
	words := strings.Fields(form)
	for n := 2; n >= 1; n-- {
		if len(words) <= n {
			continue
		}
		g, ok := lx.weaponClass[strings.Join(words[len(words)-n:], " ")]
		stem := words[:len(words)-n]
		if ok && !slices.ContainsFunc(stem, func(w string) bool { r := w[0]; return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') }) {
			return strings.Join(stem, " "), g
		}
	}
	return "", 0
}

// startsWithTitle reports whether name begins with a title's name or form.
func startsWithTitle(titles []schema.Title, name string) bool {
	lower := strings.ToLower(name)
	for _, t := range titles {
		for _, f := range append([]string{t.Name}, t.Forms...) {
			if f = strings.ToLower(f); f != "" && strings.HasPrefix(lower, f+" ") {
				return true
			}
		}
	}
	return false
}

// entryKey is the stable entity id of a lexicon entry: prefix + ":" + key,
// or a slug of the name.
func entryKey(prefix string, x schema.Entry) string {
	if x.Key != "" {
		return prefix + ":" + x.Key
	}
	return prefix + ":" + slug(x.Name)
}

func (lx *lexicon) add(e *entry, form string, fold bool) {
	abbrev := lx.abbrev
	if fold {
		abbrev = lx.foldedAbbrev() // "gen." is one word, as "Gen." is in the text
	}
	toks := tokenize(form, abbrev)
	if len(toks) == 0 {
		return
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
		if fold {
			words[i] = strings.ToLower(t.Text)
		}
	}
	lx.byFirst[words[0]] = append(lx.byFirst[words[0]], pattern{words: words, fold: fold, e: e})
	if len(words) == 1 && !fold && e.label == "Organization" {
		// British style writes acronyms as names: "Nato", "Opec", "Ecowas",
		// "Zanu-PF"; not when that is a word or a given name ("Rand", "Sana")
		if t := britishAcronym(form); t != "" && !lx.sets.firstNames[t] && !lx.sets.notNames[t] {
			lx.byFirst[t] = append(lx.byFirst[t], pattern{words: []string{t}, e: e})
		}
	}
}

// britishAcronym returns the form British style gives the acronym f, its
// parts of four letters or more written as names ("NATO" is "Nato",
// "ZANU-PF" is "Zanu-PF"), or "" when f is no acronym or has no such part.
func britishAcronym(f string) string {
	parts := strings.Split(f, "-")
	long := false
	for k, p := range parts {
		if p == "" || !isAcronym(p) {
			return ""
		}
		if len(p) >= 4 {
			parts[k], long = titleCase(p), true
		}
	}
	if !long {
		return ""
	}
	return strings.Join(parts, "-")
}

// foldedAbbrev returns the dotted words of lx.abbrev with their
// lower-case forms too, built on first use: the forms of a case-blind
// entry ("gen.", "lt. col.") are written in lower case.
func (lx *lexicon) foldedAbbrev() map[string]bool {
	if lx.abbrevFold == nil {
		lx.abbrevFold = map[string]bool{}
		for w := range lx.abbrev {
			lx.abbrevFold[w], lx.abbrevFold[strings.ToLower(w)] = true, true
		}
	}
	return lx.abbrevFold
}

// isAcronym reports whether s is upper-case ASCII letters only.
func isAcronym(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// isAcronymName reports whether s, exactly as written, is an all-capitals
// name the lexicon knows ("NATO", "OPEC").
func (lx *lexicon) isAcronymName(s string) bool {
	if !isAcronym(s) {
		return false
	}
	for _, p := range lx.byFirst[s] {
		if len(p.words) == 1 && !p.fold && p.words[0] == s && p.e.kind == kindName && p.e.label != "Location" && p.e.label != "Country" {
			return true
		}
	}
	return false
}

// countryWord returns the Country entry whose one-word name or demonym w
// is, exactly as written ("Irish", "Russia"), or nil: a part of a
// hyphenated pair of states ("Iran-Iraq", "Anglo-Irish") is one.
func (lx *lexicon) countryWord(w string) *entry {
	for _, p := range lx.byFirst[w] {
		if len(p.words) == 1 && p.e.label == "Country" {
			return p.e
		}
	}
	return nil
}

// knownWord reports whether the one word w is an entry's whole name or
// form in the lexicon ("Austria", "Russian").
func (lx *lexicon) knownWord(w string) bool {
	e, n := lx.match([]Token{{Text: w, Kind: Word, lower: lowerCase(w)}}, 0, 1)
	return e != nil && n == 1
}

// startsNone reports whether no lexicon entry starts at toks[i].
func (lx *lexicon) startsNone(toks []Token, i, end int) bool {
	e, _ := lx.match(toks, i, end)
	return e == nil
}

// match returns the longest lexicon pattern that starts at toks[i], and
// its length in tokens. An all-capitals token (a dateline's "UNITED
// NATIONS") also matches longer names case-insensitively. An i at or
// past end (a phrase that ends the text) matches nothing.
func (lx *lexicon) match(toks []Token, i, end int) (*entry, int) {
	if i >= end || i >= len(toks) {
		return nil, 0
	}
	var best *entry
	bestN := 0
	try := func(ps []pattern, fold bool, caps bool) {
		for _, p := range ps {
			n := len(p.words)
			if n <= bestN || i+n > end {
				continue
			}
			if caps && !p.fold && n == 1 && len(p.words[0]) < 5 && !capsDateline(toks, i) {
				continue // "AIDS", "CHAD" in a shouted headline; not "ROME - ..." opening a paragraph
			}
			ok := true
			for k, w := range p.words {
				t := toks[i+k].Text
				if p.fold || caps {
					ok = strings.EqualFold(t, w)
				} else {
					ok = t == w
				}
				if !ok {
					break
				}
			}
			if ok {
				best, bestN = p.e, n
			}
		}
	}
	t := toks[i].Text
	if lower := toks[i].lower; lower == t {
		try(lx.patternsOf(&toks[i]), false, false)
	} else {
		try(lx.casedPatternsOf(&toks[i]), false, false)
		try(lx.patternsOf(&toks[i]), true, false)
	}
	if bestN == 0 && isAllCaps(t) && len(t) > 1 {
		try(lx.byFirst[titleCase(t)], false, true)
	}
	return best, bestN
}

// matchWhole returns the lexicon's entry for all of name, or nil when it
// reads none or only part of it: a name the lexicon writes itself (a
// title's organization, a sub-body's parent) or one made of the text's
// words (a misspelt weapon's fixed name, a place's adjective's base).
func (lx *lexicon) matchWhole(name string) *entry {
	toks := tokenize(name, lx.abbrev)
	if e, n := lx.match(toks, 0, len(toks)); n == len(toks) {
		return e
	}
	return nil
}

// patternsOf returns the patterns whose first word is token t's lower-cased
// form: byFirst's, read from the token's wordInfo when it has one.
func (lx *lexicon) patternsOf(t *Token) []pattern {
	if t.info != nil {
		return t.info.patterns
	}
	return lx.byFirst[t.lower]
}

// casedPatternsOf returns the patterns whose first word is token t's text
// as written, one with capitals: byFirst's, read from the token's wordInfo
// when it has one (its few cased forms, where byFirst is a large map).
func (lx *lexicon) casedPatternsOf(t *Token) []pattern {
	if t.info == nil {
		return lx.byFirst[t.Text]
	}
	for _, c := range t.info.cased {
		if c.form == t.Text {
			return c.patterns
		}
	}
	return nil
}

// capsDateline reports whether toks[i] opens a paragraph (or the text)
// before a dash or a colon, as a dateline in capitals does ("ROME - ...",
// "LIMA: ..."): a short word there is the bureau's city, not an acronym.
func capsDateline(toks []Token, i int) bool {
	if i > 0 && !toks[i].NewlineBefore || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.Kind == Punct && (n.Text == ":" || strings.ContainsAny(n.Text, "-—–"))
}

// isAllCaps reports whether s has letters and all of them are capitals;
// a script without case is none ("林德福", a name's native spelling in
// brackets, is no acronym).
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) || unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsTitle(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	rs := []rune(strings.ToLower(s))
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

// slug is a lower-case, hyphenated form of s for ids: "Ban Ki-moon" ->
// "ban-ki-moon".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else if r != '\'' && r != '’' && r != '.' {
			dash = true
		}
	}
	return b.String()
}

// countryBodies maps a generic body of a country ("RUS-foreign-ministry",
// as "Russia's foreign ministry" is keyed) to the lexicon entry that names
// that very body ("Russian Foreign Ministry"), so that both are one node.
func countryBodies(s *schema.Schema) map[string]*entry {
	concepts := map[string]string{} // lower-cased body form -> concept
	for _, o := range s.Organizations {
		if o.Generic {
			for _, f := range append([]string{o.Name}, o.Aliases...) {
				concepts[strings.ToLower(f)] = slug(o.Name)
			}
		}
	}
	adjectives := map[string][]string{}
	for _, c := range s.Countries {
		for _, a := range slices.Concat([]string{c.Name}, c.Aliases, c.Adjectives) {
			adjectives[c.Code] = append(adjectives[c.Code], strings.ToLower(a)+" ", strings.ToLower(a)+"'s ")
		}
	}
	out := map[string]*entry{}
	for _, o := range s.Organizations {
		if o.Generic || o.Country == "" {
			continue
		}
		for _, f := range append([]string{o.Name}, o.Aliases...) {
			lf := strings.ToLower(f)
			for _, adj := range adjectives[o.Country] {
				if concept, ok := concepts[strings.TrimPrefix(lf, adj)]; ok && strings.HasPrefix(lf, adj) {
					if key := o.Country + "-" + concept; out[key] == nil {
						out[key] = &entry{label: "Organization", key: entryKey("organization", o), name: o.Name, country: o.Country}
					}
				}
			}
		}
	}
	return out
}

// verbForms returns every form of the verb lemmas: the lemma, its regular
// forms and the irregular ones the schema lists.
func verbForms(lemmas []string, irregular map[string][]string) set {
	out := set{}
	for _, l := range lemmas {
		l = strings.ToLower(l)
		irr, hasIrr := irregular[l]
		out[l] = true
		for _, f := range append(regularForms(l, hasIrr), irr...) {
			out[strings.ToLower(f)] = true
		}
	}
	return out
}

// lowerHeadForms returns the forms of the agreement x's name and aliases
// that end on a capitalised agreement head (words.yaml agreement_heads)
// written in lower case, which the lexicon does not list already: news
// writes "the Arms Trade treaty" as often as "the Arms Trade Treaty".
func lowerHeadForms(x schema.Entry, heads set) []string {
	return unlistedForms(x, func(f string) string {
		k := strings.LastIndexByte(f, ' ')
		if k < 0 {
			return ""
		}
		last := f[k+1:]
		if low := strings.ToLower(last); last != low && heads[low] {
			return f[:k+1] + low
		}
		return ""
	})
}

// pluralModelForms returns the plurals of the weapon x's aliases that are
// a model's designator and its capitalised nickname ("F/A-18 Hornet",
// "F-16 Fighting Falcon"), which the lexicon does not list already: news
// counts aircraft in the plural, "two F/A-18 Hornets".
func pluralModelForms(x schema.Entry) []string {
	return unlistedForms(x, func(f string) string {
		k := strings.LastIndexByte(f, ' ')
		if k < 0 || !strings.ContainsAny(f[:k], "0123456789") || strings.ContainsAny(f[k+1:], "0123456789") {
			return ""
		}
		last := f[k+1:]
		if r, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(r) || strings.HasSuffix(last, "s") || strings.ToUpper(last) == last {
			return "" // no nickname: "Block IIA", "F-16 Block 70"
		}
		return f + "s"
	})
}

// unlistedForms returns, in order and once each, the forms form makes of
// the entry x's name and aliases ("" for none) that x does not list
// already: the variants lowerHeadForms and pluralModelForms add to the
// lexicon.
func unlistedForms(x schema.Entry, form func(string) string) []string {
	have := set{x.Name: true}
	for _, a := range x.Aliases {
		have[a] = true
	}
	var out []string
	for _, f := range append([]string{x.Name}, x.Aliases...) {
		if g := form(f); g != "" && !have[g] {
			have[g] = true
			out = append(out, g)
		}
	}
	return out
}
