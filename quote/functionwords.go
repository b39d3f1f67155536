package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// gender is the grammatical gender of a speaker or pronoun, when known.
type gender uint8

const (
	unknownGender gender = iota
	male
	female
)

// pronouns that may stand for a speaker, with their gender. Plural and
// formal forms are left out: they do not name one speaker.
var pronouns = map[string]gender{
	"er": male, "sie": female, "he": male, "she": female,
	"il": male, "elle": female, "él": male, "ella": female,
	"lui": male, "lei": female, "egli": male, "ele": male, "ela": female,
	"hij": male, "zij": female, "ze": female, "on": male, "ona": female,
	"он": male, "она": female, "他": male, "她": female, "彼": male, "彼女": female,
	"Er": male, "Sie": female, "He": male, "She": female, "Il": male, "Elle": female,
}

// determiners and other words that may open a noun phrase before a name
// ("der Minister", "the witness", "le maire").
var determiners = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "des": true,
	"ein": true, "eine": true, "einer": true, "eines": true, "einem": true, "einen": true,
	"Der": true, "Die": true, "Das": true, "Ein": true, "Eine": true,
	"the": true, "a": true, "an": true, "The": true, "A": true, "An": true,
	"le": true, "la": true, "les": true, "un": true, "une": true, "Le": true, "La": true,
	"el": true, "los": true, "las": true, "El": true, "Los": true, "Las": true,
	"il": true, "lo": true, "gli": true, "Il": true, "Lo": true,
	"o": true, "os": true, "as": true, "um": true, "uma": true,
	"de": true, "het": true, "een": true, "De": true, "Het": true,
	"sein": true, "seine": true, "ihr": true, "ihre": true, "his": true, "her": true,
	"unser": true, "unsere": true, "Seine": true, "Sein": true, "Ihre": true,
	"His": true, "Her": true, "Their": true, "my": true, "My": true, "our": true, "Our": true,
	"mein": true, "Mein": true, "meine": true, "Meine": true, "Unser": true, "Unsere": true, "dieser": true, "diese": true, "dieses": true,
	"Dieser": true, "Diese": true, "Dieses": true, "jeder": true, "jede": true,
	"seiner": true, "seinem": true, "seinen": true, "ihrer": true, "ihrem": true, "ihren": true,
	// English quantifiers open a description as an article does ("one
	// senior aide said", "said another official"). Capitalized, at the
	// start of a sentence, they may stand alone ("Another said").
	"one": true, "another": true, "two": true, "three": true, "several": true,
}

// contractions of a preposition and an article ("zum Podium", "im Jahr")
// come before common nouns, rarely before names.
var contractions = map[string]bool{
	"zum": true, "zur": true, "im": true, "am": true, "vom": true, "beim": true,
	"ins": true, "ans": true, "aufs": true, "au": true, "aux": true, "du": true,
	"des": true, "del": true, "al": true, "nel": true, "della": true, "dello": true,
	"of": true, "in": true, "auf": true, "mit": true, "für": true, "bei": true, "über": true,
}

// nameParticles may stand between the parts of a name ("Ursula von der
// Leyen", "Vincent van Gogh", "Luiz Inácio da Silva").
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "de": true, "da": true, "di": true,
	"del": true, "du": true, "dos": true, "zu": true, "ter": true, "ten": true,
	"bin": true, "al": true, "la": true, "le": true,
}

// ofWords join a role to its institution ("ministro de Hacienda",
// "ministra da Saúde", "director of Finance", "segretario del Pd").
var ofWords = map[string]bool{
	"de": true, "da": true, "do": true, "du": true, "del": true, "della": true, "dello": true,
	"di": true, "dei": true, "degli": true, "delle": true, "dos": true, "of": true,
	"des": true, "for": true,
}

// titles come before a name and may tell its gender.
var titles = map[string]gender{
	"Herr": male, "Frau": female, "Mr": male, "Mrs": female, "Ms": female,
	"Dr": unknownGender, "Prof": unknownGender, "Monsieur": male, "Madame": female,
	"M": male, "Mme": female, "Señor": male, "Señora": female, "Sr": male, "Sra": female,
	"Signor": male, "Signora": female, "Sir": male, "Lady": female, "Lord": male,
	"Pan": male, "Pani": female, "Hr": male, "Fr": female, "Dott": unknownGender,
	"Ing": unknownGender, "Avv": unknownGender, "Sig": male, "Pr": unknownGender, "Dña": female,
	"Don": male, "Doña": female, "Dona": female,
	// Forms of address of English fiction and reportage.
	"Miss": female, "Captain": male, "Colonel": male, "Major": male, "Uncle": male,
	"Aunt": female, "Mother": female, "Father": male, "Sister": female, "Brother": male,
	"Mistress": female, "Master": male, "Duchess": female, "Duke": male, "Baron": male,
	"Baroness": female, "Countess": female, "Count": male, "Queen": female, "King": male,
	"Princess": female, "Prince": male, "Sen": unknownGender, "Rep": unknownGender,
	"Gov": unknownGender, "President": unknownGender,
}

