package cleanup

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Split cases: glued words the join rules must cut, each a sentence of
// its own (the language guess reads the sentence).
var caseJoinSplits = []ruleCase{
	// German: a function word glued to what follows.
	{"de von", "Der Wagen fährt vonAutopilot gesteuert.", "Der Wagen fährt von Autopilot gesteuert."},
	{"de seit brand", "Viel ist passiert, seitChatGPT erschienen ist.", "Viel ist passiert, seit ChatGPT erschienen ist."},
	{"de mit name", "Die Ministerin sprach mitEmmanuel Macron.", "Die Ministerin sprach mit Emmanuel Macron."},
	{"de im", "Die Studie erschien imFachjournal Science.", "Die Studie erschien im Fachjournal Science."},
	{"de des", "Nach Angaben desStatistischen Bundesamts sank der Wert.", "Nach Angaben des Statistischen Bundesamts sank der Wert."},
	{"de die acronym", "Der Bericht kritisiert dieEU und die Länder.", "Der Bericht kritisiert die EU und die Länder."},
	{"de für", "Das ist ein Erfolg fürBerlin und die Region.", "Das ist ein Erfolg für Berlin und die Region."},
	{"de zum", "Er wechselte zumKonkurrenten aus München.", "Er wechselte zum Konkurrenten aus München."},
	{"de sentence start", "DieTelekom erhöht die Preise für das Netz.", "Die Telekom erhöht die Preise für das Netz."},
	// A protected name on one or both sides.
	{"de both sides of a brand", "Das Modell könneOpenAIVergleichbar sein.", "Das Modell könne OpenAI Vergleichbar sein."},
	{"de verb before brand", "Viele Firmen nutzenOpenAI oder andere Anbieter.", "Viele Firmen nutzen OpenAI oder andere Anbieter."},
	{"de brand then ist", "Seit gestern ist klar: ChatGPTist nicht allein.", "Seit gestern ist klar: ChatGPT ist nicht allein."},
	{"de lowercase brand", "Er kaufte sich dasiPhone mit viel Speicher.", "Er kaufte sich das iPhone mit viel Speicher."},
	{"en lowercase brand", "It keeps aniPhone from overheating in the sun.", "It keeps an iPhone from overheating in the sun."},
	{"en verb before brand", "She joinedMicrosoft in 2019 as a researcher.", "She joined Microsoft in 2019 as a researcher."},
	{"en in", "The results were published inNature last week.", "The results were published in Nature last week."},
	{"en at", "Analysts atGoldman Sachs expect a rebound.", "Analysts at Goldman Sachs expect a rebound."},
	{"en on brand", "The demo runs onYouTube and on the website.", "The demo runs on YouTube and on the website."},
	{"fr name", "Le président a rencontréAngela Merkel hier soir.", "Le président a rencontré Angela Merkel hier soir."},
	{"fr de", "Le maire deMarseille a répondu aux questions.", "Le maire de Marseille a répondu aux questions."},
	{"es brand", "La empresa compróTwitter en el año 2022.", "La empresa compró Twitter en el año 2022."},
	{"es de", "El presidente delGobierno habló con la prensa.", "El presidente del Gobierno habló con la prensa."},
	{"it name", "Il ministro ha incontratoUrsula von der Leyen a Roma.", "Il ministro ha incontrato Ursula von der Leyen a Roma."},
	{"pt name", "O governo do Brasil recebeuLula e a comitiva.", "O governo do Brasil recebeu Lula e a comitiva."},
	{"nl van", "De minister sprak met de burgemeester vanAmsterdam.", "De minister sprak met de burgemeester van Amsterdam."},
	{"pl w", "Prezydent spotkał się z premierem wWarszawie.", "Prezydent spotkał się z premierem w Warszawie."},
	{"ru с", "Министр встретился сИлоном Маском.", "Министр встретился с Илоном Маском."},
	{"ru preposition at end", "Министр заявилВ интервью, что всё хорошо.", "Министр заявил В интервью, что всё хорошо."},
	{"ru verb and name", "Вчера президент встретилсяПутиным в Кремле.", "Вчера президент встретился Путиным в Кремле."},
	// Acronyms, menus, gender forms.
	{"de acronym", "Der KIVergleich zeigt große Unterschiede.", "Der KI Vergleich zeigt große Unterschiede."},
	{"de acronym 2", "Die neue CDUSpitze trifft sich am Montag.", "Die neue CDU Spitze trifft sich am Montag."},
	{"de menu", "StartseiteNachrichtenPolitik", "Startseite Nachrichten Politik"},
	{"de menu 2", "ImpressumDatenschutzKontakt", "Impressum Datenschutz Kontakt"},
	{"de menu long", "StartseiteNachrichtenPolitikWirtschaftSportKulturWissen", "Startseite Nachrichten Politik Wirtschaft Sport Kultur Wissen"},
	{"de In after abstract noun", "Künstliche IntelligenzIn Bezug auf Patente ist neu.", "Künstliche Intelligenz In Bezug auf Patente ist neu."},
	{"de In after Forschung", "Es fehlt an ForschungIn diesem Bereich gibt es Lücken.", "Es fehlt an Forschung In diesem Bereich gibt es Lücken."},
	{"de article sandwich", "Die BerichterstattungderZeitung war fair.", "Die Berichterstattung der Zeitung war fair."},
	{"de article sandwich 2", "Die Entwicklungdes Marktes war schwach, sagte die Bank.", "Die Entwicklungdes Marktes war schwach, sagte die Bank."},
	{"languages", "EnglishFrançais", "English Français"},
	{"languages mixed", "FrançaisIndonesianSanskrit", "Français Indonesian Sanskrit"},
	{"es languages", "españolItaliano", "español Italiano"},
	// A function word before a capitalized function word that starts a title.
	{"en with The", "She spoke in an interview withThe Times about it.", "She spoke in an interview with The Times about it."},
	{"fr par Le", "L'affaire a été révélée parLe Figaro hier.", "L'affaire a été révélée par Le Figaro hier."},
	// Single-letter function words in languages that have them.
	{"pt o acronym", "Segundo oINE, a economia cresceu em abril.", "Segundo o INE, a economia cresceu em abril."},
	{"cs v", "Jednání se konalo vBrně na radnici.", "Jednání se konalo v Brně na radnici."},
	// A name that ends in a capital, then a lowercase word.
	{"de brand then word", "Viele Schüler habenChatGPTgenutzt, sagt die Studie.", "Viele Schüler haben ChatGPT genutzt, sagt die Studie."},
	// A word before an acronym at the end of a run.
	{"it agency", "La notizia è stata diffusa dall'agenziaAGI nel pomeriggio.", "La notizia è stata diffusa dall'agenzia AGI nel pomeriggio."},
	// Menus with short items, recognised by their menu words.
	{"en menu short items", "HomeNewsSportWeather", "Home News Sport Weather"},
	{"de menu after function word", "Über unsKontaktImpressum", "Über uns Kontakt Impressum"},
	{"en two menu words", "Sign inSubscribeNewsletters", "Sign in Subscribe Newsletters"},
}

