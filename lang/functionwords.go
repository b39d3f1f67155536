package lang

import (
	"strings"

	"github.com/pemistahl/lingua-go"
)

// functionWords are the most frequent closed-class words (articles,
// pronouns, prepositions, conjunctions, auxiliaries) of each language,
// written down from general knowledge of the languages and checked against
// common frequency lists. They do not decide a language; they choose the
// few candidates that lingua compares, which keeps detection fast and
// keeps unrelated languages from winning on short text.
//
// To extend: add lower-case words separated by spaces. A word may appear in
// several lists; it then counts for each of those languages. A language
// without a list here is always a candidate for its script.
var functionWords = map[lingua.Language]string{
	lingua.English: `the a an and or but of to in on at by for with from as is are was were be been
		being have has had do does did not no this that these those it its he she they we you i
		his her their our my your him them us me which who whom whose what when where why how
		there here will would can could should may might must shall than then so if about into
		over after before between under also only just very all any some more most such own
		same other each both few many much said says don't it's i'm can't won't isn't
		there's that's we're they're you're i've we've let's now then today yesterday again still never always every because while although until since however though up out down off through during against without within
		yes okay thanks please`,
	lingua.German: `der die das den dem des ein eine einen einem einer eines und oder aber doch
		nicht kein keine ist sind war waren wird werden wurde wurden hat haben hatte hatten
		sein seine ihr ihre ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihnen
		mit von zu zum zur bei aus nach vor über unter auf an am im in ins für gegen ohne um
		durch bis seit während wegen dass daß wenn weil als wie auch noch schon nur sehr mehr
		so dann denn hier dort man was wer wo warum dieser diese dieses diesem diesen jeder
		jede alle einige viele kann können muss müssen soll sollen will wollen darf mag
		sagte sagt gibt gab zwischen etwa laut sowie
		danach dann jetzt heute gestern morgen immer wieder nie schon bereits dabei damit darauf deshalb trotzdem ging kam geht kommt macht machen wurde worden habe hast bin bist seid gewesen unsere unser euer deren dessen ob zwar sondern jedoch also nun hier beim vom
		ja nein danke bitte`,
	lingua.French: `le la les un une des du de d' l' et ou mais donc car ni ne pas plus que qu'
		qui quoi dont où est sont était étaient été être a ont avait avoir fait faire il elle
		ils elles on nous vous je tu me te se lui leur leurs son sa ses mon ma mes ton ta tes
		notre nos votre vos ce cet cette ces au aux dans par pour sur sous avec sans chez entre
		vers après avant pendant comme aussi très bien tout tous toute toutes si c' s' n' j'
		m' y en à selon depuis
		aujourd'hui hier demain toujours jamais encore déjà alors puis ensuite parce lorsque quand ici là mais cela ça ceci celui celle ceux elles sont fut va vont peut peuvent doit être avons avez sommes êtes
		oui non merci`,
	lingua.Spanish: `el la los las un una unos unas y o pero ni que qué quien quién cual cuál
		donde dónde cuando cuándo como cómo de del al a en por para con sin sobre entre hasta
		desde hacia es son era eran fue fueron ser estar está están estaba ha han había haber
		hay yo tú él ella ellos ellas nosotros vosotros usted ustedes me te se le les lo nos
		os su sus mi mis tu tus este esta estos estas ese esa esos esas muy más también ya no
		sí porque pues todo todos toda todas otro otra otros otras según durante
		hoy ayer mañana siempre nunca todavía aquí allí entonces luego después antes cuando mientras aunque sino puede pueden debe hacer hace tiene tienen estoy estás somos vamos voy
		gracias favor`,
	lingua.Italian: `il lo la i gli le un uno una un' e ed o ma né che chi cui non più di del
		dello della dei degli delle a al allo alla ai agli alle da dal dallo dalla dai dagli
		dalle in nel nello nella nei negli nelle su sul sullo sulla sui sugli sulle con per tra
		fra è sono era erano fu stato stata essere ha hanno aveva avere io tu lui lei noi voi
		loro mi ti si ci vi gli suo sua suoi sue mio mia questo questa questi queste quello
		quella anche molto come dove quando perché se tutto tutti già ancora dell' all' nell'
		dall' sull' l'
		oggi ieri domani sempre mai ancora già qui lì allora poi dopo prima mentre però quindi può possono deve fare fa hanno siamo sei ho hai abbiamo
		sì grazie prego`,
	lingua.Portuguese: `o a os as um uma uns umas e ou mas nem que quem qual onde quando como de
		do da dos das em no na nos nas num numa por pelo pela pelos pelas para com sem sobre
		entre até desde é são era eram foi foram ser estar está estão estava tem têm tinha ter
		há eu tu ele ela eles elas nós vós você vocês me te se lhe lhes seu sua seus suas meu
		minha este esta estes estas esse essa isso isto aquele aquela muito mais também já não
		sim porque pois todo todos toda todas outro outra ao aos à às após durante segundo
		hoje ontem amanhã sempre nunca ainda aqui ali então depois antes enquanto porém pode podem deve fazer faz vai vão somos estou sou nas pelo
		obrigado obrigada`,
	lingua.Dutch: `de het een en of maar want dus niet geen is zijn was waren wordt worden werd
		werden heeft hebben had hadden ik jij je hij zij ze wij we jullie u mij me hem haar
		ons hun mijn jouw zijn onze van in op aan met voor door bij uit naar over onder tegen
		zonder tot sinds om dat die dit deze wat wie waar wanneer hoe als ook nog al maar
		heel zeer meer veel kan kunnen moet moeten zal zullen wil willen er hier daar
		volgens tijdens tussen
		vandaag gisteren morgen altijd nooit nog al hier daar toen dan na voor terwijl omdat hoewel maar kan kon moet zou zijn ben bent hebt heb gaat ging komt kwam doet deed
		nee dank bedankt alstublieft`,
	lingua.Polish: `i a w we z ze na do od o u za po przez przed pod nad dla bez przy się nie
		jest są był była było byli być ma mają miał ten ta to te tego tej tym ci co który
		która które którzy jak że ale lub albo czy już jeszcze tylko także też bardzo oraz
		jego jej ich mnie mi go on ona ono oni one my wy ja ty według podczas między`,
	lingua.Czech: `a i v ve z ze na do od o u k ke za po přes před pod nad pro bez při se si
		ne je jsou byl byla bylo byli být má mají měl ten ta to ty toho té tom který která
		které kteří jak že ale nebo či už ještě jen také též velmi jeho její jejich mě mi
		ho on ona ono oni my vy já ty podle během mezi aby když tak`,
	lingua.Slovak: `a i v vo z zo na do od o u k ku za po cez pred pod nad pre bez pri sa si
		nie je sú bol bola bolo boli byť má majú mal ten tá to tie toho tej tom ktorý
		ktorá ktoré ktorí ako že ale alebo či už ešte len aj tiež veľmi jeho jej ich ma
		mi ho on ona ono oni my vy ja ty podľa počas medzi aby keď tak sme ste som`,
	lingua.Danish: `og i at det en et den de til af på for med er var har havde ikke som
		der jeg du han hun vi I dem os mig dig sig hans hendes deres min din vores jeres
		fra om ved efter over under mellem mod uden hos kan skal vil må kunne skulle ville
		blev bliver være været også men eller så når hvis hvor hvad hvem hvordan nu her der
		meget mere mange alle ud op ind jer noget nogen blevet fik gik fået måske end gennem
		tilbage sådan nok`,
	lingua.Bokmal: `og i at det en et ei den de til av på for med er var har hadde ikke som
		der jeg du han hun vi dem oss meg deg seg hans hennes deres min din vår fra om
		ved etter over under mellom mot uten hos kan skal vil må kunne skulle ville ble
		blir være vært også men eller så når hvis hvor hva hvem hvordan nå her der
		mye mer mange alle ut opp inn dere noe noen blitt fikk gikk fått kanskje enn gjennom
		tilbake slik sånn`,
	lingua.Swedish: `och i att det en ett den de till av på för med är var har hade inte som
		jag du han hon vi dem oss mig dig sig hans hennes deras min din vår från om vid
		efter över under mellan mot utan hos kan ska skall vill måste kunna skulle ville
		blev blir vara varit också men eller så när om var vad vem hur nu här där mycket
		mer många alla ut upp in`,
	lingua.Finnish: `ja on ei se ne että hän he me te minä sinä oli olivat ollut olla ovat
		kun jos mutta tai myös vain niin kuin mikä mitä joka jotka tämä tämän nämä tuo
		siitä sen sitä hänen heidän meidän minun sinun jo vielä nyt kanssa mukaan ennen
		jälkeen aikana välillä en et emme ette eivät`,
	lingua.Turkish: `ve ile bir bu şu o da de ki için gibi daha çok en ama fakat veya ya
		ne değil var yok olan olarak oldu olduğu ise mi mı mu mü ben sen biz siz onlar
		onun bunu bunun şey her kadar sonra önce göre arasında`,
	lingua.Latin: `et in est non ad cum sed ut quod qui quae quam de ex per ab a sunt esse erat
		atque ac nec neque enim autem vel si hic haec hoc ille illa eius eorum sub inter
		ante post pro sine apud etiam tamen quoque nunc tum ibi`,
	lingua.Indonesian: `yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan
		juga atau oleh karena sudah telah bisa dapat ada mereka kami kita saya anda dia ia
		seperti saat setelah sebelum antara tersebut lebih sangat hanya masih para bagi tak
		belum lagi pun`,
	lingua.Romanian: `și în la de cu pe din pentru că care ce nu este sunt a fost au fi un o
		unei unui mai dar sau ca după prin despre între fără până acest această aceasta
		acesta el ea ei ele noi voi eu tu se și-a s-a sa său sale lor foarte`,
	lingua.Hungarian: `a az és egy is nem hogy de van volt lesz meg el ki be fel le már még
		csak mint vagy ha azt ez ezt azt amely aki ami minden nagyon után előtt alatt
		között szerint által én te ő mi ti ők`,
	lingua.Catalan: `el la els les un una uns unes i o però ni que qui on quan com de del dels
		al als a en per amb sense sobre entre fins des és són era eren va van ser estar
		està estan ha han havia hi ho jo tu ell ella ells elles nosaltres vosaltres em et
		es li els seu seva seus seves aquest aquesta aquests aquestes molt més també ja no
		sí perquè tot tots tota totes altre altra l' d' s' n' m'`,
	lingua.Vietnamese: `và của là có không được trong cho với một những các này đã đang sẽ
		người khi để từ về như nhưng thì cũng rất tại theo sau trước ra vào`,
	lingua.Russian: `и в во не на с со что как а но по к ко у из за о об от до для при без
		это этот эта эти тот та те он она оно они мы вы я ты его её ее их ему ей им мне
		меня тебя себя был была было были быть есть будет уже ещё еще только также тоже
		очень когда где если чтобы который которая которые же ли бы или после перед между
		через под над сказал`,
	lingua.Ukrainian: `і й та в у не на з із зі що як а але по до від для при без це цей
		ця ці той та ті він вона воно вони ми ви я ти його її їх йому їй їм мені мене
		тебе себе був була було були бути є буде вже ще тільки також теж дуже коли де
		якщо щоб який яка які чи або після перед між через під над сказав`,
	lingua.Bulgarian: `и в във не на с със че как а но по към у из за о от до при без това
		този тази тези той тя то те ние вие аз ти го я ги му ѝ им ми ме те се си беше
		бяха бил била било били е са ще вече още само също много когато където ако
		който която които или след преди между през под над каза`,
}

