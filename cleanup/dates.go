package cleanup

import (
	"strings"
	"unicode/utf8"
)

// Dates after a name. Comment threads and bylines print the author right
// before the date (Maria Lopez12 de abril de 2015 a las 10:02, Rahul
// Verma7 March 2019 at 08:15), and the page as published runs them
// together: the glue is the page's layout, not a space lost in scraping,
// and which of the two the writer meant is unknown. A name or other word
// that is no function word, glued to a day of the month that a month name
// follows, is left; after a function word the day is cut as before
// (vom|14. Mai, le|18 juin).

// dayBeforeMonth reports that the number at i of s is a day of the month
// (1 to 31) followed by a month name, perhaps after de, del or of
// (3 de mayo, 7 of March), and that the word s[ws:i] before it is a name
// or a word of a script without case of four letters or more, not a
// function word of any language.
func (p *joinPass) dayBeforeMonth(s string, ws, i int) bool {
	j := digitsEnd(s, i)
	if j-i > 2 || s[i] == '0' && j-i == 1 || j-i == 2 && (s[i] > '3' || s[i] == '3' && s[i+1] > '1') {
		return false
	}
	if j < len(s) && s[j] == '.' {
		j++ // 24. März
	}
	if j >= len(s) || s[j] != ' ' {
		return false
	}
	w := s[ws:i]
	caseless := false
	switch sc := scriptOf(firstRune(w)); {
	case sc.cased():
		if shapeOf(w) != shapeCapital || p.isFunctionWord(w, true) || endsInWeekday(w) {
			return false // vom|14. Mai, Mardi|30 avril, Laziomercoledì|21
		}
	case sc == scriptHangul || sc.isCJKScript():
		return false
	default:
		caseless = true
		if utf8.RuneCountInString(w) < 4 {
			return false
		}
	}
	at := j + 1
	next := wordAt(s, at)
	if next == "de" || next == "del" || next == "of" {
		at += len(next) + 1
		next = wordAt(s, at)
	}
	if !isMonthName(next) {
		return false
	}
	// Without case a name is not told from a word (هجمات|21 تشرين): only
	// a byline's full date, with its year, is evidence.
	at += len(next)
	if at < len(s) && s[at] == ' ' {
		at++ // the year, or glued to the month (October2011)
	}
	return !caseless || digitsEnd(s, at) == at+4
}

// endsInWeekday reports a word that is or ends in a weekday name, which
// starts a date rather than signs it (Mardi|30 avril).
func endsInWeekday(w string) bool {
	var buf [48]byte
	lw, ok := lowerInto(buf[:0], w)
	if !ok {
		return false
	}
	for _, d := range weekdays {
		if strings.HasSuffix(string(lw), d) {
			return true
		}
	}
	return false
}

// weekdays are the weekday names of the Latin-script languages textmend
// knows, and of Greek and Russian.
var weekdays = strings.Fields(`
	monday tuesday wednesday thursday friday saturday sunday
	montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
	lundi mardi mercredi jeudi vendredi samedi dimanche
	lunes martes miércoles jueves viernes sábado domingo
	lunedì martedì mercoledì giovedì venerdì sabato domenica
	segunda terça quarta quinta sexta
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	poniedziałek wtorek środa czwartek piątek sobota niedziela
	pazartesi salı çarşamba perşembe cuma cumartesi pazar
	понедельник вторник среда четверг пятница суббота воскресенье
	δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή`)

// wordAt returns the letters (and marks) from byte i of s.
func wordAt(s string, i int) string {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isLetterOrDigit(r) && !isMark(r) || r < 0x80 && isDigitByte(byte(r)) {
			break
		}
		j += n
	}
	return s[min(i, len(s)):j]
}

// isMonthName reports a month name or its usual abbreviation in one of
// the languages textmend knows, matched by its first letters so that
// inflected forms (marca, Mayıs'ta) and spellings count.
func isMonthName(w string) bool {
	if len(w) < 3 || len(w) > 40 {
		return false
	}
	var buf [48]byte
	lw, ok := lowerInto(buf[:0], w)
	if !ok {
		return false
	}
	word := string(lw)
	for _, stem := range monthStems {
		if strings.HasPrefix(word, stem) {
			return true
		}
	}
	return false
}

// monthStems are the first letters of month names: Latin-script languages
// by three letters (each prefix of a month in one of them), Greek and
// Cyrillic likewise, and the names of scripts without case whole.
var monthStems = strings.Fields(`
	jan feb mar apr may jun jul aug sep oct nov dec
	jän mär mai okt dez déc fév avr aoû jui
	ene abr ago dic gen mag giu lug set ott fev out
	maa mei sty lut kwi maj cze lip sie wrz paź lis gru
	oca şub nis haz tem ağu eyl eki kas ara
	tháng
	янв фев мар апр мая май июн июл авг сен окт ноя дек
	ιαν φεβ μαρ απρ μαΐ μάι μαϊ ιουν ιούν ιουλ ιούλ αυγ σεπ οκτ νοε νοέ δεκ
	जनवरी फ़रवरी फरवरी मार्च अप्रैल अप्रेल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर
	يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
	كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
	ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר`)