// Keep cases: names, units, code and gender forms that look like joins.
var caseJoinKeeps = []string{
	"OpenAI, ChatGPT, iPhone, iOS, macOS, eBay, YouTube, LinkedIn and PowerPoint.",
	"JavaScript, GitHub, PayPal, WhatsApp, TikTok, DeepMind, BioNTech and PlayStation.",
	"McDonald's, MacArthur, DiCaprio, LeBron, McKinsey and DeSantis.",
	"Il vient de l'Amérique, dell'Italia et de d'Artagnan.",
	"Die LehrerInnen, BürgerInnen und die MitarbeiterIn sagte Nein.",
	"Jede StudentIn und jede KollegIn bekommt einen Platz.",
	"Eine MitarbeiterIn der Firma kam zu spät.",
	"The GPUs and APIs and URLs and IDs.",
	"Der Akku hat 5000 mAh, das Netz 50 MHz, der Speicher 100 kWh, der pH ist 7.",
	"NaCl, H2O, mRNA, SARS-CoV-2, CO2 und CaCO3 im Labor.",
	"Die GmbH, die AfD, die BaFin und die KfW.",
	"ChatGPT2, GPT-4o, Llama3 und Llama 3.1 sind Modelle.",
	"Die Methode getElementById und die Variable maxRetryCount.",
	"Variablen wie userName und httpClient.",
	"Call toString or isEmpty or onClick on the object.",
	"Siehe https://example.org/PfadName und kontakt@example.org.",
	"Der Hashtag #OpenSource und @GitHub und @HelvionAI.",
	"Die Datei ReadMe.md und das Paket Node.js.",
	"Grundlagenforschung und Datenschutzgrundverordnung.",
	"Die Bundesdatenschutzbeauftragte prüft die Kundendatenbank.",
	"Laut WirtschaftsKompass wächst der Markt.",
	"Die Nutzer von eSports, xAI und eBikes.",
	"Die Finanzaufsicht BaFin prüft die HypoVereinsbank.",
	"PlugIn, LogIn und CheckIn sind englische Wörter.",
	"ВКонтакте и МегаФон.",
	"Die iPhones und die YouTuber.",
	"Der Sender ZDFneo und das Portal ZDFheute.",
	"Sie kaufte ein neuesiPhone.",
	"SoftBank, CureVac, ThyssenKrupp, DaimlerChrysler und GlaxoSmithKline.",
	"The NaCl crystal grew.",
	"Wir testen mRNA und tRNA.",
	"Der Konzern heißt DeepSeek, nicht DeepL.",
	"Les élèves de l'École et d'Europe.",
	"Компания выпустила YandexGPT и BloombergGPT.",
	"Die AfDler und SPDlerin stimmten dagegen.",
	"Apple nennt es watchOS, visionOS und iPadOS.",
	"The lab studies siRNA, miRNA and lncRNA.",
	"Sie kauften bei HomeDepot und NewsGuard.",
	"Die Funktion isEmptyState und onClickHandler.",
}

