// Package schema holds geokg's ontology (node labels and relationship types)
// and the lexicons the extractor matches against: countries, organizations,
// places, facilities, weapon systems, programs, agreements, titles, relation
// cues and closed word lists.
//
// Everything here is data, including the behaviour of relation types and
// labels (RelationType.SubjectNouns, Label.Thing, ...). The defaults are
// YAML files embedded in the binary; users extend them with files of the
// same shape (see Load and the merge rules in merge.go). The package only
// parses, merges and checks, reporting every problem at its file, line and
// column (parse.go, check.go): the mechanisms that use the lexicons live in
// package extract.
package schema

import (
	"maps"
	"reflect"
	"slices"
)

// Schema is the merged ontology and lexicons. The zero value is empty.
// A Schema is read-only once built; share it freely between goroutines.
type Schema struct {
	Labels        []Label        `yaml:"labels,omitempty" json:"labels,omitempty"`
	Relations     []RelationType `yaml:"relations,omitempty" json:"relations,omitempty"`
	Countries     []Country      `yaml:"countries,omitempty" json:"countries,omitempty"`
	Organizations []Entry        `yaml:"organizations,omitempty" json:"organizations,omitempty"`
	Places        []Entry        `yaml:"places,omitempty" json:"places,omitempty"`
	Facilities    []Entry        `yaml:"facilities,omitempty" json:"facilities,omitempty"`
	Weapons       []Entry        `yaml:"weapons,omitempty" json:"weapons,omitempty"`
	Programs      []Entry        `yaml:"programs,omitempty" json:"programs,omitempty"`
	Agreements    []Entry        `yaml:"agreements,omitempty" json:"agreements,omitempty"`
	People        []Entry        `yaml:"people,omitempty" json:"people,omitempty"`
	Titles        []Title        `yaml:"titles,omitempty" json:"titles,omitempty"`
	Cues          []Cue          `yaml:"cues,omitempty" json:"cues,omitempty"`
	Words         Words          `yaml:"words,omitempty" json:"words,omitempty"`

	// Warnings are the problems found while loading that did not stop it:
	// an alias that already names another entry, a parent nothing names.
	Warnings []Problem `yaml:"-" json:"-"`

	keyRefs []keyRef // the map keys of a file that name labels or kinds, for the checker
}

// Label is a node label of the ontology, with how the Browser shows it.
type Label struct {
	Name        string `yaml:"name" json:"name"`
	Description string `yaml:"description,omitempty" json:"description,omitempty"`
	Color       string `yaml:"color,omitempty" json:"color,omitempty"`     // Browser fill colour, "#rrggbb"
	Caption     string `yaml:"caption,omitempty" json:"caption,omitempty"` // property shown as caption, "name" by default
	// Thing marks the labels of things actors act on rather than actors or
	// places (weapon systems, programs, agreements): a cue's fallback type
	// may take them ("condemns the deal" is OPPOSES), a noun cue without a
	// target takes the last one named ("Moscow's opposition"), and one
	// standing before a cue's target that cannot be it is its real object,
	// and a cue's item (Cue.Item) is one.
	Thing bool `yaml:"thing,omitempty" json:"thing,omitempty"`
	// Kinds are the sub-kinds an entry of this label may have ("kind:
	// media"); empty means any.
	Kinds []string `yaml:"kinds,omitempty" json:"kinds,omitempty"`

	src *origin
}

// RelationType is a relationship type with the labels it may join.
type RelationType struct {
	Name        string   `yaml:"name" json:"name"`
	Description string   `yaml:"description,omitempty" json:"description,omitempty"`
	Symmetric   bool     `yaml:"symmetric,omitempty" json:"symmetric,omitempty"`
	Sources     []string `yaml:"sources" json:"sources"` // labels allowed at the start
	Targets     []string `yaml:"targets" json:"targets"` // labels allowed at the end
	// Properties are the relationship's properties. The extractor fills
	// "item" from a cue's direct object (Cue.Item) and, after the target,
	// "quantity" (a number before it), "location" (a country or place after
	// in/to/on, also written as a Places relation), "cost" (a sum of money
	// in the sentence) and "status" ("planned" after an intent word such as
	// "plans to", else "current").
	Properties []string `yaml:"properties,omitempty" json:"properties,omitempty"`

	// The behaviour of the type in the extractor and the loader.

	// SubjectNouns: a noun cue without a possessor takes the clause's
	// subject as its source ("Gates, on a visit to Poland"); otherwise a noun
	// cue needs a possessor ("Russia's sale of ...").
	SubjectNouns bool `yaml:"subject_nouns,omitempty" json:"subject_nouns,omitempty"`
	// OwnedTarget: the source owns its target. The loader scopes a generic
	// target by its owner ("weaponsystem:radar@country:USA"), and a noun
	// cue's source is the owner the target is written with ("deployment of
	// an advanced U.S. missile system").
	OwnedTarget bool `yaml:"owned_target,omitempty" json:"owned_target,omitempty"`
	// TargetList: a cue's targets run on through a list of mentions of the
	// first target's label ("10 interceptors in Poland and radar in the Czech
	// Republic"), until a clause ends.
	TargetList bool `yaml:"target_list,omitempty" json:"target_list,omitempty"`
	// Plannable: a plan, threat or possibility states the relation too
	// ("could strike" is a THREATENS, "plans to deploy" a DEPLOYS with
	// status planned); other types state nothing after a modal, a verb of
	// wanting or asking ("urged Iran to halt") or in an "if" clause.
	Plannable bool `yaml:"plannable,omitempty" json:"plannable,omitempty"`
	// TopicTarget: a noun cue with no target takes the weapon system,
	// program or agreement (a Thing) just discussed ("Moscow's opposition").
	TopicTarget bool `yaml:"topic_target,omitempty" json:"topic_target,omitempty"`
	// PlaceObject: the object of a one-word verb cue is a place, not the
	// government that shares its name ("visited Kyiv" is the city).
	PlaceObject bool `yaml:"place_object,omitempty" json:"place_object,omitempty"`
	// AwayTarget: the target is away from the source's own state, so a
	// person's state as target states nothing ("Putin visited Russia's Far
	// East" is no visit to Russia).
	AwayTarget bool `yaml:"away_target,omitempty" json:"away_target,omitempty"`
	// PlaceAgent: a passive verb cue with no agent after "by" takes the
	// country after "in" as its source ("the party is banned in Turkey":
	// the state whose law bans it).
	PlaceAgent bool `yaml:"place_agent,omitempty" json:"place_agent,omitempty"`
	// ActTarget: a cue whose object is an ownerless act noun ("criticized
	// the decision", "the call was seconded by") takes as its target the
	// actor who made that act just before (words.yaml act_nouns).
	ActTarget bool `yaml:"act_target,omitempty" json:"act_target,omitempty"`
	// Places: the target is where the source is. The loader scopes a
	// generic source with no owner by it ("weaponsystem:radar@country:CZE"),
	// and a "location" property is also written as a relation of this type.
	Places bool `yaml:"places,omitempty" json:"places,omitempty"`
	// Threat names the type a hostile act of this type states when its own
	// doer announces it on a condition or as what it would or will do ("we
	// will destroy X if ...", "warned it would strike X"): THREATENS for
	// ATTACKS. Said of another doer or by no one, such an act states
	// nothing.
	Threat string `yaml:"threat,omitempty" json:"threat,omitempty"`
	// Between sides: the relation holds between two sides, never between
	// a person and the state or body he holds office in ("the Kremlin
	// supports Putin" says nothing a title does not: no SUPPORTS; "the
	// Chilean president told Chilean troops" is no channel to Chile).
	BetweenSides bool `yaml:"between_sides,omitempty" json:"between_sides,omitempty"`
	// AgainstOthers: the source acts against another side, never against
	// the state or body it speaks for (a person holding office there, or
	// of that country): "Amr Moussa, the league's secretary-general,
	// complained" is no criticism of the league.
	AgainstOthers bool `yaml:"against_others,omitempty" json:"against_others,omitempty"`
	// NotOwnOffice: a hostile act (an attack, a sanction, a threat) never
	// joins a person and the state or body he holds office in (or a body
	// of it), either way: "the Peruvian president suspended Peru's
	// membership" is no sanction on Peru, and a state does not attack its
	// own minister (a misread "the government has attacked him"). Only
	// offices count, not a demonym: "Peru jailed a Peruvian opposition
	// leader" keeps its target. Checked once the article's offices are
	// known (extract/sides.go).
	NotOwnOffice bool `yaml:"not_own_office,omitempty" json:"not_own_office,omitempty"`

	src *origin
}

// Country is a sovereign state or state-like polity. Its entity id is
// "country:" + Code.
type Country struct {
	Code       string   `yaml:"code" json:"code"` // ISO 3166-1 alpha-3, or a stable made-up code for polities without one
	Name       string   `yaml:"name" json:"name"` // canonical name
	Aliases    []string `yaml:"aliases,omitempty" json:"aliases,omitempty"`
	Adjectives []string `yaml:"adjectives,omitempty" json:"adjectives,omitempty"` // demonyms and adjectives: Russian, Russians
	Capital    string   `yaml:"capital,omitempty" json:"capital,omitempty"`       // metonym as actor, Location as place
	// Other spellings of the capital ("Kiev", "Sana'a", "Bogotá"): the same
	// metonym and the same place.
	CapitalAliases []string `yaml:"capital_aliases,omitempty" json:"capital_aliases,omitempty"`
	Seats          []string `yaml:"seats,omitempty" json:"seats,omitempty"` // seats of power used as metonyms: Kremlin, White House

	src *origin
}