// notNames are capitalized words that follow a speech verb without being
// its speaker: days, months, times of day.
var notNames = map[string]bool{
	"Next": true, "Afterwards": true,
	"Montag": true, "Dienstag": true, "Mittwoch": true, "Donnerstag": true, "Freitag": true,
	"Samstag": true, "Sonntag": true, "Monday": true, "Tuesday": true, "Wednesday": true,
	"Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true,
	"December": true, "Januar": true, "Februar": true, "März": true, "Mai": true, "Juni": true,
	"Juli": true, "Oktober": true, "Dezember": true, "Abend": true, "Morgen": true,
	"Nachmittag": true, "Vormittag": true, "Wochenende": true, "Ende": true, "Anfang": true,
	"In": true, "On": true, "At": true, "Im": true, "Am": true, "Auf": true, "Bei": true,
	"Dabei": true, "Doch": true, "Aber": true, "Und": true, "But": true, "And": true,
	"Es": true, "It": true, "This": true, "Dies": true, "Das": true, "Man": true,
	"Ich": true, "Wir": true, "We": true, "I": true, "You": true, "Du": true, "Ihr": true,
	"Je": true, "Nous": true, "Yo": true, "Io": true,
	// Words that open sentences and would pass for a one-word name.
	"Als": true, "Nach": true, "Auch": true, "So": true, "Wie": true, "Wenn": true,
	"Noch": true, "Damit": true, "Demnach": true, "Dann": true, "Da": true, "Denn": true,
	"Deshalb": true, "Daher": true, "Jetzt": true, "Nun": true, "Heute": true, "Gestern": true,
	"Zudem": true, "Außerdem": true, "Allerdings": true, "Trotzdem": true, "Laut": true,
	"Vor": true, "Seit": true, "Für": true, "Mit": true, "Von": true, "Zu": true, "Zur": true,
	"Zum": true, "Über": true, "Unter": true, "Gegen": true, "Ohne": true, "Nachdem": true,
	"Während": true, "Weil": true, "Obwohl": true, "Dass": true, "Ob": true, "Hier": true,
	"Dort": true, "Endlich": true, "Plötzlich": true, "Also": true, "Später": true,
	"Schließlich": true, "Inzwischen": true, "Bereits": true, "Immer": true, "Oft": true,
	"Dazu": true, "Darauf": true, "Darin": true, "Davon": true, "Sogar": true, "Vielleicht": true,
	"Er": true, "Sie": true, "Ja": true, "Nein": true, "Was": true, "Wer": true, "Warum": true,
	"That": true, "These": true, "When": true, "After": true, "Before": true, "Then": true,
	"Now": true, "Today": true, "Yesterday": true, "However": true, "Still": true, "Yet": true,
	"Meanwhile": true, "Later": true, "If": true, "As": true, "He": true, "She": true, "They": true,
	"Mais": true, "Et": true, "Puis": true, "Alors": true, "Selon": true, "Dans": true, "Pour": true,
	"Pero": true, "Luego": true, "En": true, "Por": true, "Para": true, "Según": true,
	"Zugleich": true, "Gleichzeitig": true, "Unterdessen": true, "Demgegenüber": true,
	"Indes": true, "Stattdessen": true, "Ebenso": true, "Weiter": true, "Ferner": true,
	"Insgesamt": true, "Damals": true, "Zuvor": true, "Zunächst": true, "Anschließend": true,
	"Kürzlich": true, "Erst": true, "Nur": true, "Gerade": true, "Besonders": true,
	"Ebenfalls": true, "Jedoch": true, "Dennoch": true, "Hingegen": true, "Dagegen": true,
	"Daraufhin": true, "Deswegen": true, "Darum": true, "Wörtlich": true, "Zuletzt": true,
	"Ma": true, "Poi": true, "Secondo": true, "Per": true, "Maar": true, "Volgens": true,
	// English conjunctions, prepositions and adjectives that open sentences.
	"While": true, "Even": true, "Just": true, "Much": true, "Outside": true, "Inside": true,
	"Latest": true, "Top": true, "Former": true, "Although": true, "Though": true,
	"Despite": true, "Since": true, "Until": true, "Because": true, "Unlike": true,
	"Amid": true, "Among": true, "During": true, "Following": true, "According": true,
}