func TestCaseJoins(t *testing.T) {
	runRuleCases(t, "case-joins", caseJoinSplits)
	var keeps []ruleCase
	for _, k := range caseJoinKeeps {
		keeps = append(keeps, ruleCase{k, k, k})
	}
	runRuleCases(t, "case-joins", keeps)
}

// The whole pipeline keeps every name: no other rule may break one either.
func TestJoinsKeepNamesInPipeline(t *testing.T) {
	for _, k := range caseJoinKeeps {
		if got := Clean(k); got != k {
			t.Errorf("Clean(%q):\n%s", k, cmp.Diff(k, got))
		}
	}
}

var scriptJoinCases = []ruleCase{
	{"greek latin", "ΕλληνικάEnglishFrançais", "Ελληνικά EnglishFrançais"},
	{"cyrillic hangul", "РусскийDeutsch한국어Español", "Русский Deutsch 한국어 Español"},
	{"menu with japanese", "English日本語Italiano", "English 日本語 Italiano"},
	{"sentence with japanese", "Ich lerne Sanskrit日本語Deutsch.", "Ich lerne Sanskrit 日本語 Deutsch."},
	{"hebrew arabic", "Svenskaעבריתالعربية", "Svenska עברית العربية"},
	{"cyrillic after space", "Русский языкEnglish", "Русский язык English"},
	{"devanagari", "Englishहिन्दीDeutsch", "English हिन्दी Deutsch"},
	{"thai", "ไทยPolski", "ไทย Polski"},
	{"kana hangul", "日本語한국어", "日本語 한국어"},
	{"chinese prose", "我们使用Go语言", "我们使用Go语言"},
	{"japanese prose", "東京でiPhoneを買った。", "東京でiPhoneを買った。"},
	{"korean prose", "나는 iPhone을 샀다.", "나는 iPhone을 샀다."},
	{"chinese quoted in german", "Sie zitierte: 越来越多的年轻人用iPhone拍摄短视频，并在5G网络上直接分享。", "Sie zitierte: 越来越多的年轻人用iPhone拍摄短视频，并在5G网络上直接分享。"},
	{"homoglyph", "Mоscow", "Mоscow"},
	{"greek unit", "Es sind 5 μg pro Liter und 3 μm.", "Es sind 5 μg pro Liter und 3 μm."},
	{"greek letter in formula", "Die Größe ΔT steigt.", "Die Größe ΔT steigt."},
	{"url with cyrillic", "Siehe https://пример.рф/Page und mehr.", "Siehe https://пример.рф/Page und mehr."},
}