// Entry is a named thing of one label: an organization, place, facility,
// weapon system, program, agreement or well-known person.
type Entry struct {
	Name    string   `yaml:"name" json:"name"`                           // canonical name
	Aliases []string `yaml:"aliases,omitempty" json:"aliases,omitempty"` // other surface forms, matched as written
	Key     string   `yaml:"key,omitempty" json:"key,omitempty"`         // id suffix; derived from Name when empty
	Country string   `yaml:"country,omitempty" json:"country,omitempty"` // alpha-3 of the state it belongs to or lies in
	Parent  string   `yaml:"parent,omitempty" json:"parent,omitempty"`   // name of the organization or place it is part of
	Kind    string   `yaml:"kind,omitempty" json:"kind,omitempty"`       // free-form sub-kind: media, city, region, ...
	Generic bool     `yaml:"generic,omitempty" json:"generic,omitempty"` // a class of thing ("radar"), not one named thing
	// Metonyms are capitals whose name, used as an actor, stands for this
	// organization rather than for the country they are the capital of:
	// "Brussels warned Budapest" is the European Union. As a place the
	// word is still the city.
	Metonyms []string `yaml:"metonyms,omitempty" json:"metonyms,omitempty"`

	src *origin
}

// Title is an office or rank that, written before or after a name, makes
// that name a Person holding office.
type Title struct {
	Name    string   `yaml:"name" json:"name"`                           // canonical title: "foreign minister"
	Forms   []string `yaml:"forms,omitempty" json:"forms,omitempty"`     // surface forms, matched case-insensitively
	Country string   `yaml:"country,omitempty" json:"country,omitempty"` // the state the title implies when none is named
	Org     string   `yaml:"org,omitempty" json:"org,omitempty"`         // the organization the title implies when none is named
	// State marks an office of a state's own government (head of state or
	// government, minister, legislator): written with no state or body, it
	// is held for the article's principal country.
	State bool `yaml:"state,omitempty" json:"state,omitempty"`
	// Staff marks a post held in someone's service (adviser, spokesperson,
	// chief of staff): "an aide to President X" holds it for X's state.
	Staff bool `yaml:"staff,omitempty" json:"staff,omitempty"`
	// Sort is the kind of organization the title is held in (an
	// Organization kind: armed-group, party): written with no organization
	// named, it is held in the one organization of that kind the article
	// has in view ("The rebel leader, X, said" after "the Kestrel Front").
	Sort string `yaml:"sort,omitempty" json:"sort,omitempty"`
	// Regnal marks a monarch's style, written before the one name a
	// monarch reigns by ("King Hussein", "Emir Tamim"): that name is a
	// given or regnal name, never the surname of a person named before,
	// and the person is named with the style.
	Regnal bool `yaml:"regnal,omitempty" json:"regnal,omitempty"`
	// Style marks a title that is a form of address or a calling, no
	// office of any state ("Sheikh", "the cleric"): the state a dictionary
	// gives the person is not the state of this title.
	Style bool `yaml:"style,omitempty" json:"style,omitempty"`
	// Rank marks a military rank ("General", "Rear Admiral"): a grade,
	// not a post, which a person's post in a named force or command of
	// the same state says more precisely.
	Rank bool `yaml:"rank,omitempty" json:"rank,omitempty"`
	// Stateless marks an office held against a state's government, not
	// in it ("opposition leader"): a state written with it ("the Russian
	// opposition leader X") places the holder, who holds the office only
	// in the party or body named.
	Stateless bool `yaml:"stateless,omitempty" json:"stateless,omitempty"`

	src *origin
}

// Cue is a word or phrase that signals a relationship of one type, with
// where its arguments are found.
//
// Verbs are lemmas or phrases whose first word is a verb lemma ("impose
// sanctions on"); inflected forms are derived. Nouns are nominal cues
// ("opposition to"), matched as written. The source is the clause's subject
// (or the possessor of a nominal cue); the target is the first fitting
// mention after the cue, introduced by Prep when Prep is set.
type Cue struct {
	Type    string   `yaml:"type" json:"type"`
	Verbs   []string `yaml:"verbs,omitempty" json:"verbs,omitempty"`
	Nouns   []string `yaml:"nouns,omitempty" json:"nouns,omitempty"`
	Prep    string   `yaml:"prep,omitempty" json:"prep,omitempty"`       // preposition that introduces the target: "to", "with"
	Item    bool     `yaml:"item,omitempty" json:"item,omitempty"`       // the direct object is the property "item" (SUPPLIES)
	Plural  bool     `yaml:"plural,omitempty" json:"plural,omitempty"`   // a plural subject relates its members to each other ("X and Y agreed")
	Reverse bool     `yaml:"reverse,omitempty" json:"reverse,omitempty"` // the subject is the target: "X faces sanctions from Y"
	Window  int      `yaml:"window,omitempty" json:"window,omitempty"`   // the most tokens between the cue and its target
	// Targets narrows the labels the type's target may have for this cue:
	// "withdrew from the treaty" opposes it, "withdrew from Syria" opposes
	// no country.
	Targets []string `yaml:"targets,omitempty" json:"targets,omitempty"`
	// Then is a word that must follow the target: "to" for "urged Iran to
	// halt", where "urged restraint on Iran" or "asked Iran about" ask
	// nothing of Iran.
	Then string `yaml:"then,omitempty" json:"then,omitempty"`
	// ThenVerbs narrows Then to the verbs that may follow it: "called on
	// Iran to halt" demands that Iran stop, "called on the Council to
	// transform the mission" asks a favour.
	ThenVerbs []string `yaml:"then_verbs,omitempty" json:"then_verbs,omitempty"`
	// Between: a plural cue that relates only the parties after "between"
	// or "involving" ("a pact between the EU and Mercosur"), never a
	// coordinated subject ("Iran and the US disputed the pact").
	Between bool `yaml:"between,omitempty" json:"between,omitempty"`
	// PlaceLeft: only the place left may stand between the verb and Prep
	// ("left Sanaa for Aden", "departed for Lima"), so that "left the door
	// open for Peru" goes nowhere.
	PlaceLeft bool   `yaml:"place_left,omitempty" json:"place_left,omitempty"`
	Cameo     string `yaml:"cameo,omitempty" json:"cameo,omitempty"` // CAMEO event code (cues generated from PETRARCH2), kept as the relation property "cameo"
	// Fallback is the type used when the target's label does not fit Type:
	// "condemns the deal" is OPPOSES where "condemns Iran" is CRITICIZES.
	Fallback string `yaml:"fallback,omitempty" json:"fallback,omitempty"`

	src *origin
}