// complementizers introduce a clause that may switch into a quotation
// ("dass „…“", "that "…"").
var complementizers = map[string]bool{
	"dass": true, "daß": true, "that": true, "que": true, "qu'": true, "che": true,
	"dat": true, "że": true, "что": true, "ob": true, "whether": true,
}

// objectPronouns may stand between a cue and the comma before a quote
// ("he told me, '…'", "sagte mir, „…“", "nous a dit, « … »").
var objectPronouns = map[string]bool{
	"me": true, "us": true, "him": true, "her": true, "them": true, "you": true,
	"mir": true, "uns": true, "ihm": true, "ihr": true, "ihnen": true, "dir": true,
	"moi": true, "lui": true, "nous": true, "leur": true, "mi": true, "gli": true, "le": true,
	"nos": true, "les": true, "mnie": true, "мне": true, "нам": true,
}

// prepositions before an article mark a common noun ("vor der Wahl",
// "in the city"): a capitalized word there is rarely a speaker.
var prepositions = map[string]bool{
	"vor": true, "nach": true, "in": true, "an": true, "auf": true, "aus": true,
	"bei": true, "mit": true, "von": true, "zu": true, "für": true, "über": true,
	"unter": true, "gegen": true, "ohne": true, "durch": true, "um": true, "seit": true,
	"während": true, "wegen": true, "trotz": true, "hinter": true, "neben": true,
	"zwischen": true, "of": true, "on": true, "at": true, "for": true, "with": true,
	"from": true, "to": true, "by": true, "about": true, "after": true, "before": true,
	"during": true, "between": true, "among": true, "into": true, "under": true, "over": true,
	"through": true, "against": true, "without": true, "despite": true, "amid": true,
	"across": true, "within": true, "upon": true, "toward": true, "towards": true, "behind": true,
	"à": true, "dans": true, "pour": true, "avec": true, "sur": true, "par": true,
	"en": true, "con": true, "por": true, "para": true, "sobre": true,
}

func init() {
	// Prepositions also open sentences: "In einem Interview", "After the vote".
	for w := range prepositions {
		r, size := utf8.DecodeRuneInString(w)
		prepositions[string(unicode.ToUpper(r))+w[size:]] = true
	}
}

// placePrepositions come before places and institutions, rarely before
// a speaker: "in New Hampshire", "at Fox News", "aus Berlin".
var placePrepositions = map[string]bool{
	"in": true, "at": true, "from": true, "to": true, "into": true, "near": true,
	"aus": true, "nach": true, "im": true, "am": true, "beim": true,
}

// addresseeVerbs take the one spoken to as their object: in "Issa told
// Fox News" the phrase after the verb is not the speaker.
var addresseeVerbs = map[string]bool{
	"told": true, "tells": true, "telling": true, "asked": true, "asks": true,
	"urged": true, "assured": true, "reminded": true, "informed": true, "warned": true,
	"thanked": true, "called": true, "begged": true, "implored": true,
}

// headlineWords are function words that headlines and titles capitalize
// ("Cruz Has a Plan"): a run of capitalized words stops before them.
var headlineWords = map[string]bool{
	"Has": true, "Have": true, "Had": true, "Is": true, "Are": true, "Was": true, "Were": true,
	"Will": true, "Would": true, "Could": true, "Should": true, "Can": true, "Says": true,
	"Said": true, "Its": true, "Of": true, "For": true, "With": true, "To": true, "From": true,
	"Over": true, "Into": true, "About": true, "Against": true, "By": true,
}

// notAName reports whether the capitalized word toks[i] cannot be a
// speaker whatever its score: a possessive ("Clinton’s"), a contraction
// ("What’s", "We’ve"), a headline word, or a participle or adverb that
// opens the sentence ("Speaking at …, Bush said").
func notAName(toks []tok, i, a int) bool {
	w := toks[i].w
	if toks[i].has(wApostrophe) && strings.LastIndexAny(w, "'’") > 0 {
		return true
	}
	if toks[i].k&(wHeadline|wNumberWord) != 0 {
		return true
	}
	if i == a || i > 0 && endsSentence(toks, i-1) {
		if toks[i].has(wGiven) {
			return false
		}
		for _, suf := range openingSuffixes {
			if strings.HasSuffix(w, suf) {
				return true
			}
		}
		return sentenceAdverbs[w]
	}
	return false
}