func TestScriptJoins(t *testing.T) {
	runRuleCases(t, "script-joins", scriptJoinCases)
}

func TestSeedMenu(t *testing.T) {
	in := "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語DeutschPortuguêsΕλληνικάespañolItalianoSuomalainenLatina"
	want := "한어 Русский язык English Français Indonesian Sanskrit 日本語 Deutsch Português Ελληνικά español Italiano Suomalainen Latina"
	if got := Clean(in); got != want {
		t.Errorf("Clean(menu):\n%s", cmp.Diff(want, got))
	}
	checkInvariants(t, mustNew(), in)
}

var lexiconJoinCases = []ruleCase{
	{"de article after -ung", "Die Berichterstattungder Zeitung war fair.", "Die Berichterstattung der Zeitung war fair."},
	{"de und after -heit", "Es geht um Freiheitund Sicherheit.", "Es geht um Freiheit und Sicherheit."},
	{"de past tense and article", "Der Konzern erhöhtedie Prognose deutlich.", "Der Konzern erhöhte die Prognose deutlich."},
	{"en the after -tion", "They discussed the informationthe agency released.", "They discussed the information the agency released."},
	{"fr des after -tion", "La réunion porte sur la situationdes réfugiés.", "La réunion porte sur la situation des réfugiés."},
	{"ru после -ость", "Это новостьдля всех нас.", "Это новость для всех нас."},
	{"keep compounds", "Die Wunder der Kinder und Länder, jeder Kalender, die Melodie.", "Die Wunder der Kinder und Länder, jeder Kalender, die Melodie."},
	{"keep -ungen", "Die Zeitungen und Regierungen der Nationen.", "Die Zeitungen und Regierungen der Nationen."},
	{"keep without lexicon", "Die Firma nutztgenerative KI.", "Die Firma nutztgenerative KI."},
	// A function word glued to the article after it.
	{"de und der", "Die Ministerin undder Landrat kamen gemeinsam.", "Die Ministerin und der Landrat kamen gemeinsam."},
	{"en of the", "The future ofthe plant is open, the union said.", "The future of the plant is open, the union said."},
	{"fr de la", "Le ministre dela Santé a présenté son plan pour les hôpitaux.", "Le ministre de la Santé a présenté son plan pour les hôpitaux."},
	{"es en el", "La reunión fue enel centro de la ciudad.", "La reunión fue en el centro de la ciudad."},
	{"en long pair", "We talked withthe mayor about the plan and the city.", "We talked with the mayor about the plan and the city."},
	{"de long pair", "Das Haus wird durchdie Stadt der Gemeinde verwaltet, sagte er.", "Das Haus wird durch die Stadt der Gemeinde verwaltet, sagte er."},
	{"keep pair-like words", "Die Preise steigen wieder, indem jeder spart; beides hilft, zudem auch nachdem.", "Die Preise steigen wieder, indem jeder spart; beides hilft, zudem auch nachdem."},
	{"keep pair-like words en", "He went into the room and then onto the roof, the report said.", "He went into the room and then onto the roof, the report said."},
	{"keep pair in another language", "Vi vill dela resultaten med alla i laget.", "Vi vill dela resultaten med alla i laget."},
}

func TestLexiconJoins(t *testing.T) {
	runRuleCases(t, "lexicon-joins", lexiconJoinCases)
}

