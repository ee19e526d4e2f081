package schema

// NameCues are the words around an unknown name that tell what it names.
// The extractor classifies a capitalised name no lexicon lists from its
// own shape (a given name, an organization head, a company suffix, a
// prefix such as "Operation") and from its context (a descriptor noun
// before it, "a fellow at", a verb of movement). Each list is keyed by the
// label it gives where that matters.
type NameCues struct {
	// Descriptors are lower-case nouns written just before a name that say
	// what it is: "daily Magyar Nemzet", "state-owned enterprise HDT", "rapper
	// Jay", "the town of Gyula". Keyed by label.
	Descriptors map[string][]string `yaml:"descriptors,omitempty" json:"descriptors,omitempty"`
	// Prefixes are capitalised first words that say what a name is:
	// "Operation Peace Spring" (Program), "Camp David" (Facility). Keyed by label.
	Prefixes map[string][]string `yaml:"prefixes,omitempty" json:"prefixes,omitempty"`
	// CompanySuffixes end the names of companies: "Inc.", "Kft.", "GmbH".
	CompanySuffixes []string `yaml:"company_suffixes,omitempty" json:"company_suffixes,omitempty"`
	// RoleNouns are people's positions whose "at/with/for X" makes X an
	// Organization: "a fellow at the Brookings Institution".
	RoleNouns []string `yaml:"role_nouns,omitempty" json:"role_nouns,omitempty"`
	// PlaceVerbs take places as objects: "troops entered Manbij".
	PlaceVerbs []string `yaml:"place_verbs,omitempty" json:"place_verbs,omitempty"`
	// MediaVerbs (lemmas) have outlets rather than people as subjects:
	// "Polygraph reported".
	MediaVerbs []string `yaml:"media_verbs,omitempty" json:"media_verbs,omitempty"`
	// DescribedHeads are head nouns that, after a determiner and one or
	// more modifiers, introduce a thing of their label: "a new security
	// initiative" (Program), "a naval coalition" (Organization). Keyed by label.
	DescribedHeads map[string][]string `yaml:"described_heads,omitempty" json:"described_heads,omitempty"`
	// VagueModifiers describe nothing: "a similar plan", "the same deal".
	VagueModifiers []string `yaml:"vague_modifiers,omitempty" json:"vague_modifiers,omitempty"`
	// BroadcastModifiers make a described programme a broadcast or a piece
	// of software, no policy: "a weekly radio programme", "a computer program".
	BroadcastModifiers []string `yaml:"broadcast_modifiers,omitempty" json:"broadcast_modifiers,omitempty"`
	// PartHeads after an organization's name make a part of it: "the
	// AfCFTA secretariat" (Organization), "NATO headquarters" (Facility).
	PartHeads map[string][]string `yaml:"part_heads,omitempty" json:"part_heads,omitempty"`
	// BodyHeads are capitalised heads that, written after an
	// organization's name, make a body of it: "the ECOWAS Commission" is
	// PART_OF ECOWAS.
	BodyHeads []string `yaml:"body_heads,omitempty" json:"body_heads,omitempty"`
	// StateHeads are capitalised last words that, in a name opened by a
	// country's name, make the name a body of that state: "the Guyana
	// Defence Force" is PART_OF Guyana ("the Ukraine Defense Contact
	// Group" is not).
	StateHeads []string `yaml:"state_heads,omitempty" json:"state_heads,omitempty"`
	// StateOfHeads are capitalised words that, with the state heads and
	// body heads, may stand before "of" and a country ending a name that
	// makes the name a body of that state: "the Atomic Energy Organization
	// of Iran", "the Central Bank of Libya" (but "the Times of Israel" and
	// "the Democratic Forces for the Liberation of Rwanda" are not).
	StateOfHeads []string `yaml:"state_of_heads,omitempty" json:"state_of_heads,omitempty"`
	// AcronymHeads are lower-case nouns that, after an acronym no lexicon
	// lists and the article never spells out, make it an organization:
	// "KDF troops", "NLF rebels", "the ZNP party". With a determiner and
	// modifiers, they also describe an acronym in apposition: "the RRB, the
	// paramilitary brigade".
	AcronymHeads []string `yaml:"acronym_heads,omitempty" json:"acronym_heads,omitempty"`
	// ProgramNameHeads are capitalised last words that make a name a
	// Program: "the Global Security Initiative", "the Marshall Plan".
	ProgramNameHeads []string `yaml:"program_name_heads,omitempty" json:"program_name_heads,omitempty"`
	// AgreementNameHeads are capitalised last words that make a name an
	// Agreement where the lower-case word names none: "the Kestrel Act",
	// "the Three-Point Consensus", "the Peace and Unity Bill".
	AgreementNameHeads []string `yaml:"agreement_name_heads,omitempty" json:"agreement_name_heads,omitempty"`
	// NamingVerbs give a quoted name to the thing before them: "a program
	// dubbed "Zrinyi 2026"", "an operation code-named "Ajax"".
	NamingVerbs []string `yaml:"naming_verbs,omitempty" json:"naming_verbs,omitempty"`
	// CodeNames before an unquoted name make it an operation's code name,
	// a Program: "an operation codenamed Tarvik Dawn".
	CodeNames []string `yaml:"code_names,omitempty" json:"code_names,omitempty"`
	// SynonymHeads are classes of head nouns that name the same kind of
	// thing, so that "the nuclear accord" refers back to "a nuclear deal".
	SynonymHeads [][]string `yaml:"synonym_heads,omitempty" json:"synonym_heads,omitempty"`
	// PlaceNouns after a capital make it the city: "a Warsaw trip", "the
	// Moscow summit" (but "the Moscow government" is the state).
	PlaceNouns []string `yaml:"place_nouns,omitempty" json:"place_nouns,omitempty"`
	// PlanHeads after weapon words name the plan to field that weapon,
	// which is the weapon system itself: "the missile plan", "the
	// missile defence project" (the article's missile shield).
	PlanHeads []string `yaml:"plan_heads,omitempty" json:"plan_heads,omitempty"`
}