// Words are closed word lists the mechanisms need.
type Words struct {
	Abbreviations       []string            `yaml:"abbreviations,omitempty" json:"abbreviations,omitempty"`                 // "Gen.", "Jan.": a dot that ends no sentence
	Honorifics          []string            `yaml:"honorifics,omitempty" json:"honorifics,omitempty"`                       // Mr, Mrs, Dr, Sir
	JudicialStyles      []string            `yaml:"judicial_styles,omitempty" json:"judicial_styles,omitempty"`             // "Justice Ana Roe": a judge's style before a person's name
	SayingVerbs         []string            `yaml:"saying_verbs,omitempty" json:"saying_verbs,omitempty"`                   // say, tell, add (lemmas)
	Irregular           map[string][]string `yaml:"irregular_verbs,omitempty" json:"irregular_verbs,omitempty"`             // lemma -> irregular forms
	ActorNouns          []string            `yaml:"actor_nouns,omitempty" json:"actor_nouns,omitempty"`                     // "Russian officials" speak for Russia
	StateBodyNouns      []string            `yaml:"state_body_nouns,omitempty" json:"state_body_nouns,omitempty"`           // "the Chinese government ... it": China
	EponymBodyHeads     []string            `yaml:"eponym_body_heads,omitempty" json:"eponym_body_heads,omitempty"`         // "the Hoss government": the leader's government
	PeriodPreps         []string            `yaml:"period_preps,omitempty" json:"period_preps,omitempty"`                   // "during the Vela administration": a time, no body
	OrgHeads            []string            `yaml:"org_heads,omitempty" json:"org_heads,omitempty"`                         // "X Ministry", "X Agency"
	TitledBodies        []string            `yaml:"titled_bodies,omitempty" json:"titled_bodies,omitempty"`                 // "Senate President Jane Roe": the body before its officer's title
	FacilityHeads       []string            `yaml:"facility_heads,omitempty" json:"facility_heads,omitempty"`               // "X nuclear power plant", "X Air Base"
	TopicBodyHeads      []string            `yaml:"topic_body_heads,omitempty" json:"topic_body_heads,omitempty"`           // "the Conference on Disarmament"
	PlaceAgreementHeads []string            `yaml:"place_agreement_heads,omitempty" json:"place_agreement_heads,omitempty"` // "the Tarvosk accords"
	BodyAgreementHeads  []string            `yaml:"body_agreement_heads,omitempty" json:"body_agreement_heads,omitempty"`   // "the Union State treaty"
	InstrumentHeads     []string            `yaml:"instrument_heads,omitempty" json:"instrument_heads,omitempty"`           // "the COVAX facility": an acronym's programme
	PlaceHeads          []string            `yaml:"place_heads,omitempty" json:"place_heads,omitempty"`                     // "X province", "X Sea"
	PlaceListHeads      []string            `yaml:"place_list_heads,omitempty" json:"place_list_heads,omitempty"`           // "the A, B and C provinces"
	BodyStyles          []string            `yaml:"body_styles,omitempty" json:"body_styles,omitempty"`                     // "the Royal Omani Navy"
	CountryMissions     []string            `yaml:"country_missions,omitempty" json:"country_missions,omitempty"`           // "the UN Mission in Peru"
	NamePossessives     []string            `yaml:"name_possessives,omitempty" json:"name_possessives,omitempty"`           // "the Supreme People's Court"
	RoyalPossessives    []string            `yaml:"royal_possessives,omitempty" json:"royal_possessives,omitempty"`         // "King's College London"
	EventNouns          []string            `yaml:"event_nouns,omitempty" json:"event_nouns,omitempty"`                     // attack, strike: an event whose doer may be named apart
	ClaimVerbs          []string            `yaml:"claim_verbs,omitempty" json:"claim_verbs,omitempty"`                     // "claimed", "carried out": the doer owns an event (forms)
	AdditiveLinks       []string            `yaml:"additive_links,omitempty" json:"additive_links,omitempty"`               // "along with", "as well as": a subject's partners
	MakerNouns          map[string][]string `yaml:"maker_nouns,omitempty" json:"maker_nouns,omitempty"`                     // relation type -> "manufacturer": "mortar manufacturer X"
	JoinVerbs           []string            `yaml:"join_verbs,omitempty" json:"join_verbs,omitempty"`                       // "joined the talks": a party to them (forms)
	IntentNouns         []string            `yaml:"intent_nouns,omitempty" json:"intent_nouns,omitempty"`                   // "the plan to place": the infinitive is the owner's
	DecidedNouns        []string            `yaml:"decided_nouns,omitempty" json:"decided_nouns,omitempty"`                 // "Chile's decision to expel": an owned intent that is done
	JointNouns          []string            `yaml:"joint_nouns,omitempty" json:"joint_nouns,omitempty"`                     // "the decision by A and B to reopen": made together
	VentureNouns        []string            `yaml:"venture_nouns,omitempty" json:"venture_nouns,omitempty"`                 // "an Austrian-Hungarian project": a joint work of states
	JudgedActs          []string            `yaml:"judged_acts,omitempty" json:"judged_acts,omitempty"`                     // "condemned the Chilean stance": the demonym's country is judged
	StatementNouns      []string            `yaml:"statement_nouns,omitempty" json:"statement_nouns,omitempty"`             // "condemned in a statement by X": X is the agent
	StatementPreps      []string            `yaml:"statement_preps,omitempty" json:"statement_preps,omitempty"`             // "in", "through" a statement
	SettingWords        []string            `yaml:"setting_words,omitempty" json:"setting_words,omitempty"`                 // "signed in Lima in May by": a place and time before the agent
	PriceWords          []string            `yaml:"price_words,omitempty" json:"price_words,omitempty"`                     // "will pay a price": a reprisal said of the payer
	PriceVerbs          []string            `yaml:"price_verbs,omitempty" json:"price_verbs,omitempty"`                     // pay (lemmas): "would pay a price"
	ExcludeVerbs        []string            `yaml:"exclude_verbs,omitempty" json:"exclude_verbs,omitempty"`                 // rule out (lemmas): "refused to rule out force"
	ForcePhrases        []string            `yaml:"force_phrases,omitempty" json:"force_phrases,omitempty"`                 // "refused to rule out military force against X": a threat
	SameActs            []string            `yaml:"same_acts,omitempty" json:"same_acts,omitempty"`                         // "followed suit", "did the same": the act before, by a new doer
	SameActTypes        []string            `yaml:"same_act_types,omitempty" json:"same_act_types,omitempty"`               // the relation types such a phrase repeats
	AgainstTypes        map[string]string   `yaml:"against_types,omitempty" json:"against_types,omitempty"`                 // SUPPORTS -> OPPOSES: "backs X against Y"
	AgreementHeads      []string            `yaml:"agreement_heads,omitempty" json:"agreement_heads,omitempty"`             // treaty, accord, agreement
	AgreementEvents     []string            `yaml:"agreement_events,omitempty" json:"agreement_events,omitempty"`           // "welcomed the signing": the agreement in view
	AgreementReached    []string            `yaml:"agreement_reached,omitempty" json:"agreement_reached,omitempty"`         // "reached agreement": a bare deal noun made a deal
	VoteHeads           []string            `yaml:"vote_heads,omitempty" json:"vote_heads,omitempty"`                       // "voted for the motion": a legislative text, an agreement of its own
	VoteWords           []string            `yaml:"vote_words,omitempty" json:"vote_words,omitempty"`                       // "voted", "voting": a vote with no object (vote.go)
	VoteFor             []string            `yaml:"vote_for,omitempty" json:"vote_for,omitempty"`                           // "in favour", "yes": a vote for the measure (vote.go)
	VoteAgainst         []string            `yaml:"vote_against,omitempty" json:"vote_against,omitempty"`                   // "against", "no": a vote against it (vote.go)
	AgreementForms      []string            `yaml:"agreement_forms,omitempty" json:"agreement_forms,omitempty"`             // framework, landmark: no subject of the agreement
	ProgramHeads        []string            `yaml:"program_heads,omitempty" json:"program_heads,omitempty"`                 // program, programme
	ProgramMods         []string            `yaml:"program_modifiers,omitempty" json:"program_modifiers,omitempty"`         // nuclear, missile, space
	AgreementMods       []string            `yaml:"agreement_modifiers,omitempty" json:"agreement_modifiers,omitempty"`     // maritime, peace, nuclear
	FacilityMods        []string            `yaml:"facility_modifiers,omitempty" json:"facility_modifiers,omitempty"`       // nuclear, power, enrichment
	NumberedHeads       map[string][]string `yaml:"numbered_heads,omitempty" json:"numbered_heads,omitempty"`               // label -> capitalised heads a number names: "Air Base 101", "Block 12"
	StandaloneWeapons   []string            `yaml:"standalone_weapons,omitempty" json:"standalone_weapons,omitempty"`       // heads that name a weapon alone: "radar"
	DescriptionSorts    map[string][]string `yaml:"description_sorts,omitempty" json:"description_sorts,omitempty"`         // organization sort -> heads: "armed-group": [group]
	MemberSorts         map[string][]string `yaml:"member_sorts,omitempty" json:"member_sorts,omitempty"`                   // organization sort -> plural member nouns: "armed-group": [rebels]
	HeadSorts           map[string][]string `yaml:"head_sorts,omitempty" json:"head_sorts,omitempty"`                       // organization sort -> last words of a name: "legislature": [Senate]
	NotWeaponMods       []string            `yaml:"not_weapon_modifiers,omitempty" json:"not_weapon_modifiers,omitempty"`   // "fuel tanks", "think tank"
	WeaponHeads         []string            `yaml:"weapon_heads,omitempty" json:"weapon_heads,omitempty"`                   // missile, radar, drone
	WeaponMods          []string            `yaml:"weapon_modifiers,omitempty" json:"weapon_modifiers,omitempty"`           // anti-aircraft, ballistic
	NameParticles       []string            `yaml:"name_particles,omitempty" json:"name_particles,omitempty"`               // al, bin, van, de
	FirstNames          []string            `yaml:"first_names,omitempty" json:"first_names,omitempty"`                     // given names that mark a Person
	NotNames            []string            `yaml:"not_names,omitempty" json:"not_names,omitempty"`                         // capitalised words that start no name
	Months              []string            `yaml:"months,omitempty" json:"months,omitempty"`
	Weekdays            []string            `yaml:"weekdays,omitempty" json:"weekdays,omitempty"`                           // a date's word, never a name's: "Operation Kestrel Monday"
	PlacePreps          []string            `yaml:"place_prepositions,omitempty" json:"place_prepositions,omitempty"`       // "in Moscow" is a place
	PlaceParts          []string            `yaml:"place_parts,omitempty" json:"place_parts,omitempty"`                     // "most of Kabul" is the city
	DescriptionHead     map[string][]string `yaml:"description_heads,omitempty" json:"description_heads,omitempty"`         // label -> "the project", "the deal"
	NameCues            NameCues            `yaml:"name_cues,omitempty" json:"name_cues,omitempty"`                         // what tells an unknown name's label (namecues.go)
	Modals              []string            `yaml:"modals,omitempty" json:"modals,omitempty"`                               // "could strike": a possibility
	HopeVerbs           []string            `yaml:"hope_verbs,omitempty" json:"hope_verbs,omitempty"`                       // "wants to meet": only wanted (lemmas)
	LightVerbs          []string            `yaml:"light_verbs,omitempty" json:"light_verbs,omitempty"`                     // "to pay a visit": the noun's act, hedged as a verb is
	FailureVerbs        []string            `yaml:"failure_verbs,omitempty" json:"failure_verbs,omitempty"`                 // "failed to condemn": not done (lemmas)
	FailureNouns        []string            `yaml:"failure_nouns,omitempty" json:"failure_nouns,omitempty"`                 // "refusal to renew": not done
	JointAdverbs        []string            `yaml:"joint_adverbs,omitempty" json:"joint_adverbs,omitempty"`                 // "A and B jointly build": they cooperate
	OutletLeads         []string            `yaml:"outlet_leads,omitempty" json:"outlet_leads,omitempty"`                   // "told NPR"
	OutletPreps         []string            `yaml:"outlet_prepositions,omitempty" json:"outlet_prepositions,omitempty"`     // "speaking to", "interview with"
	SpeakingWords       []string            `yaml:"speaking_words,omitempty" json:"speaking_words,omitempty"`               // "speaking", "interview" before an outlet preposition
	ReportVerbs         []string            `yaml:"report_verbs,omitempty" json:"report_verbs,omitempty"`                   // "NPR reported X said" (forms)
	CarryVerbs          []string            `yaml:"carry_verbs,omitempty" json:"carry_verbs,omitempty"`                     // "comments carried by IRNA" (participles)
	SpeechNouns         []string            `yaml:"speech_nouns,omitempty" json:"speech_nouns,omitempty"`                   // "comments", "a speech" before carry_verbs
	RelativePronouns    []string            `yaml:"relative_pronouns,omitempty" json:"relative_pronouns,omitempty"`         // which, who, that
	Subordinators       []string            `yaml:"subordinators,omitempty" json:"subordinators,omitempty"`                 // after, when, because
	ClauseBreaks        []string            `yaml:"clause_breaks,omitempty" json:"clause_breaks,omitempty"`                 // despite, but, which
	ObjectPreps         []string            `yaml:"object_prepositions,omitempty" json:"object_prepositions,omitempty"`     // prepositions that introduce an object: of, to, against
	TopicPreps          []string            `yaml:"topic_prepositions,omitempty" json:"topic_prepositions,omitempty"`       // "spoke to reporters about Chile": what follows is what was spoken of
	NearTopicPreps      []string            `yaml:"near_topic_preps,omitempty" json:"near_topic_preps,omitempty"`           // "briefed lawmakers on Peru": a topic only right before the name
	PartOfCountry       []string            `yaml:"part_of_country_sorts,omitempty" json:"part_of_country_sorts,omitempty"` // organization sorts that are a body of their state
	ModelClasses        []string            `yaml:"model_classes,omitempty" json:"model_classes,omitempty"`                 // class nouns an unknown name before makes a model: "Vela jets"
	WeaponClasses       [][]string          `yaml:"weapon_classes,omitempty" json:"weapon_classes,omitempty"`               // groups of class nouns: "Gripen jets" is "Gripen fighters" too

	// Act nouns and the verbs (lemmas) that make them: "the call" was made by
	// whoever "called for" it (extract/nominal.go actMaker).
	ActNouns map[string][]string `yaml:"act_nouns,omitempty" json:"act_nouns,omitempty"`

	// Prepositions before a gerund whose doer is the clause's subject ("A was allied with B in fighting C").
	SubjectGerundPreps []string `yaml:"subject_gerund_prepositions,omitempty" json:"subject_gerund_prepositions,omitempty"`
	FrontedEventPreps  []string `yaml:"fronted_event_prepositions,omitempty" json:"fronted_event_prepositions,omitempty"`
	// GerundSubjectPreps may take an actor that is the subject of the -ing
	// verb after it: "in return for Peru opening its ports".
	GerundSubjectPreps []string `yaml:"gerund_subject_prepositions,omitempty" json:"gerund_subject_prepositions,omitempty"`

	// Collective subjects (extract/collective.go): "the two countries",
	// "both leaders" stand for the group of that size named before;
	// "accused each other" relates a plural subject's members both ways.
	CollectiveNouns  map[string][]string `yaml:"collective_nouns,omitempty" json:"collective_nouns,omitempty"`         // Country, Person or Actor -> plural nouns: countries, leaders, sides
	CollectiveCounts map[string][]string `yaml:"collective_counts,omitempty" json:"collective_counts,omitempty"`       // size -> quantifiers: "2": [both, two]
	Reciprocals      []string            `yaml:"reciprocal_words,omitempty" json:"reciprocal_words,omitempty"`         // "each other", "one another"
	CollectivePairs  []string            `yaml:"collective_pairs,omitempty" json:"collective_pairs,omitempty"`         // "the pair", "the duo": a group of two actors
	CollectiveMods   []string            `yaml:"collective_modifiers,omitempty" json:"collective_modifiers,omitempty"` // "the two neighbouring countries"

	// Positions at organizations (extract/affiliation.go): "X, a senior
	// fellow at the Atlantic Council", "X sat on the board of Y".
	NonOfficeRoles []string `yaml:"non_office_roles,omitempty" json:"non_office_roles,omitempty"`           // role nouns that hold no position: student, graduate
	PositionPreps  []string `yaml:"position_prepositions,omitempty" json:"position_prepositions,omitempty"` // "fellow at", "analyst with"
	BoardNouns     []string `yaml:"board_nouns,omitempty" json:"board_nouns,omitempty"`                     // "on the board of"

	// Aimed weapons (extract/aim.go): "Iran launched missiles targeting US troops".
	AimWords    []string `yaml:"aim_words,omitempty" json:"aim_words,omitempty"`       // targeting, aimed at
	LaunchVerbs []string `yaml:"launch_verbs,omitempty" json:"launch_verbs,omitempty"` // launch, fire (lemmas)
	// IdleWeaponVerbs (lemmas) take an owned weapon as subject as a product,
	// not a force in use: "Russian jets cost less" (weaponuse.go ownedWeaponActs).
	IdleWeaponVerbs []string `yaml:"idle_weapon_verbs,omitempty" json:"idle_weapon_verbs,omitempty"`
	// ActVerbs (lemmas) make their subject the doer of an event noun cue
	// they take as object: "the EU on Monday expanded sanctions against".
	ActVerbs []string `yaml:"act_verbs,omitempty" json:"act_verbs,omitempty"`
	// ResistVerbs (lemmas) take an attack as object that was done to
	// their subject: "Chile fought off a Peruvian invasion".
	ResistVerbs []string `yaml:"resist_verbs,omitempty" json:"resist_verbs,omitempty"`
	// StopVerbs (lemmas) take another's attack as object that their
	// subject opposes: "sent troops to stop Haftar's assault on Tripoli"
	StopVerbs []string `yaml:"stop_verbs,omitempty" json:"stop_verbs,omitempty"`
	// CessationVerbs (lemmas) end the supply a supply cue after them
	// names: "cut gas exports to Peru", "stopped selling arms to Peru" is
	// a measure against the recipient (SANCTIONS), no supply.
	CessationVerbs []string `yaml:"cessation_verbs,omitempty" json:"cessation_verbs,omitempty"`
	// OwnArms are the nouns of one's own arms that a supply verb gives up:
	// "the militia will hand over its weapons" is disarmament, no supply.
	OwnArms []string `yaml:"own_arms,omitempty" json:"own_arms,omitempty"`
	// CourtesyNouns are what a supply verb conveys as a courtesy, no goods:
	// "offered condolences to Peru" supplies nothing.
	CourtesyNouns []string `yaml:"courtesy_nouns,omitempty" json:"courtesy_nouns,omitempty"`
	// RecipientNouns said of a name with AidNouns after them make it
	// supplied by the aid's owner: "Chile, the recipient of Brazilian aid".
	RecipientNouns []string `yaml:"recipient_nouns,omitempty" json:"recipient_nouns,omitempty"`
	AidNouns       []string `yaml:"aid_nouns,omitempty" json:"aid_nouns,omitempty"`
	// ParticleVerbs take "back" as their particle ("pulled back"), which is then no verb cue (lemmas).
	ParticleVerbs []string `yaml:"particle_verbs,omitempty" json:"particle_verbs,omitempty"`
	// ProceedAdverbs after a one-word verb cue make it a verb of going
	// on: "press ahead with".
	ProceedAdverbs []string `yaml:"proceed_adverbs,omitempty" json:"proceed_adverbs,omitempty"`
	// PhrasalVerbs are a one-word verb cue's lemma and a particle that
	// make a verb of another meaning: "give in", "back away" (no cue).
	PhrasalVerbs []string `yaml:"phrasal_verbs,omitempty" json:"phrasal_verbs,omitempty"`
	// CountAdverbs may stand between "and" and a list's repeated
	// preposition: "wrote twice to A and once to B".
	CountAdverbs []string `yaml:"count_adverbs,omitempty" json:"count_adverbs,omitempty"`
	// ListKinds make a list one of terrorists or sanctioned parties.
	ListKinds []string `yaml:"list_kinds,omitempty" json:"list_kinds,omitempty"`
	// ListingParticiples put an actor on such a list in the passive:
	// "was placed on the sanctions list".
	ListingParticiples []string `yaml:"listing_participles,omitempty" json:"listing_participles,omitempty"`
	// ListKeeping and SanctionKeeping are participles before "by" and
	// the keepers of a list or of sanctions: "lists kept by Chile",
	// "sanctions imposed by the UN".
	ListKeeping     []string `yaml:"list_keeping,omitempty" json:"list_keeping,omitempty"`
	SanctionKeeping []string `yaml:"sanction_keeping,omitempty" json:"sanction_keeping,omitempty"`
	// SanctionAdverbs stand between a copula and "under" sanctions: "is
	// already under EU sanctions".
	SanctionAdverbs []string `yaml:"sanction_adverbs,omitempty" json:"sanction_adverbs,omitempty"`
	// WantForms are the forms of "want" whose object wanted gone is
	// opposed: "Chile wants President Ana Soto removed".
	WantForms []string `yaml:"want_forms,omitempty" json:"want_forms,omitempty"`
	// Closables are what a state keeps closed to another: border, airspace.
	Closables []string `yaml:"closables,omitempty" json:"closables,omitempty"`

	// Fronted travel adjuncts (extract/fronted.go): "During his trip to Kyiv, X ...".
	VisitNouns []string `yaml:"visit_nouns,omitempty" json:"visit_nouns,omitempty"` // visit, trip, tour
	// Hosting verbs (extract/travel.go): "X hosted Y in Z" (lemmas).
	HostVerbs []string `yaml:"host_verbs,omitempty" json:"host_verbs,omitempty"` // host, welcome, receive
	// DispatchVerbs (lemmas) send a person to a place: "the UN sent its
	// envoy, Jean Morel, to Peru" (the envoy VISITS Peru).
	DispatchVerbs []string `yaml:"dispatch_verbs,omitempty" json:"dispatch_verbs,omitempty"` // send, dispatch
	// RemovalParticiples after a wanted object say the wanter wants it
	// gone: "Chile wants President Ana Soto removed" (extract/critic.go).
	RemovalParticiples []string `yaml:"removal_participles,omitempty" json:"removal_participles,omitempty"` // removed, ousted, lifted
	// Verbs of being present at an event (extract/cuerel.go): "A and B
	// attended the talks" says each was there, not that they met (lemmas).
	AttendVerbs []string `yaml:"attend_verbs,omitempty" json:"attend_verbs,omitempty"` // attend, observe
	// Adverbs that set a coordinated subject's members apart
	// (extract/cuerel.go): "A and B met C separately" joins neither to the other.
	SeparateAdverbs []string `yaml:"separate_adverbs,omitempty" json:"separate_adverbs,omitempty"` // separately
	// Collective nouns for the parties of diplomacy (extract/collective.go):
	// "the two sides" after two officials met are their states.
	SideNouns []string `yaml:"side_nouns,omitempty" json:"side_nouns,omitempty"` // sides
	// Verbs of addressing someone (extract/travel.go): after a fronted call
	// with no party, "In a phone call, A told B" is A's call with B (lemmas).
	AddressVerbs []string `yaml:"address_verbs,omitempty" json:"address_verbs,omitempty"` // tell, assure
	// Words of an audience between a verb of saying and "in" a place
	// (extract/travel.go): "told reporters in Vienna", "said at a news
	// conference in Doha".
	AudienceWords []string `yaml:"audience_words,omitempty" json:"audience_words,omitempty"`
	// Nouns of a reporter (extract/travel.go): a reporter said to be in a
	// place reports from there, no visit ("Our correspondent, X, is in Y").
	ReporterNouns []string `yaml:"reporter_nouns,omitempty" json:"reporter_nouns,omitempty"`
	// The syllables of Hanyu Pinyin, tones left out: the shape of a Chinese
	// name in roman letters ("Zhan Qixiong"; extract/classify.go pinyinName).
	PinyinSyllables []string `yaml:"pinyin_syllables,omitempty" json:"pinyin_syllables,omitempty"`
	// Definite articles of other languages that open the name of a paper,
	// a venue or a firm, never a bare person's name ("El Observador", "Der
	// Spiegel"; extract/classify.go noPersonShape).
	NameArticles []string `yaml:"name_articles,omitempty" json:"name_articles,omitempty"`
	SpeechVerbs  []string `yaml:"speech_verbs,omitempty" json:"speech_verbs,omitempty"` // say, tell, speak (lemmas)
	// Phone calls (extract/travel.go): "X called Y on Sunday". CallVerbs
	// are lemmas; CallFollowers the words that may follow the person
	// called (not "a": "called X a liar").
	CallVerbs     []string `yaml:"call_verbs,omitempty" json:"call_verbs,omitempty"`
	CallFollowers []string `yaml:"call_followers,omitempty" json:"call_followers,omitempty"`

	// Capitalised words that may stand in a title's portfolio (office.go):
	// "the Hungarian Government commissioner", "the British Government spokesman".
	PortfolioCapitals []string `yaml:"portfolio_capitals,omitempty" json:"portfolio_capitals,omitempty"`
	// Words right before a staff title that make it a post of a state's
	// head or government (office.go holds): "presidential spokesman X".
	StateStaffMarks []string `yaml:"state_staff_marks,omitempty" json:"state_staff_marks,omitempty"`
	// Last words of the name of a body that serves one town, so that a
	// town opening the name is where it sits (located.go nameInPlace):
	// "the Dandong Intermediate People's Court", "the Lyon City Council".
	LocalBodyHeads []string `yaml:"local_body_heads,omitempty" json:"local_body_heads,omitempty"`

	// Stance (extract/stance.go): what an actor's words say of something.
	JudgementWords map[string][]string `yaml:"judgement_words,omitempty" json:"judgement_words,omitempty"`           // relation type -> "illegal", "null and void"
	JudgingVerbs   []string            `yaml:"judging_verbs,omitempty" json:"judging_verbs,omitempty"`               // "called the deal illegal" (lemmas)
	NegatedJudging []string            `yaml:"negated_judgements,omitempty" json:"negated_judgements,omitempty"`     // "was not acceptable": criticism
	ThinkingVerbs  []string            `yaml:"thinking_verbs,omitempty" json:"thinking_verbs,omitempty"`             // "concluded that the deal was void" (lemmas)
	FeelingWords   map[string][]string `yaml:"feeling_words,omitempty" json:"feeling_words,omitempty"`               // relation type -> "disappointed by"
	FeelingPreps   []string            `yaml:"feeling_prepositions,omitempty" json:"feeling_prepositions,omitempty"` // "disappointed by", "angered at"
	SelfPronouns   []string            `yaml:"self_pronouns,omitempty" json:"self_pronouns,omitempty"`               // "we warn ...": the quote's speaker
	AccusingNouns  []string            `yaml:"accusing_nouns,omitempty" json:"accusing_nouns,omitempty"`             // "Turkish aggression" in someone's words
	AccusingVerbs  []string            `yaml:"accusing_verbs,omitempty" json:"accusing_verbs,omitempty"`             // "alleged Iranian involvement" (lemmas)
	AccusedNouns   []string            `yaml:"accused_nouns,omitempty" json:"accused_nouns,omitempty"`               // "involvement", "role" after an accusing verb
	BlamingVerbs   []string            `yaml:"blaming_verbs,omitempty" json:"blaming_verbs,omitempty"`               // "blamed the blast on Hezbollah" (lemmas)
	ReproachVerbs  []string            `yaml:"reproach_verbs,omitempty" json:"reproach_verbs,omitempty"`             // "criticised X for signing": X signs (lemmas)
	DemandingVerbs []string            `yaml:"demanding_verbs,omitempty" json:"demanding_verbs,omitempty"`           // "recommended the US troops withdraw" (lemmas)
	LeavingVerbs   []string            `yaml:"leaving_verbs,omitempty" json:"leaving_verbs,omitempty"`               // withdraw, leave (lemmas)
	LeavingNouns   []string            `yaml:"leaving_nouns,omitempty" json:"leaving_nouns,omitempty"`               // "demanded the withdrawal of X"
	WarningVerbs   []string            `yaml:"warning_verbs,omitempty" json:"warning_verbs,omitempty"`               // "warned X that it would ..." (lemmas)
	ReprisalNouns  []string            `yaml:"reprisal_nouns,omitempty" json:"reprisal_nouns,omitempty"`             // "warned X of serious consequences"
	ViolatingVerbs []string            `yaml:"violating_verbs,omitempty" json:"violating_verbs,omitempty"`           // "said Chile had violated the truce": the speaker criticizes Chile
	HarmingVerbs   []string            `yaml:"harming_verbs,omitempty" json:"harming_verbs,omitempty"`               // "warned that Lima was endangering the talks": the speaker criticizes Peru
	CommitVerbs    []string            `yaml:"committing_verbs,omitempty" json:"committing_verbs,omitempty"`         // "said Chile had committed war crimes": as a violating verb
	AnswerVerbs    []string            `yaml:"answering_verbs,omitempty" json:"answering_verbs,omitempty"`           // "rejected Chile's criticism": Chile criticizes the subject
	CriticismNouns []string            `yaml:"criticism_nouns,omitempty" json:"criticism_nouns,omitempty"`           // "criticism", "accusations": answered, their owner criticizes
	StanceEvents   map[string][]string `yaml:"stance_events,omitempty" json:"stance_events,omitempty"`               // relation type -> "the attack", "the sanctions"

	OutletDescriptors []string `yaml:"outlet_descriptors,omitempty" json:"outlet_descriptors,omitempty"` // "told the newspaper X"
	BroadcastShows    []string `yaml:"broadcast_shows,omitempty" json:"broadcast_shows,omitempty"`       // "X's evening news programme": X an outlet
	OutletOwners      []string `yaml:"outlet_owners,omitempty" json:"outlet_owners,omitempty"`           // state, public: an outlet's owner, no medium
	ChannelFollowers  []string `yaml:"channel_followers,omitempty" json:"channel_followers,omitempty"`   // "told Kestrel 24 about": ends a channel's name
	TimeSpanNouns     []string `yaml:"time_span_nouns,omitempty" json:"time_span_nouns,omitempty"`       // "gave the envoys 48 hours to leave": a deadline, no goods
	DayParts          []string `yaml:"day_parts,omitempty" json:"day_parts,omitempty"`                   // "on Monday night", "last weekend": a time adverbial's head

	// Hyphenated participles after a party (extract/compound.go): "the
	// Iran-backed Houthis", "the Vienna-based IAEA", "a Saudi-led coalition".
	CompoundParticiples map[string][]string `yaml:"compound_participles,omitempty" json:"compound_participles,omitempty"` // relation type -> participles: "Iran-backed X": Iran SUPPORTS X
	CompoundHeadFirst   map[string][]string `yaml:"compound_head_first,omitempty" json:"compound_head_first,omitempty"`   // relation type -> participles: "the Vienna-based X": X LOCATED_IN Vienna
	LanguageCompounds   []string            `yaml:"language_compounds,omitempty" json:"language_compounds,omitempty"`     // "Serbian-language", "Russian-speaking": a language, no state; the compound stays one word
	CompoundLeaders     []string            `yaml:"compound_leaders,omitempty" json:"compound_leaders,omitempty"`         // "Saudi-led troops struck": the modifier acts for a head that names nothing
	CompoundGroups      []string            `yaml:"compound_groups,omitempty" json:"compound_groups,omitempty"`           // "the Saudi-led coalition": a leader's compound names the group
	ReceivingVerbs      []string            `yaml:"receiving_verbs,omitempty" json:"receiving_verbs,omitempty"`           // "flew Russian-supplied jets": the subject received them (lemmas)
	BuyingWords         []string            `yaml:"buying_words,omitempty" json:"buying_words,omitempty"`                 // "bought Russian-made jets", "Egypt's purchase of French-built jets": the buyer was supplied (lemmas)

	LocatedSorts    []string            `yaml:"located_sorts,omitempty" json:"located_sorts,omitempty"`               // organization sorts that lie in their state but are no body of it
	FirmNouns       []string            `yaml:"firm_nouns,omitempty" json:"firm_nouns,omitempty"`                     // nouns of a business described by its state ("a Norwegian shipping firm"): LOCATED_IN
	FirmStateMarks  []string            `yaml:"firm_state_marks,omitempty" json:"firm_state_marks,omitempty"`         // words that make such a firm the state's own ("state-owned"): PART_OF
	LedSorts        []string            `yaml:"led_sorts,omitempty" json:"led_sorts,omitempty"`                       // organization sorts a person's possessive names the leader of
	LeaderTitles    []string            `yaml:"leader_titles,omitempty" json:"leader_titles,omitempty"`               // titles that head a party or group: "Kestrel Renewal leader X" names the body
	PolityNouns     []string            `yaml:"polity_nouns,omitempty" json:"polity_nouns,omitempty"`                 // "the President of the Republic": a state's form, alone no body but the state in view
	JointSigning    []string            `yaml:"joint_signing,omitempty" json:"joint_signing,omitempty"`               // "Soto and Vega signed the treaty in Quito": two persons who sign together meet (travel.go signedTogether)
	NonVerbIng      []string            `yaml:"non_verb_ing,omitempty" json:"non_verb_ing,omitempty"`                 // "the EU, including France, condemned": -ing words that open no participle phrase (gerundphrase.go)
	PartNouns       map[string][]string `yaml:"part_nouns,omitempty" json:"part_nouns,omitempty"`                     // relation type -> nouns: "A is the armed wing of B": A is PART_OF B
	CriticNouns     map[string][]string `yaml:"critic_nouns,omitempty" json:"critic_nouns,omitempty"`                 // relation type -> nouns: "critics of A include B": B CRITICIZES A
	MemberWords     []string            `yaml:"member_words,omitempty" json:"member_words,omitempty"`                 // "the EU's member states such as A": A is MEMBER_OF the EU
	MemberModifiers []string            `yaml:"member_modifiers,omitempty" json:"member_modifiers,omitempty"`         // "Hungary, a fellow member": words between "a" and "member"
	Quantifiers     []string            `yaml:"list_quantifiers,omitempty" json:"list_quantifiers,omitempty"`         // "A and B, both members of NATO": said of each member
	BackingLeads    []string            `yaml:"backing_leads,omitempty" json:"backing_leads,omitempty"`               // "with the support of X": X backs the subject
	BackingNouns    []string            `yaml:"backing_nouns,omitempty" json:"backing_nouns,omitempty"`               // "with French support": France backs the subject
	ClaimNouns      []string            `yaml:"claim_nouns,omitempty" json:"claim_nouns,omitempty"`                   // "recognised Moroccan sovereignty over": Morocco
	TradeNouns      []string            `yaml:"trade_nouns,omitempty" json:"trade_nouns,omitempty"`                   // "banned imports of Iranian crude": Iran
	BackingVerbs    []string            `yaml:"backing_verbs,omitempty" json:"backing_verbs,omitempty"`               // "has the support of X": X backs the subject (lemmas)
	LackingVerbs    []string            `yaml:"lacking_verbs,omitempty" json:"lacking_verbs,omitempty"`               // "sought the support of X": no backing (lemmas)
	PendingVerbs    []string            `yaml:"pending_verbs,omitempty" json:"pending_verbs,omitempty"`               // "ratified Chile's membership of the bloc": not yet a member (lemmas)
	TalkVerbs       []string            `yaml:"talk_verbs,omitempty" json:"talk_verbs,omitempty"`                     // "discussed the accord with Putin": Putin no party (lemmas)
	ReceptionVerbs  []string            `yaml:"reception_verbs,omitempty" json:"reception_verbs,omitempty"`           // "welcomed Lula to the palace": received (lemmas)
	MediationVerbs  []string            `yaml:"mediation_verbs,omitempty" json:"mediation_verbs,omitempty"`           // "brokering talks between A and B": A and B negotiate (lemmas)
	RemoteMedia     []string            `yaml:"remote_media,omitempty" json:"remote_media,omitempty"`                 // "held talks by telephone with": a call, not a meeting
	BaseHostVerbs   []string            `yaml:"base_host_verbs,omitempty" json:"base_host_verbs,omitempty"`           // "Chile hosts the Kestrel Front": a state gives a body a base (lemmas)
	FollowerNouns   []string            `yaml:"follower_nouns,omitempty" json:"follower_nouns,omitempty"`             // "supporters of the president attacked": the supporters act
	DissentNouns    []string            `yaml:"dissent_nouns,omitempty" json:"dissent_nouns,omitempty"`               // "the opposition parties of Kenya accused": the parties act
	AgentNouns      []string            `yaml:"agent_nouns,omitempty" json:"agent_nouns,omitempty"`                   // "Serbia, a major supplier of arms to Chad,": Serbia supplies
	ConcurVerbs     []string            `yaml:"concur_verbs,omitempty" json:"concur_verbs,omitempty"`                 // "and Britain and France agree.": concurring only (lemmas)
	AllyWords       []string            `yaml:"ally_words,omitempty" json:"ally_words,omitempty"`                     // "NATO allies Poland and Lithuania": members of the alliance
	PartnerNouns    []string            `yaml:"partner_nouns,omitempty" json:"partner_nouns,omitempty"`               // "spoke with its Canadian partners": Canada
	ChairNouns      []string            `yaml:"chair_nouns,omitempty" json:"chair_nouns,omitempty"`                   // "holds the EU presidency": a member's chair
	ChairVerbs      []string            `yaml:"chair_verbs,omitempty" json:"chair_verbs,omitempty"`                   // hold, assume, take (lemmas)
	ChairingVerbs   []string            `yaml:"chairing_verbs,omitempty" json:"chairing_verbs,omitempty"`             // "which chaired ASEAN": a member's chair (lemmas)
	MemberSeats     []string            `yaml:"member_seats,omitempty" json:"member_seats,omitempty"`                 // "holds a seat on the Security Council": a member's seat
	MemberSeatVerbs []string            `yaml:"member_seat_verbs,omitempty" json:"member_seat_verbs,omitempty"`       // hold, have, win (lemmas)
	Copulas         []string            `yaml:"copulas,omitempty" json:"copulas,omitempty"`                           // is, became, remains: what a thing is follows
	ListLeads       []string            `yaml:"list_leads,omitempty" json:"list_leads,omitempty"`                     // "such as", "including": a list of examples follows
	GroupNouns      []string            `yaml:"group_nouns,omitempty" json:"group_nouns,omitempty"`                   // "a group of seven countries, A, B and C"
	RegionWords     []string            `yaml:"region_words,omitempty" json:"region_words,omitempty"`                 // "Northern" in "Northern Syria": a region of the country
	AdjectiveBodies []string            `yaml:"adjective_bodies,omitempty" json:"adjective_bodies,omitempty"`         // "military": a state body only where the parse makes it a noun
	PostHeads       []string            `yaml:"post_heads,omitempty" json:"post_heads,omitempty"`                     // "embassy": a state's facility abroad, not in the state
	TownNouns       []string            `yaml:"town_nouns,omitempty" json:"town_nouns,omitempty"`                     // "the Black Sea port of Poti": the town is named after "of"
	PlaceNouns      []string            `yaml:"place_nouns,omitempty" json:"place_nouns,omitempty"`                   // "Goma, a town in North Kivu": a place described in apposition
	NearPreps       []string            `yaml:"near_preps,omitempty" json:"near_preps,omitempty"`                     // "a drone base near Agadez": the facility lies by the town
	SpanPreps       []string            `yaml:"span_preps,omitempty" json:"span_preps,omitempty"`                     // "the Kerch Bridge over the Kerch Strait": the crossing lies in the place
	VicinityPreps   []string            `yaml:"vicinity_preps,omitempty" json:"vicinity_preps,omitempty"`             // "killed ten people near the embassy": the embassy is where, not whom
	FemaleMarks     []string            `yaml:"female_marks,omitempty" json:"female_marks,omitempty"`                 // "Mrs Ruiz", "Queen Ana": "she", not "he"
	MaleMarks       []string            `yaml:"male_marks,omitempty" json:"male_marks,omitempty"`                     // "Mr Vega", "King Luis": "he", not "she"
	SendVerbs       []string            `yaml:"send_verbs,omitempty" json:"send_verbs,omitempty"`                     // "invited him to Lima": the capital after "to" is the city
	ForceSendVerbs  []string            `yaml:"force_send_verbs,omitempty" json:"force_send_verbs,omitempty"`         // "sent troops to Lima": with a force sent, the capital after "to" is the city
	SentForces      []string            `yaml:"sent_forces,omitempty" json:"sent_forces,omitempty"`                   // "troops", "warships": what force_send_verbs send to a place
	CompanionVerbs  []string            `yaml:"companion_verbs,omitempty" json:"companion_verbs,omitempty"`           // "accompanied by Energy Minister X": X serves the subject's state
	StandInNouns    []string            `yaml:"stand_in_nouns,omitempty" json:"stand_in_nouns,omitempty"`             // "Roe's deputy, X": X serves where Roe holds office
	CurrencyNouns   []string            `yaml:"currency_nouns,omitempty" json:"currency_nouns,omitempty"`             // "US dollars": the state names the currency, no mention
	Faiths          []string            `yaml:"faiths,omitempty" json:"faiths,omitempty"`                             // "raised in Islam": a faith or doctrine, no place
	VesselNouns     []string            `yaml:"vessel_nouns,omitempty" json:"vessel_nouns,omitempty"`                 // "the corvette Antofagasta": the name after is the ship's
	ControlMarks    []string            `yaml:"control_marks,omitempty" json:"control_marks,omitempty"`               // "rebel-held Tarvo": the name after is a place
	OwnedMarks      []string            `yaml:"owned_marks,omitempty" json:"owned_marks,omitempty"`                   // "state-run Kestrel TV": the name after is a body or firm, no place
	OutletPrefixes  []string            `yaml:"outlet_prefixes,omitempty" json:"outlet_prefixes,omitempty"`           // "Radio New Zealand": a broadcaster named by its medium and a place
	OutletMedia     []string            `yaml:"outlet_media,omitempty" json:"outlet_media,omitempty"`                 // "ABC Radio" after "the ABC": the outlet's service, the outlet
	ServiceWords    []string            `yaml:"service_words,omitempty" json:"service_words,omitempty"`               // "Overseas News Desk | Regional | date": a wire's service line (header.go)
	PressHeads      []string            `yaml:"press_heads,omitempty" json:"press_heads,omitempty"`                   // "The Lima Post" above the body: a paper of the place's state
	WireServices    []string            `yaml:"wire_services,omitempty" json:"wire_services,omitempty"`               // "LIMA (Reuters) -": an international wire, filing from anywhere: no home
	MemberRoles     []string            `yaml:"member_roles,omitempty" json:"member_roles,omitempty"`                 // "Chile, as a member of the Andean Council,": MEMBER_OF
	GatheringNouns  []string            `yaml:"gathering_nouns,omitempty" json:"gathering_nouns,omitempty"`           // "a summit of the AU in Niamey": the summit is there
	SidelineNouns   []string            `yaml:"sideline_nouns,omitempty" json:"sideline_nouns,omitempty"`             // "on the sidelines of the summit": at it
	StatePeople     []string            `yaml:"state_people,omitempty" json:"state_people,omitempty"`                 // "talks with officials in Lima": Peru
	LineHeads       []string            `yaml:"line_heads,omitempty" json:"line_heads,omitempty"`                     // "fired across the Durand Line": no target
	NonOutletHeads  []string            `yaml:"non_outlet_heads,omitempty" json:"non_outlet_heads,omitempty"`         // "the Senate", "the Viv Ansanm coalition": no outlet (quote.go)
	PremisesNouns   []string            `yaml:"premises_nouns,omitempty" json:"premises_nouns,omitempty"`             // "the headquarters of the navy in Sevastopol": the headquarters are there
	PresenceNouns   []string            `yaml:"presence_nouns,omitempty" json:"presence_nouns,omitempty"`             // "Wagner's operations in Mali": the owner is there
	SettingTypes    []string            `yaml:"setting_types,omitempty" json:"setting_types,omitempty"`               // MET_WITH: "met the navy in Aden" says where they met, not where the navy is
	Directions      []string            `yaml:"directions,omitempty" json:"directions,omitempty"`                     // "a city in southern Ukraine": a part of the place after it
	PlaceEpithets   []string            `yaml:"place_epithets,omitempty" json:"place_epithets,omitempty"`             // "a city in the neighbouring Amhara region": the place itself
	BarePlaceHeads  []string            `yaml:"bare_place_heads,omitempty" json:"bare_place_heads,omitempty"`         // "the Tarvo district" ... "near Tarvo": one place
	RegionKinds     []string            `yaml:"region_kinds,omitempty" json:"region_kinds,omitempty"`                 // place kinds of first-level divisions: "Groton, Connecticut"
	ShoreKinds      []string            `yaml:"shore_kinds,omitempty" json:"shore_kinds,omitempty"`                   // place kinds of waters a town lies on: "Anaklia on the Black Sea"
	WouldWords      []string            `yaml:"would_words,omitempty" json:"would_words,omitempty"`                   // "would": what a doer would do, on a condition
	WillWords       []string            `yaml:"will_words,omitempty" json:"will_words,omitempty"`                     // "will", "'ll": what a doer will do
	AnnounceVerbs   []string            `yaml:"announce_verbs,omitempty" json:"announce_verbs,omitempty"`             // "vowed that it will strike" (lemmas)
	CompriseVerbs   []string            `yaml:"comprise_verbs,omitempty" json:"comprise_verbs,omitempty"`             // "which comprises A, B and C"
	StaffNouns      []string            `yaml:"staff_nouns,omitempty" json:"staff_nouns,omitempty"`                   // "which included experts from A and B"
	CopulaAdverbs   []string            `yaml:"copula_adverbs,omitempty" json:"copula_adverbs,omitempty"`             // "X is also the group's leader"
	ServeVerbs      []string            `yaml:"serve_verbs,omitempty" json:"serve_verbs,omitempty"`                   // lemmas: "X serves as interior minister"
	OfficeEntries   []string            `yaml:"office_entries,omitempty" json:"office_entries,omitempty"`             // phrases before "as": "X was sworn in as president"
	AppointVerbs    []string            `yaml:"appoint_verbs,omitempty" json:"appoint_verbs,omitempty"`               // lemmas: "named X as interim premier", "X was appointed envoy"
	SuccessionVerbs []string            `yaml:"succession_verbs,omitempty" json:"succession_verbs,omitempty"`         // lemmas: "removed X as head of Y", "replaced X as chairman"
	ReplaceVerbs    []string            `yaml:"replace_verbs,omitempty" json:"replace_verbs,omitempty"`               // lemmas: "Roe replaced Berg as chairman": Roe holds it too
	ReferringTitles []string            `yaml:"referring_titles,omitempty" json:"referring_titles,omitempty"`         // "Kim ... The North Korean leader said"
	LeadVerbs       []string            `yaml:"lead_verbs,omitempty" json:"lead_verbs,omitempty"`                     // "X, who heads the foundation"
	OfficialNouns   []string            `yaml:"official_nouns,omitempty" json:"official_nouns,omitempty"`             // "Chilean officials, including Minister X"
	Definites       []string            `yaml:"definite_determiners,omitempty" json:"definite_determiners,omitempty"` // "the attacks", "these strikes"

	// Unstated: the words that make an act stated only as denied,
	// possible or prevented (extract/unstated.go).
	Unstated UnstatedWords `yaml:"unstated,omitempty" json:"unstated,omitempty"`

	// Invitations (extract/invitation.go): "at the invitation of X", "at X's request".
	InvitationLeads []string `yaml:"invitation_leads,omitempty" json:"invitation_leads,omitempty"` // at, upon
	InvitationNouns []string `yaml:"invitation_nouns,omitempty" json:"invitation_nouns,omitempty"` // invitation, request
	CustodyVerbs    []string `yaml:"custody_verbs,omitempty" json:"custody_verbs,omitempty"`       // arrest, detain: "detained X at the request of Y" invites no one
	TargetNouns     []string `yaml:"target_nouns,omitempty" json:"target_nouns,omitempty"`         // "X was the target of an attack", "the subject of U.S. sanctions"

	// Credited support (extract/credit.go): "A thanked B for its support".
	CreditVerbs []string `yaml:"credit_verbs,omitempty" json:"credit_verbs,omitempty"` // thank, praise (lemmas)
	CreditNouns []string `yaml:"credit_nouns,omitempty" json:"credit_nouns,omitempty"` // support, backing, help
	// ExpressedSupport: a contact made "to express his support" backs
	// the one contacted (credit.go): the verbs and the nouns.
	ExpressVerbs    []string `yaml:"express_verbs,omitempty" json:"express_verbs,omitempty"`       // express, voice, convey
	ExpressedStance []string `yaml:"expressed_stance,omitempty" json:"expressed_stance,omitempty"` // support, solidarity

	// Signatories (extract/credit.go): "signatories to the treaty include A", "A, a signatory to X".
	SignatoryNouns []string `yaml:"signatory_nouns,omitempty" json:"signatory_nouns,omitempty"` // signatory, signatories
	IncludeWords   []string `yaml:"include_words,omitempty" json:"include_words,omitempty"`     // include, are: the list after them
	// SigningRoles: "signed X with Y with Z as witness": Z stood by the
	// signing in that role and backs X (extract/credit.go roleBackers).
	SigningRoles []string `yaml:"signing_roles,omitempty" json:"signing_roles,omitempty"` // witness, guarantor, facilitator
	// ClauseSubjectWords open the subject of a relative clause after an
	// agreement: "the accord his government signed with B" (credit.go agreementBefore).
	ClauseSubjectWords []string `yaml:"clause_subject_words,omitempty" json:"clause_subject_words,omitempty"` // his, their, the

	// short names of bodies that an unknown capitalised word before them
	// makes another body's name: "the Supreme Security Council"
	BareBodyNames []string `yaml:"bare_body_names,omitempty" json:"bare_body_names,omitempty"`
	// capitalised ordinals that open a unit's name after "the": "the First Army Corps"
	UnitOrdinals []string `yaml:"unit_ordinals,omitempty" json:"unit_ordinals,omitempty"`
	// verb forms of striking whose object capital is the city: "shelled Kyiv"
	StrikeForms []string `yaml:"strike_forms,omitempty" json:"strike_forms,omitempty"`
	// nouns of striking whose capital after on/of/against is the city: "the assault on Kyiv"
	StrikeNouns []string `yaml:"strike_nouns,omitempty" json:"strike_nouns,omitempty"`

	// the seat of a body ("Luanda, where the movement has its headquarters"): LOCATED_IN
	SeatNouns    []string `yaml:"seat_nouns,omitempty" json:"seat_nouns,omitempty"`
	OwnSeatNouns []string `yaml:"own_seat_nouns,omitempty" json:"own_seat_nouns,omitempty"` // a body's one seat after a possessive: "the court's seat in The Hague"
	SeatVerbs    []string `yaml:"seat_verbs,omitempty" json:"seat_verbs,omitempty"`         // lemmas: "keeps an office", "has its seat"
	SeatedWords  []string `yaml:"seated_words,omitempty" json:"seated_words,omitempty"`     // "where the body is based"
	// "troops, backed by T-55 tanks,": the troops' state fields the tanks
	BackingParticiples []string `yaml:"backing_participles,omitempty" json:"backing_participles,omitempty"`
	// "German Patriot batteries are being deployed": the owner deploys them
	DeployedForms []string `yaml:"deployed_forms,omitempty" json:"deployed_forms,omitempty"`
	// "strikes on Ukrainian cities": the demonym's state is what is hit
	AttackedPlaceNouns []string `yaml:"attacked_place_nouns,omitempty" json:"attacked_place_nouns,omitempty"`

	// FormerStates maps a former state's code to the code of the successor
	// whose capital was its capital: "Moscow" in an article on the Soviet
	// Union that names no Russia is the Soviet Union (formerstate.go).
	FormerStates map[string]string `yaml:"former_state_successors,omitempty" json:"former_state_successors,omitempty"`

	// CombiningForms maps the combining form a state takes as the first
	// part of a hyphenated pair to its code: "Anglo" in "the Anglo-Irish
	// Agreement" is Britain (extract/pairname.go).
	CombiningForms map[string]string `yaml:"combining_forms,omitempty" json:"combining_forms,omitempty"`
}