// openingSuffixes end adverbs, participles and adjectives that open a
// sentence before its subject: English "Speaking", "Asked", "Clearly";
// German "Letztlich", "Höhnisch", "Passend", "Erstmals", "Derzeit".
var openingSuffixes = []string{"ing", "ed", "ly", "lich", "isch", "end", "mals", "weise", "zeit", "falls"}

// sentenceAdverbs are German words that open a sentence before the verb
// and are missing from notNames.
var sentenceAdverbs = map[string]bool{
	"Zwar": true, "Hatte": true, "Um": true, "Ab": true, "Alle": true, "Selbst": true,
	"Daraus": true, "Darunter": true, "Dafür": true, "Dagegen": true, "Deutlich": true,
	"Bisher": true, "Bislang": true, "Künftig": true, "Offenbar": true, "Laut": true,
}

// numberWord reports an English number written out ("Forty-one",
// "Twenty", "Hundreds"): a count, not a name.
func numberWord(w string) bool {
	head, _, _ := strings.Cut(w, "-")
	return numberWords[head]
}

var numberWords = map[string]bool{
	"Twenty": true, "Thirty": true, "Forty": true, "Fifty": true, "Sixty": true, "Seventy": true,
	"Eighty": true, "Ninety": true, "Eleven": true, "Twelve": true, "Thirteen": true,
	"Fourteen": true, "Fifteen": true, "Sixteen": true, "Seventeen": true, "Eighteen": true,
	"Nineteen": true, "Hundred": true, "Hundreds": true, "Thousand": true, "Thousands": true,
	"Dozens": true, "Millions": true,
}

// quantity reports whether toks[i] follows a count: a number word in
// lower case ("zehn", "hundert", "five"), a count noun ("Millionen") or a
// number with a decimal or thousands sign ("3,5", "9.150"). The nouns
// after it are units and quantities ("Milliarden Euro", "Liter Wasser"),
// not speakers. A bare number is left alone: a year, a date or the
// number of an item in a list stands before names too ("2014 House
// Committee", "13\nZoe Saldana").
func quantity(toks []tok, i int) bool {
	p := toks[i-1]
	switch p.w {
	case "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
		"zwanzig", "dreißig", "fünfzig", "hundert", "tausend",
		"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand",
		"Millionen", "Milliarden", "Tausende", "Hunderte":
		return true
	}
	return i >= 3 && isDigits(p.w) && (toks[i-2].is(',') || toks[i-2].is('.')) &&
		toks[i-2].e == p.s && toks[i-3].e == toks[i-2].s && isDigits(toks[i-3].w)
}

// namingVerbs call something by a name or a judgement: the phrase after
// them is what is named, the speaker stands before ("Herzog nannte
// Brandls Entscheidung „…“", "Olsen nannte den Plan einen „…“").
var namingVerbs = map[string]bool{
	"nannte": true, "nennt": true, "nannten": true, "bezeichnete": true, "bezeichnet": true,
	"bezeichneten": true, "beschrieb": true, "beschreibt": true, "kritisierte": true,
	"kritisiert": true, "verurteilte": true, "verurteilt": true, "wertete": true, "wertet": true,
	"lobte": true, "lobt": true, "beurteilte": true, "beurteilt": true,
	"described": true, "describes": true, "labeled": true, "labelled": true, "dubbed": true,
	"branded": true, "termed": true,
}

// namingObject reports whether the words after the naming verb at
// toks[n-1] are its object: anything but a pronoun, a given name or a lone
// capitalized word, which may be the subject after the verb ("Die
// Entscheidung nannte Herzog …").
func namingObject(toks []tok, n, end int) bool {
	if !namingVerbs[toks[n-1].w] {
		return false
	}
	if toks[n].k&(wPronoun|wGiven) != 0 {
		return false // "beschrieb Hansjörg Blessing die Arbeit als …"
	}
	return !toks[n].cap || toks[n].has(wDeterminer) || n+1 < end && toks[n+1].cap && toks[n+1].w != ""
}

// inLower reports whether the lower-case form of w is in set, without
// building that form for the common case of one capital letter
// ("Dass", "Im"): a lookup of string(bytes) does not allocate.
func inLower(set map[string]bool, w string) bool {
	if len(w) == 0 || len(w) > 32 || w[0] < 'A' || w[0] > 'Z' {
		return set[strings.ToLower(w)]
	}
	var buf [32]byte
	n := copy(buf[:], w)
	for i := 1; i < n; i++ {
		if c := buf[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return set[strings.ToLower(w)]
		}
	}
	buf[0] += 'a' - 'A'
	return set[string(buf[:n])]
}
