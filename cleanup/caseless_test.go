package cleanup

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// cleanCase is a whole-pipeline case: Clean with the language lang ("" to
// guess) must give exactly want.
type cleanCase struct {
	name, lang, in, want string
}

func runCleanCases(t *testing.T, cases []cleanCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var opts []Option
			if tc.lang != "" {
				opts = append(opts, WithLanguage(language.Make(tc.lang)))
			}
			c := mustNew(opts...)
			if got := c.Clean(tc.in); got != tc.want {
				t.Errorf("Clean(%q):\n%s", tc.in, cmp.Diff(tc.want, got))
			}
			checkInvariants(t, c, tc.in)
		})
	}
}

// Sentence punctuation of the scripts without case: two sentences joined,
// a comma glued to the next word, and the abbreviations that stay.
func TestCaselessSentencePunct(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"arabic period", "ar", "ذهبت إلى السوق.اشتريت الخبز والحليب.", "ذهبت إلى السوق. اشتريت الخبز والحليب."},
		{"arabic question mark", "ar", "هل أنت جاهز؟سنبدأ الآن.", "هل أنت جاهز؟ سنبدأ الآن."},
		{"arabic comma", "ar", "وصل القطار متأخراً،لكن الركاب كانوا هادئين.", "وصل القطار متأخراً، لكن الركاب كانوا هادئين."},
		{"latin comma after tanween", "ar", "كان الجو بارداً,فبقينا في البيت.", "كان الجو بارداً, فبقينا في البيت."},
		{"arabic po box kept", "ar", "العنوان ص.ب 1234 في المدينة.", "العنوان ص.ب 1234 في المدينة."},
		{"arabic spaced comma kept", "ar", "زرنا المدينة ، ثم عدنا.", "زرنا المدينة ، ثم عدنا."},
		{"hebrew period", "he", "הרכבת הגיעה באיחור.הנוסעים חיכו בסבלנות.", "הרכבת הגיעה באיחור. הנוסעים חיכו בסבלנות."},
		{"hebrew question", "he", "מה קרה כאן?אף אחד לא יודע.", "מה קרה כאן? אף אחד לא יודע."},
		{"hebrew comma", "he", "ביקרנו בחיפה,בעכו ובנצרת.", "ביקרנו בחיפה, בעכו ובנצרת."},
		{"hindi danda", "hi", "ट्रेन देर से आई।यात्री स्टेशन पर रुके रहे।", "ट्रेन देर से आई। यात्री स्टेशन पर रुके रहे।"},
		{"hindi comma after vowel sign", "hi", "मौसम अच्छा है,लेकिन हवा तेज़ है।", "मौसम अच्छा है, लेकिन हवा तेज़ है।"},
		{"hindi period after one letter", "hi", "हम घर पर हैं.कल बाज़ार जाएँगे।", "हम घर पर हैं. कल बाज़ार जाएँगे।"},
		{"hindi degree kept", "hi", "उसने एम.ए. की पढ़ाई पूरी की।", "उसने एम.ए. की पढ़ाई पूरी की।"},
		{"hindi initials kept", "hi", "वह बी.सी. रॉय के घर गया।", "वह बी.सी. रॉय के घर गया।"},
		{"korean sentence", "ko", "기차가 늦게 도착했다.승객들은 조용히 기다렸다.", "기차가 늦게 도착했다. 승객들은 조용히 기다렸다."},
		{"korean exclamation", "ko", "날씨가 정말 좋아요!산책하러 갈까요?", "날씨가 정말 좋아요! 산책하러 갈까요?"},
		{"korean comma", "ko", "우리는 사과,배와 포도를 샀다.", "우리는 사과, 배와 포도를 샀다."},
		{"korean period between nouns kept", "ko", "수색.구조 작업이 밤새 이어졌다.", "수색.구조 작업이 밤새 이어졌다."},
		{"korean double semicolon kept", "ko", "아 진짜 왜 그래 ;;", "아 진짜 왜 그래 ;;"},
	})
}

// A space before the full-width marks of Chinese and Japanese is stray,
// with or without pangu spacing.
func TestCJKSpaceBeforePunct(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"chinese comma and period", "zh", "我們明天出發 ，請準時到達 。", "我們明天出發，請準時到達。"},
		{"japanese period", "ja", "今日は朝から雨が降っています 。", "今日は朝から雨が降っています。"},
		{"japanese comma", "ja", "その 、静かな町に着いた。", "その、静かな町に着いた。"},
		{"after latin", "zh", "我用Linux ，你呢？", "我用Linux，你呢？"},
		{"closing bracket", "ja", "彼は「はい 」と言った。", "彼は「はい」と言った。"},
		{"bracket spaced on both sides kept", "ja", "彼は「 はい 」と言った。", "彼は「 はい 」と言った。"},
	})
	c := mustNew(WithCJKSpacing(true))
	if got, want := c.Clean("我們到了 。"), "我們到了。"; got != want {
		t.Errorf("with pangu spacing: %q, want %q", got, want)
	}
}

// Two sentences joined where the second starts with a word that has no
// lowercase letter after its capital.
func TestShortSentenceStart(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"greek article", "el", "Το πλοίο έφυγε νωρίς.Ο καπετάνιος ήταν ήρεμος.", "Το πλοίο έφυγε νωρίς. Ο καπετάνιος ήταν ήρεμος."},
		{"russian preposition", "ru", "Мы вернулись домой.В тот вечер шёл снег.", "Мы вернулись домой. В тот вечер шёл снег."},
		{"russian before number", "ru", "Он уехал в Казань.В 1990 году вернулся.", "Он уехал в Казань. В 1990 году вернулся."},
		{"polish", "pl", "Nikt nie przyszedł.W końcu poszliśmy do domu.", "Nikt nie przyszedł. W końcu poszliśmy do domu."},
		{"english pronoun", "en", "We waited for hours.I never saw him again.", "We waited for hours. I never saw him again."},
		{"english contraction", "en", "Are you coming?I'll wait here.", "Are you coming? I'll wait here."},
		{"french elision", "fr", "Le train est parti.L'orage approchait.", "Le train est parti. L'orage approchait."},
		{"italian elision", "it", "Il negozio era chiuso.L’insegna era spenta.", "Il negozio era chiuso. L’insegna era spenta."},
		{"initial kept", "es", "Lo firmó J.R. Gómez ayer.", "Lo firmó J.R. Gómez ayer."},
	})
}