// wordLanguages maps each function word to the languages it belongs to.
var wordLanguages = func() map[string]langSet {
	m := make(map[string]langSet, 4096)
	for l, list := range functionWords {
		for _, w := range strings.Fields(list) {
			w = strings.ToLower(w)
			s := m[w]
			s.add(l)
			m[w] = s
		}
	}
	return m
}()

// hasFunctionWords is the set of languages with a list above.
var hasFunctionWords = func() langSet {
	var s langSet
	for l := range functionWords {
		s.add(l)
	}
	return s
}()

// distinctiveLetters are letters that point to a few languages of their
// script. Like function words they choose candidates, nothing more.
var distinctiveLetters = map[rune]langSet{
	'ß': setOf(lingua.German),
	'ä': setOf(lingua.German, lingua.Swedish, lingua.Finnish, lingua.Slovak, lingua.Estonian),
	'ö': setOf(lingua.German, lingua.Swedish, lingua.Finnish, lingua.Turkish, lingua.Hungarian, lingua.Estonian),
	'ü': setOf(lingua.German, lingua.Turkish, lingua.Hungarian, lingua.Estonian),
	'ñ': setOf(lingua.Spanish), '¿': setOf(lingua.Spanish), '¡': setOf(lingua.Spanish),
	'ã': setOf(lingua.Portuguese, lingua.Vietnamese), 'õ': setOf(lingua.Portuguese, lingua.Estonian),
	'ç': setOf(lingua.French, lingua.Portuguese, lingua.Catalan, lingua.Turkish, lingua.Albanian),
	'å': setOf(lingua.Danish, lingua.Bokmal, lingua.Nynorsk, lingua.Swedish, lingua.Finnish),
	'ø': setOf(lingua.Danish, lingua.Bokmal, lingua.Nynorsk), 'æ': setOf(lingua.Danish, lingua.Bokmal, lingua.Nynorsk),
	'ł': setOf(lingua.Polish), 'ą': setOf(lingua.Polish, lingua.Lithuanian), 'ę': setOf(lingua.Polish, lingua.Lithuanian),
	'ś': setOf(lingua.Polish), 'ź': setOf(lingua.Polish), 'ż': setOf(lingua.Polish), 'ń': setOf(lingua.Polish),
	'ř': setOf(lingua.Czech), 'ů': setOf(lingua.Czech), 'ě': setOf(lingua.Czech),
	'ľ': setOf(lingua.Slovak), 'ĺ': setOf(lingua.Slovak), 'ŕ': setOf(lingua.Slovak), 'ô': setOf(lingua.Slovak, lingua.French, lingua.Portuguese),
	'ő': setOf(lingua.Hungarian), 'ű': setOf(lingua.Hungarian),
	'ı': setOf(lingua.Turkish, lingua.Azerbaijani), 'ğ': setOf(lingua.Turkish, lingua.Azerbaijani), 'ş': setOf(lingua.Turkish, lingua.Romanian, lingua.Azerbaijani),
	'ș': setOf(lingua.Romanian), 'ț': setOf(lingua.Romanian), 'ă': setOf(lingua.Romanian, lingua.Vietnamese),
	'đ': setOf(lingua.Vietnamese, lingua.Croatian, lingua.Bosnian), 'ơ': setOf(lingua.Vietnamese), 'ư': setOf(lingua.Vietnamese),
	'ї': setOf(lingua.Ukrainian), 'є': setOf(lingua.Ukrainian), 'ґ': setOf(lingua.Ukrainian), 'і': setOf(lingua.Ukrainian, lingua.Belarusian, lingua.Kazakh),
	'ы': setOf(lingua.Russian, lingua.Belarusian), 'э': setOf(lingua.Russian, lingua.Belarusian), 'ё': setOf(lingua.Russian, lingua.Belarusian),
	'ъ': setOf(lingua.Russian, lingua.Bulgarian),
	'پ': setOf(lingua.Persian, lingua.Urdu), 'چ': setOf(lingua.Persian, lingua.Urdu), 'ژ': setOf(lingua.Persian, lingua.Urdu),
	'گ': setOf(lingua.Persian, lingua.Urdu), 'ی': setOf(lingua.Persian, lingua.Urdu), 'ک': setOf(lingua.Persian, lingua.Urdu),
	'ة': setOf(lingua.Arabic), 'ى': setOf(lingua.Arabic),
}
