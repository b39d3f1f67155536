// Package quote extracts quotations from text: where each quote is, its
// marks, whether it is direct speech or a short partial quote, and who
// said it.
//
// # Marks
//
// The scanner knows the quotation marks of the common conventions:
// German „…“ ‚…‘ »…« ›…‹, Swiss and French «…» (with or without inner
// spaces), English “…” ‘…’ and straight "…" '…', Polish and Hungarian
// „…”, Swedish and Finnish ”…”, and CJK 「…」 『…』 “…”. Marks whose role
// differs between conventions (“ closes in German and opens in English)
// are read by the convention of the text, given with Language or guessed
// from the marks, and ambiguous marks by their neighbours: a mark with a
// space before and a letter after opens, one with a letter before and a
// space or punctuation after closes. An apostrophe (don't, geht’s,
// 'tis) is not a quote.
//
// Quotes nest six deep; an opening mark inside six open quotes is stray.
// A stray closing mark is ignored and swallows no text. A quote left open
// ends at the end of its paragraph (a blank line) with Closed false,
// except the English multi-paragraph quotation, where every paragraph
// reopens and only the last one closes: it is one quote. A quote left
// open at its paragraph end takes in the quotes left open inside it: they
// are not reported, since their text is the end of its text; the quotes
// closed inside it are. So the text of all quotes together is at most
// six times the input. Pairing looks at every byte once and at a bounded
// part of the stack of open quotes, so extraction is linear in the input,
// also on 100,000 marks in a row; attribution reads a bounded window
// around each quote.
//
// # Attribution
//
// The speaker is found from speech cues, kept per language as data files
// (data/cues_*.txt: de, en, fr, es, it, pt, nl, pl, ru, sv, cs, sk,
// fi, hu, da, no, tr, zh, ja): a cue
// after the quote with the speaker before or after it („…“, sagte
// Zuckerberg; "…," he said; « … », a-t-elle ajouté), a German separable
// verb („…“, fügte Zachary Arnold, Analysedirektor, hinzu), a cue and a
// colon before the quote (Julia Neumann, Sprecherin der Polizei, sagte:
// „…“), or a marker (so, laut, according to, selon, según). Appositions
// between speaker and cue are skipped; the name is preferred to the role.
// German news also names sources without a verb of saying: the agent of
// a passive (wird von vielen als „…“ bezeichnet), a statement after nach
// (Nach einer Mitteilung des Verbands …), and the source of an earlier
// sentence when a partial quote stands in reported speech in the
// subjunctive (Es sei zu früh, „…“).
// German main clauses put the verb second, so after an adverbial the
// subject follows the verb (In einer Erklärung sagte die Fraktion …).
// A quote inside a sentence without a cue goes to the person or body the
// sentence is about: its best name, or the subject it opens with (Die
// Bundesregierung hatte den Bericht als „falsch“ zurückgewiesen), or a
// source set off at its end (…, so Rice; …, the lawsuit said).
// Pronouns resolve to the last named speaker of fitting gender (from a
// list of given names, titles and feminine role nouns, and from the
// pronouns seen after a speaker's cue), else the last named speaker. A
// quote without a cue that continues the previous speaker's quote
// inherits its speaker. A quote that opens a paragraph without a cue is
// a turn: in a conversation (speakers changing more often than not) it
// goes to the one the last turn spoke to, else to the speaker before the
// last; in a run of quotes of one source it keeps the last speaker; a
// paragraph of narration right before it names its speaker by its subject.
// Quote.SpeakerBy tells these ways apart (ByCue, ByPronoun,
// ByContinuation, ByGuess), so that a user may keep only the surer
// speakers; turns and sentence topics are guesses.
//
// Kind tells direct speech (a sentence, or a quote attached to a cue or
// a colon) from a partial quote (a phrase inside a sentence: a scare
// quote, a title, das „fortschrittlichste“ Modell, the rest of a clause
// after dass, that or que, a short phrase after laut, selon or secondo
// with words between). A quote after a cue and a comma or colon is
// direct, also when nested. A partial quote gets
// a speaker only when its sentence names one.
//
// Offsets are byte offsets into the text. The quoted text runs from just
// after the opening mark to just before the closing one, so the inner
// spaces of French « … » belong to it. Invalid UTF-8 is passed over and
// never panics. An Extractor is safe for concurrent use.
package quote
