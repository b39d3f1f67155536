package lang

import "github.com/pemistahl/lingua-go"

// autonyms are names of languages as language menus and switchers print
// them, mostly in the language itself ("Deutsch", "日本語"), plus common
// English names ("Indonesian"), which are English words. A word found here
// is labelled with the language it is written in, not the one it names,
// when it stands among other names (see markMenus). Written from general
// knowledge; add lower-case names as needed, one entry per spelling.
var autonyms = map[string]lingua.Language{
	"english": lingua.English, "deutsch": lingua.German, "français": lingua.French,
	"francais": lingua.French, "español": lingua.Spanish, "espanol": lingua.Spanish,
	"castellano": lingua.Spanish, "italiano": lingua.Italian, "português": lingua.Portuguese,
	"portugues": lingua.Portuguese, "nederlands": lingua.Dutch, "polski": lingua.Polish,
	"čeština": lingua.Czech, "česky": lingua.Czech, "slovenčina": lingua.Slovak,
	"slovensky": lingua.Slovak, "dansk": lingua.Danish, "svenska": lingua.Swedish,
	"norsk": lingua.Bokmal, "bokmål": lingua.Bokmal, "nynorsk": lingua.Nynorsk,
	"suomi": lingua.Finnish, "suomalainen": lingua.Finnish, "türkçe": lingua.Turkish,
	"latina": lingua.Latin, "latine": lingua.Latin, "indonesia": lingua.Indonesian,
	"română": lingua.Romanian, "magyar": lingua.Hungarian, "català": lingua.Catalan,
	"việt": lingua.Vietnamese, "tiếng": lingua.Vietnamese, "eesti": lingua.Estonian,
	"latviešu": lingua.Latvian, "lietuvių": lingua.Lithuanian, "hrvatski": lingua.Croatian,
	"srpski": lingua.Serbian, "slovenščina": lingua.Slovene, "íslenska": lingua.Icelandic,
	"gaeilge": lingua.Irish, "cymraeg": lingua.Welsh, "euskara": lingua.Basque,
	"shqip": lingua.Albanian, "afrikaans": lingua.Afrikaans,
	"bahasa": lingua.Indonesian, "melayu": lingua.Malay, "kiswahili": lingua.Swahili, "esperanto": lingua.Esperanto,
	"русский": lingua.Russian, "українська": lingua.Ukrainian, "български": lingua.Bulgarian,
	"беларуская": lingua.Belarusian, "македонски": lingua.Macedonian, "српски": lingua.Serbian,
	"қазақша": lingua.Kazakh, "монгол": lingua.Mongolian,
	"ελληνικά": lingua.Greek, "한국어": lingua.Korean, "한어": lingua.Korean,
	"日本語": lingua.Japanese, "にほんご": lingua.Japanese, "中文": lingua.Chinese,
	"汉语": lingua.Chinese, "漢語": lingua.Chinese, "简体中文": lingua.Chinese,
	"繁體中文": lingua.Chinese, "普通话": lingua.Chinese, "國語": lingua.Chinese,
	"العربية": lingua.Arabic, "فارسی": lingua.Persian, "اردو": lingua.Urdu,
	"עברית": lingua.Hebrew, "हिन्दी": lingua.Hindi, "हिंदी": lingua.Hindi, "ไทย": lingua.Thai,

	"german": lingua.English, "french": lingua.English, "spanish": lingua.English,
	"italian": lingua.English, "portuguese": lingua.English, "dutch": lingua.English,
	"polish": lingua.English, "russian": lingua.English, "chinese": lingua.English,
	"japanese": lingua.English, "korean": lingua.English, "arabic": lingua.English,
	"hindi": lingua.English, "indonesian": lingua.English, "sanskrit": lingua.English,
	"turkish": lingua.English, "greek": lingua.English, "hebrew": lingua.English,
	"swedish": lingua.English, "danish": lingua.English, "norwegian": lingua.English,
	"finnish": lingua.English, "czech": lingua.English, "vietnamese": lingua.English,
	"ukrainian": lingua.English, "persian": lingua.English,
}