func TestLexiconJoinsWithLexicon(t *testing.T) {
	lex, err := ReadLexicon(strings.NewReader("nutzt 40\ngenerative 12\nForschung 30\nGrundlagen 9\nGrundlagenforschung 2\nDaten 50\nschutz 1\nsome 90\nwhere 80\n"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []ruleCase{
		{"join", "Die Firma nutztgenerative KI.", "Die Firma nutzt generative KI."},
		{"compound known", "Die Grundlagenforschung wächst.", "Die Grundlagenforschung wächst."},
		{"compound tail only capitalized", "Die Grundlagenforschungsarbeit wächst.", "Die Grundlagenforschungsarbeit wächst."},
		{"function words make a word", "It is somewhere else.", "It is somewhere else."},
	}
	runRuleCases(t, "lexicon-joins", cases, WithLexicon(lex))
}

func TestVocabularyLearns(t *testing.T) {
	v := NewVocabulary()
	for _, doc := range []string{
		"Die Stadt nutzt KI. Die Behörde nutzt Software. Wer nutzt was?",
		"Die generative KI ist neu. Generative Modelle und generative Werkzeuge; generative Suche.",
		"Eine Verwaltung nutztgenerative Werkzeuge.",
	} {
		v.Learn(doc)
	}
	if got := v.Count("nutzt"); got != 3 {
		t.Errorf("Count(nutzt) = %d, want 3", got)
	}
	c := mustNew(WithLexicon(v))
	in := "Eine Verwaltung nutztgenerative Werkzeuge."
	want := "Eine Verwaltung nutzt generative Werkzeuge."
	if got := c.Clean(in); got != want {
		t.Errorf("Clean with vocabulary:\n%s", cmp.Diff(want, got))
	}
}

func TestReadLexiconFormats(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     map[string]int
	}{
		{"dict", "Haus\nhaus\n\n# comment\nBaum\n", map[string]int{"Haus": 1, "haus": 1, "Baum": 1, "baum": 0}},
		{"counts", "der 1000\ndie\t900\nder 5\n", map[string]int{"der": 1005, "die": 900}},
		{"hunspell", "3\nHaus/Sp\nBaum/P\nweg\n", map[string]int{"Haus": 1, "Baum": 1, "weg": 1, "3": 0}},
	} {
		lex, err := ReadLexicon(strings.NewReader(tc.in))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		for w, n := range tc.want {
			if got := lex.Count(w); got != n {
				t.Errorf("%s: Count(%q) = %d, want %d", tc.name, w, got, n)
			}
		}
	}
	for _, bad := range []string{"der zwei\n", "der 1 2\n", "der -3\n", "a\xffb\n"} {
		if _, err := ReadLexicon(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadLexicon(%q): no error", bad)
		}
	}
}

func TestWithProtected(t *testing.T) {
	in := "Die Firma heißt SumUpPay und wächst."
	c := mustNew(WithOnlyRules("case-joins"))
	// Without the entry there is still no evidence to split; with it the
	// name also marks where a glued word ends.
	if got := c.Clean(in); got != in {
		t.Errorf("without protection: %q", got)
	}
	p := mustNew(WithOnlyRules("case-joins"), WithProtected("SumUpPay"))
	want := "Die Firma nutzt SumUpPay und wächst."
	if got := p.Clean("Die Firma nutztSumUpPay und wächst."); got != want {
		t.Errorf("with protection:\n%s", cmp.Diff(want, got))
	}
	// A known name before a capital starts a longer name (LinuxTag), so
	// only the cut before it is taken.
	if got := p.Clean("Wir nutzenDeutschlandTicket."); got != "Wir nutzen DeutschlandTicket." {
		t.Errorf("other names: %q", got)
	}
	q := mustNew(WithOnlyRules("case-joins"), WithProtected("DeutschlandTicket"))
	if got := q.Clean("Wir nutzenDeutschlandTicket."); got != "Wir nutzen DeutschlandTicket." {
		t.Errorf("protected name: %q", got)
	}
}

var cjkSpacingCases = []ruleCase{
	{"han latin", "我们使用Go语言", "我们使用 Go 语言"},
	{"kana latin", "東京でiPhoneを買った。", "東京で iPhone を買った。"},
	{"digits", "第18期发布", "第 18 期发布"},
	{"hangul", "나는iPhone을 샀다", "나는 iPhone 을 샀다"},
	{"url untouched", "见https://example.org/中文", "见https://example.org/中文"},
}

func TestCJKSpacing(t *testing.T) {
	runRuleCases(t, "cjk-spacing", cjkSpacingCases, WithCJKSpacing(true))
	off := mustNew()
	if got := off.Clean("我们使用Go语言"); got != "我们使用Go语言" {
		t.Errorf("CJK spacing is on by default: %q", got)
	}
}

// The edits name the join rules and only insert spaces.
func TestJoinEditsExplain(t *testing.T) {
	r := mustNew().Explain("Das Modell könneOpenAIVergleichbar sein.")
	if len(r.Edits) != 2 {
		t.Fatalf("edits: %+v", r.Edits)
	}
	for _, e := range r.Edits {
		if e.Rule != "case-joins" || e.Old != "" || e.New != " " {
			t.Errorf("edit %+v: want an inserted space by case-joins", e)
		}
	}
}

// TestJoinsFromTheDocument checks the evidence of the text itself: two
// capitalized words it uses apart, glued once, are cut; a glued name that
// the text repeats, or whose parts it does not use, is kept.
func TestJoinsFromTheDocument(t *testing.T) {
	runRuleCases(t, "case-joins", []ruleCase{
		{"parts used apart",
			"Mehr zu Politik finden Sie hier. Alle Nachrichten des Tages. NachrichtenPolitik",
			"Mehr zu Politik finden Sie hier. Alle Nachrichten des Tages. Nachrichten Politik"},
		{"name repeated",
			"Die Firma SoundHound wächst. Der Sound ist gut, sagt SoundHound, und der Hound bellt.",
			"Die Firma SoundHound wächst. Der Sound ist gut, sagt SoundHound, und der Hound bellt."},
		{"parts not used apart",
			"Der Dienst HelloFresh liefert Kochboxen in ganz Europa.",
			"Der Dienst HelloFresh liefert Kochboxen in ganz Europa."},
	})
}

// Two capitalized ASCII words glued where an ending says they are words
// of a sentence (inflectedPair), in the text's language; coined names of
// the same shapes stay whole.
func TestInflectedPairs(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"tr case ending after name", "tr", "Dün akşam KemalHocayi okulun önünde gördüm.", "Dün akşam Kemal Hocayi okulun önünde gördüm."},
		{"tr plural after noun", "tr", "Köyün yanından geçen DemirYollar yeniden açıldı.", "Köyün yanından geçen Demir Yollar yeniden açıldı."},
		{"es adverb before name", "es", "FinalmenteMarta llegó a la reunión con los papeles.", "Finalmente Marta llegó a la reunión con los papeles."},
		{"pt adverb before name", "pt", "FinalmenteMarta chegou à reunião com os papéis.", "Finalmente Marta chegou à reunião com os papéis."},
		{"it agreement in a", "it", "Il palazzo si trova in StradaNuova, vicino al porto.", "Il palazzo si trova in Strada Nuova, vicino al porto."},
		{"es plural agreement", "es", "El pueblo de CamposVerdes celebra su fiesta en agosto.", "El pueblo de Campos Verdes celebra su fiesta en agosto."},
		{"pl agreement in a", "pl", "Na scenie wystąpiła wczoraj AnnaKowalska z zespołem.", "Na scenie wystąpiła wczoraj Anna Kowalska z zespołem."},
		{"it weekday before name", "it", "DomenicaBianchi ha vinto la gara di nuoto.", "Domenica Bianchi ha vinto la gara di nuoto."},
		{"en weekday after word", "en", "The market opens again BankMonday morning.", "The market opens again Bank Monday morning."},
		{"word doubled", "en", "The crowd shouted BravoBravo when the singer came back.", "The crowd shouted Bravo Bravo when the singer came back."},
		{"vi two syllables", "vi", "Hôm qua AnhTuan đã đến thăm nhà bà ngoại.", "Hôm qua Anh Tuan đã đến thăm nhà bà ngoại."},
		{"vi brands kept", "vi", "Hãng VinFast và hãng VietJet đều có trụ sở ở Hà Nội.", "Hãng VinFast và hãng VietJet đều có trụ sở ở Hà Nội."},
		{"it brands kept", "it", "Ho pagato con PayPal e con MasterCard nello stesso negozio.", "Ho pagato con PayPal e con MasterCard nello stesso negozio."},
		{"es brands kept", "es", "La empresa TeleVisa y la marca CocaCola patrocinan el torneo.", "La empresa TeleVisa y la marca CocaCola patrocinan el torneo."},
		{"tr brand kept", "tr", "Şirket yeni TeknoPark binasına taşındı.", "Şirket yeni TeknoPark binasına taşındı."},
	})
}