// UnstatedWords are the words around a cue that make its act unstated:
// "denied that it attacked X", "rejected claims that X attacked Y", "any
// attack on X", "to deter attacks by X", "in case of an invasion".
type UnstatedWords struct {
	DenyingVerbs   []string `yaml:"denying_verbs,omitempty" json:"denying_verbs,omitempty"`                   // deny: its clause or object is denied (lemmas)
	RefutingVerbs  []string `yaml:"refuting_verbs,omitempty" json:"refuting_verbs,omitempty"`                 // reject, dismiss: deny a claim noun's clause (lemmas)
	ClaimNouns     []string `yaml:"claim_nouns,omitempty" json:"claim_nouns,omitempty"`                       // claims, reports, allegations: "rejected claims that"
	Hypothetical   []string `yaml:"hypothetical_modifiers,omitempty" json:"hypothetical_modifiers,omitempty"` // any, possible, future: "a possible attack"
	PreventVerbs   []string `yaml:"preventing_verbs,omitempty" json:"preventing_verbs,omitempty"`             // deter, prevent: "to deter attacks" (lemmas)
	ConditionLeads []string `yaml:"condition_leads,omitempty" json:"condition_leads,omitempty"`               // "in case of", "in the event of"
	ProspectLeads  []string `yaml:"prospect_leads,omitempty" json:"prospect_leads,omitempty"`                 // "fears of", "ahead of": "fears of an attack on X"
	ClauseSaying   []string `yaml:"clause_saying_verbs,omitempty" json:"clause_saying_verbs,omitempty"`       // say, insist: "said talks with X were over" (lemmas)
	QuestionLeads  []string `yaml:"question_leads,omitempty" json:"question_leads,omitempty"`                 // whether: "unclear whether X will back Y"
}

