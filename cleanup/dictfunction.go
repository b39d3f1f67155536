package cleanup

import (
	"embed"
	"strings"
)

// The dictionary's join decision reads function words in languages the
// shared lists (data/function, which the language guess counts) leave
// out, and more of them where a shared list is short: a short part is
// judged by them rather than by length alone.
//
//go:embed data/dictfunction/*.txt
var dictFunctionFiles embed.FS

// dictFunctionWords maps a language to its words of data/dictfunction.
var dictFunctionWords = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	entries, err := dictFunctionFiles.ReadDir("data/dictfunction")
	if err != nil {
		panic("cleanup: data/dictfunction: " + err.Error())
	}
	for _, e := range entries {
		b, err := dictFunctionFiles.ReadFile("data/dictfunction/" + e.Name())
		if err != nil {
			panic("cleanup: data/dictfunction: " + err.Error())
		}
		m[strings.TrimSuffix(e.Name(), ".txt")] = readWordSet(string(b))
	}
	return m
}()

// dictFunctionWord reports whether w is a function word of lang in
// data/dictfunction. In Hebrew the conjunctions ו and ש are written
// attached to the next word, so ו or ש before a function word is one too
// (וגם, שהוא).
func dictFunctionWord(lang langGuess, w string) bool {
	set := dictFunctionWords[string(lang)]
	if set == nil {
		return false
	}
	w = strings.ToLower(w)
	if set[w] {
		return true
	}
	if lang == "he" {
		for _, p := range [...]string{"ו", "ש"} {
			if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 4 && set[rest] {
				return true
			}
		}
	}
	return false
}