// A sentence's first word glued to the capitalized word after it, while
// the sentence goes on in lowercase (firstWordGlued).
func TestFirstWordGlued(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"en paragraph start", "en", "HighStreet shops were closed on the holiday.", "High Street shops were closed on the holiday."},
		{"de after a period", "de", "Es regnete. MariaSchmidt sagte das Fest trotzdem nicht ab.", "Es regnete. Maria Schmidt sagte das Fest trotzdem nicht ab."},
		{"fr after a quote", "fr", "« PetiteMaison est à vendre », dit l'agent.", "« Petite Maison est à vendre », dit l'agent."},
		{"used again: a coined name", "en", "RiverLoop makes kayaks. The RiverLoop team is small.", "RiverLoop makes kayaks. The RiverLoop team is small."},
		{"inside the sentence", "en", "The shop sells RiverLoop kayaks.", "The shop sells RiverLoop kayaks."},
		{"a capital after it", "en", "RiverLoop Kayaks opened a shop.", "RiverLoop Kayaks opened a shop."},
		{"a short part", "en", "SkyNet was only a film idea.", "SkyNet was only a film idea."},
		{"a code word", "en", "UserService handles the login.", "UserService handles the login."},
	})
}

// A protected word borrowed from the end of the word before (mA, kW)
// that ends inside an acronym is no span: profesorem|AGH holds no mA.
func TestSpanInsideAcronym(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"pl instrumental before an acronym", "pl", "Spotkałem się z profesoremAGH w Krakowie.", "Spotkałem się z profesorem AGH w Krakowie."},
		{"unit after a number kept", "de", "Der Akku liefert 500mA bei 5V.", "Der Akku liefert 500mA bei 5V."},
		{"brand before a word", "de", "Das Modell könneOpenAIVergleichbar sein.", "Das Modell könne OpenAI Vergleichbar sein."},
	})
}