func (w *Words) merge(o Words) { appendFields(reflect.ValueOf(w).Elem(), reflect.ValueOf(o)) }

// appendFields extends the struct dst with src field by field, the way an
// overlay extends the default word lists: a list (of words, or of
// classes of words) is appended to, a map of
// lists is merged key by key (mergeMap), a map of words takes src's values
// over dst's, a nested struct (NameCues) is extended the same way. Every
// word list merges alike, so a new one needs no merge code of its own.
func appendFields(dst, src reflect.Value) {
	for i := range dst.NumField() {
		d, s := dst.Field(i), src.Field(i)
		switch v := d.Addr().Interface().(type) {
		case *[]string:
			*v = slices.Concat(*v, s.Interface().([]string))
		case *[][]string:
			*v = slices.Concat(*v, s.Interface().([][]string)) // classes of synonyms
		case *map[string][]string:
			*v = mergeMap(*v, s.Interface().(map[string][]string))
		case *map[string]string:
			if o := s.Interface().(map[string]string); len(o) > 0 {
				m := maps.Clone(*v)
				if m == nil {
					m = map[string]string{}
				}
				maps.Copy(m, o)
				*v = m
			}
		default:
			if d.Kind() != reflect.Struct {
				panic("schema: no merge rule for word field " + dst.Type().Field(i).Name)
			}
			appendFields(d, s)
		}
	}
}

