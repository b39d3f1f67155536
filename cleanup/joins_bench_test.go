package cleanup

import (
	"strings"
	"testing"
)

// joinRules are the rules this file measures.
var joinRules = []string{"script-joins", "case-joins", "lexicon-joins", "number-joins", "cjk-spacing"}

// cleanMixed is undamaged prose with the names that make the join rules
// look twice (OpenAI, iPhone, McDonald's, LehrerInnen) and a CJK sentence.
const cleanMixed = `Das Hamburger Unternehmen hat sein Modell mit OpenAI und ChatGPT verglichen, wie die Nachrichtenagentur dpa am Montag meldete. Die LehrerInnen der Schule nutzen iPhone und iPad im Unterricht; die GmbH will mehr Geld für die KI-Forschung. Researchers at McDonald's and DeepMind said the GPUs used 100 kWh. 东京的用户用iPhone拍照。 Le président a rencontré la presse à Paris.

`

// BenchmarkJoinsCleanText compares Clean on clean text with and without
// the join rules: the rules must cost at most half of Clean's throughput
// and allocate nothing.
func BenchmarkJoinsCleanText(b *testing.B) {
	for _, text := range []struct{ name, s string }{
		{"news", strings.Repeat(cleanNews, 200)},
		{"mixed", strings.Repeat(cleanMixed, 200)},
	} {
		b.Run(text.name+"/with-joins", func(b *testing.B) { benchClean(b, mustNew(), text.s) })
		b.Run(text.name+"/without-joins", func(b *testing.B) { benchClean(b, mustNew(WithoutRules(joinRules...)), text.s) })
		b.Run(text.name+"/joins-only", func(b *testing.B) { benchClean(b, mustNew(WithOnlyRules(joinRules...)), text.s) })
	}
}

// BenchmarkJoinsGlued measures text where every line needs a split.
func BenchmarkJoinsGlued(b *testing.B) {
	in := strings.Repeat("Das Modell könneOpenAIVergleichbar sein, seitChatGPT erschienen ist. StartseiteNachrichtenPolitik\nРусскийDeutsch한국어Español und die BerichterstattungderZeitung.\n", 100)
	benchClean(b, mustNew(WithOnlyRules(joinRules...)), in)
}

// BenchmarkJoinRule measures each join rule alone on clean news text.
func BenchmarkJoinRule(b *testing.B) {
	in := strings.Repeat(cleanNews, 200)
	for _, r := range append(joinRules[:3:3], "none", "space-runs") {
		b.Run(r, func(b *testing.B) { benchClean(b, mustNew(WithOnlyRules(r)), in) })
	}
}