// A given name glued to a surname with a name prefix (Mc, La, Di).
func TestGivenNameBeforePrefixedSurname(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"en Mc", "en", "The old photo shows TerryMcDonagh at the desk.", "The old photo shows Terry McDonagh at the desk."},
		{"fr La", "fr", "Elle est née MargaretLaSalle à Lyon.", "Elle est née Margaret LaSalle à Lyon."},
		{"it Di", "it", "Il libro di MarcoDiStefano è uscito ieri.", "Il libro di Marco DiStefano è uscito ieri."},
		{"no given name", "en", "The old photo shows BrandMcDonagh at the desk.", "The old photo shows BrandMcDonagh at the desk."},
	})
}

// A month spelled like a function word (May) before a day's number is a
// capitalized word glued to the word before.
func TestMonthBeforeDay(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"en May", "en", "The shop opens again onMay 3 after the works.", "The shop opens again on May 3 after the works."},
	})
}

// A word glued to an acronym with a lowercase prefix (eID, iPS) is cut
// before the prefix when the text uses the word apart, and not with the
// letter (prefixedAcronymCut).
func TestPrefixedAcronymCut(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"pl eID", "pl", "O dowodach osobistych mówiono długo, ale o dowodacheID nikt.", "O dowodach osobistych mówiono długo, ale o dowodach eID nikt."},
		{"de word with the letter stands", "de", "Sie hat eine Katze und eineUSB-Lampe gekauft.", "Sie hat eine Katze und eine USB-Lampe gekauft."},
	})
}