func mergeMap(a, b map[string][]string) map[string][]string {
	if len(b) == 0 {
		return a
	}
	out := make(map[string][]string, len(a)+len(b))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = slices.Concat(out[k], v)
	}
	return out
}

// Validate checks s as a whole, as Load checks the entries of its files:
// names of labels, relation types, countries and kinds that exist, codes
// of the right shape. It is for a schema built or decoded without Load;
// the error is an Errors.
func (s *Schema) Validate() error {
	var ps problems
	newChecker(s, &ps).check(s, false)
	if errs, _ := split(ps.sorted(nil)); len(errs) > 0 {
		return errs
	}
	return nil
}

// IsIdentifier reports whether name is safe to write into Cypher text as a
// label or relationship type: ASCII letters, digits and underscores, not
// starting with a digit.
func IsIdentifier(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		switch {
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r == '_':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// HasLabel reports whether name is a label of the ontology.
func (s *Schema) HasLabel(name string) bool {
	for _, l := range s.Labels {
		if l.Name == name {
			return true
		}
	}
	return false
}

// Relation returns the relationship type called name.
func (s *Schema) Relation(name string) (RelationType, bool) {
	for _, r := range s.Relations {
		if r.Name == name {
			return r, true
		}
	}
	return RelationType{}, false
}
