package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// sentences are the building blocks of the generated corpus, each with
// the kind of damage scraped text has (spacing before punctuation, glued
// sentences, entities, doubled spaces), in the languages mend sees most.
var sentences = []string{
	"Demain , il pleuvra sur Lyon.Le soleil reviendra jeudi !",
	"Le conseil municipal a voté le budget  à l'unanimité ; la séance a duré trois heures.",
	"„Wir prüfen den Vorschlag“ , sagte die Ministerin am Montag in Berlin.",
	"Die Bahn fährt ab Dezember öfter nach Hamburg.Tickets gibt es online .",
	"The new release is faster&nbsp;than the old one  , says the team.",
	"\"We will not stop here,\" the mayor said on Tuesday.",
	"El tren llegó con dos horas de retraso , según la compañía.",
	"La mostra resterà aperta fino a  domenica.Ingresso gratuito.",
	"Погода хорошая.Завтра будет дождь .",
	"東京は晴れ。明日は雨でしょう 。",
	"Het museum is gesloten op maandag , meldt de gemeente.",
	"Prices rose by 3 % in March ,the office said&amp;nbsp;today.",
}

// writeCorpus writes JSON Lines records until about size bytes: an id, a
// url, a text of a few sentences and some metadata, as crawls store them.
func writeCorpus(w io.Writer, size int64, seed uint64) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	rng := rand.New(rand.NewPCG(seed, 1))
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var written int64
	for i := 0; written < size; i++ {
		var text strings.Builder
		for range 2 + rng.IntN(12) {
			text.WriteString(sentences[rng.IntN(len(sentences))])
			text.WriteByte(' ')
		}
		rec := struct {
			ID   string   `json:"id"`
			URL  string   `json:"url"`
			Text string   `json:"text"`
			Tags []string `json:"tags"`
		}{fmt.Sprintf("doc-%08d", i), fmt.Sprintf("https://example.org/%d", rng.IntN(1e6)), text.String(), []string{"news"}}
		line, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		n, err := bw.Write(append(line, '\n'))
		if err != nil {
			return err
		}
		written += int64(n)
	}
	return bw.Flush()
}
