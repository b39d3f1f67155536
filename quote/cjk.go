package quote

import (
	"strings"
	"unicode/utf8"
)

// cjkAttribution handles Chinese and Japanese, which write the speaker and
// the verb without spaces: “…”他说 / 张伟表示：“…” / 「…」と田中さんは語った.
// It reports whether the quote is in such a context.
func (e *Extractor) cjkAttribution(text string, q *Quote, before, after []tok, a *attribution) bool {
	// After the quote, unless the words after it introduce the next quote
	// (“…。”他表示：“…”).
	if len(after) > 0 && after[0].cjk && !(len(after) > 1 && (after[1].is('：') || after[1].is(':'))) {
		run := after[0].w
		if r, size := utf8.DecodeRuneInString(run); r == 'と' {
			// Japanese: と + speaker + は/が + verb.
			rest := run[size:]
			for _, p := range []string{"は", "が"} {
				if k := strings.Index(rest, p); k > 0 {
					verb := rest[k+len(p):]
					if c, ok := e.hanCue(verb, true); ok {
						s := after[0].s + size
						a.spk = cjkMention(text, s, s+k)
						a.cue, a.attached = c, true
						return true
					}
				}
			}
		}
		if r, size := utf8.DecodeRuneInString(run); r == 'と' {
			// Japanese with the speaker before the quote: 彼女は「…」と話した.
			if c, ok := e.hanCue(run[size:], true); ok {
				a.cue, a.attached = c, true
				if n := len(before); n > 0 && before[n-1].cjk {
					w := before[n-1].w
					for _, p := range []string{"は", "が"} {
						if strings.HasSuffix(w, p) && len(w) > len(p) {
							k := len(w) - len(p)
							// Keep at most six characters before the particle.
							st := before[n-1].s
							for utf8.RuneCountInString(w[:k]) > 6 {
								_, sz := utf8.DecodeRuneInString(w)
								w, k, st = w[sz:], k-sz, st+sz
							}
							a.spk = cjkMention(text, st, st+k)
						}
					}
				}
				return true
			}
		}
		if c, k, ok := e.hanSuffix(run); ok && k > 0 && utf8.RuneCountInString(run[:k]) <= 10 {
			a.spk = cjkMention(text, after[0].s, after[0].s+cjkSubject(run[:k]))
			a.cue, a.attached = c, true
			return true
		}
	}
	// Before the quote: 张伟说：“…” or 他表示，“…”.
	n := len(before)
	for n > 0 && isMark(before[n-1].punct) {
		n--
	}
	if n >= 2 && (before[n-1].is('：') || before[n-1].is('，') || before[n-1].is(':') || before[n-1].is(',')) && before[n-2].cjk {
		run := before[n-2].w
		if c, k, ok := e.hanSuffix(run); ok && k > 0 {
			s := before[n-2].s
			if cut := cjkSubject(run[:k]); cut < k {
				a.spk = cjkMention(text, s, s+cut)
				a.cue, a.attached, a.colon = c, true, true
				return true
			}
			// Keep at most six characters before the verb as the speaker.
			for utf8.RuneCountInString(run[:k]) > 6 {
				_, size := utf8.DecodeRuneInString(run)
				run, k, s = run[size:], k-size, s+size
			}
			a.spk = cjkMention(text, s, s+k)
			a.cue, a.attached, a.colon = c, true, true
			return true
		}
	}
	return false
}

// cjkBreaks end the subject of a Chinese clause: a preposition or an
// adverb of time or manner between the speaker and the verb (张伟在发布会上说,
// 李明今天表示, 陳志明也說). Written by hand; extend with frequent ones.
var cjkBreaks = []string{
	"在", "于", "於", "对", "對", "向", "今天", "昨天", "今日", "昨日", "周", "週", "日前",
	"近日", "也", "还", "還", "则", "則", "又", "曾", "再次", "并", "並", "就", "接受",
	"随后", "隨後", "当天", "當天", "坦言", "直言", "笑着", "笑著", "强调", "強調",
}

// cjkSubject returns where the speaker ends in run, the words before a
// cue: at the first break after at least two characters, or all of run.
func cjkSubject(run string) int {
	cut := len(run)
	for _, b := range cjkBreaks {
		from := 0
		for from < len(run) {
			k := strings.Index(run[from:], b)
			if k < 0 {
				break
			}
			k += from
			if utf8.RuneCountInString(run[:k]) >= 2 {
				cut = min(cut, k)
				break
			}
			from = k + len(b)
		}
	}
	return cut
}

// hanSuffix finds a Chinese or Japanese cue at the end of a run and
// returns where it starts.
func (e *Extractor) hanSuffix(run string) (string, int, bool) {
	best, at := "", -1
	for _, c := range e.cues.han {
		if e.langs != nil && !e.allowed(c.lang) || c.kind != verbCue {
			continue
		}
		w := c.words[0]
		if strings.HasSuffix(run, w) && len(w) > len(best) {
			best, at = w, len(run)-len(w)
		}
	}
	return best, at, at >= 0
}

// hanCue finds a cue at the start of s (Japanese verb after the speaker).
func (e *Extractor) hanCue(s string, prefix bool) (string, bool) {
	for _, c := range e.cues.han {
		if e.langs != nil && !e.allowed(c.lang) {
			continue
		}
		if prefix && strings.HasPrefix(s, c.words[0]) {
			return c.words[0], true
		}
	}
	return "", false
}

func cjkMention(text string, s, e int) mention {
	w := text[s:e]
	if g, ok := pronouns[w]; ok {
		return mention{s: s, e: e, pronoun: true, g: g, ok: true}
	}
	return mention{s: s, e: e, ok: true}
}
