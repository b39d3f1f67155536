package cleanup

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// cjkCases are written for these tests: Chinese, Japanese and Korean
// sentences showing each convention of the cjk-spacing rule.
var cjkCases = []struct{ name, in, want string }{
	{"han latin", "我们用Go写服务", "我们用 Go 写服务"},
	{"han digits", "第12届大会在3月开幕", "第 12 届大会在 3 月开幕"},
	{"kana latin", "東京でiPhoneを買った", "東京で iPhone を買った"},
	{"hangul latin", "서울에서Go언어를 배운다", "서울에서 Go 언어를 배운다"},
	{"hangul hyphen kept", "한-미 정상회담", "한-미 정상회담"},
	{"percent", "增长了7%以上", "增长了 7% 以上"},
	{"already spaced", "我们用 Go 写服务", "我们用 Go 写服务"},
	{"operator between han", "北京+上海=两座城市", "北京 + 上海 = 两座城市"},
	{"operator han latin", "作者|Lin", "作者 | Lin"},
	{"ampersand", "研发&测试", "研发 & 测试"},
	{"sign", "室外是-12度", "室外是 -12 度"},
	{"flag", "命令加-v的选项", "命令加 -v 的选项"},
	{"suffix plus", "她精通C++与Rust", "她精通 C++ 与 Rust"},
	{"grade", "拿到B+的成绩", "拿到 B+ 的成绩"},
	{"price", "只要$30就够", "只要 $30 就够"},
	{"arrow", "写成->的形式", "写成 -> 的形式"},
	{"sentence punct", "好了!走吧", "好了! 走吧"},
	{"ellipsis", "然后……没了", "然后…… 没了"},
	{"colon before word", "地址:Main Street", "地址: Main Street"},
	{"abbreviation", "去了U.K.留学", "去了 U.K. 留学"},
	{"file extension", "打开报告.pdf看看", "打开报告.pdf 看看"},
	{"round brackets", "东京大学(国立)位于本乡", "东京大学 (国立) 位于本乡"},
	{"bracket after latin with han inside", "使用Redis(缓存)提速", "使用 Redis (缓存) 提速"},
	{"code call kept", "调用`f()`返回", "调用 `f()` 返回"},
	{"square brackets", "参见[附录A]说明", "参见 [附录 A] 说明"},
	{"straight quotes", "他说\"明天见\"然后走了", "他说 \"明天见\" 然后走了"},
	{"curly quotes", "所谓“云原生”Kubernetes", "所谓 “云原生” Kubernetes"},
	{"english in quotes", "她写道\"Good night.\"之后", "她写道 \"Good night.\" 之后"},
	{"html tag named", "把标题放进<h1>里", "把标题放进 <h1> 里"},
	{"html markup hugs", "<b>重要</b>通知", "<b>重要</b>通知"},
	{"void element", "第一行<br>第二行", "第一行<br>第二行"},
	{"generic", "返回Map<K,V>对象", "返回 Map<K,V> 对象"},
	{"angle phrase", "书名<长安>很好", "书名 <长安> 很好"},
	{"absolute path", "编辑/etc/hosts文件", "编辑 /etc/hosts 文件"},
	{"relative path", "删除dist/assets/目录", "删除 dist/assets/ 目录"},
	{"dot path", "运行./build.sh脚本", "运行 ./build.sh 脚本"},
	{"glob", "忽略*.tmp文件", "忽略 *.tmp 文件"},
	{"slash between words", "公斤/人", "公斤 / 人"},
	{"slash list kept", "春/夏/秋", "春/夏/秋"},
	{"handle", "感谢@lin_dev帮忙", "感谢 @lin_dev 帮忙"},
	{"hashtag", "今天#旅行 日记", "今天 #旅行 日记"},
	{"weibo hashtag pair", "看#春节#视频", "看 #春节#视频"},
	{"language name with #", "学习F#语言", "学习 F# 语言"},
	{"email kept", "写信给lin@example.org吧", "写信给lin@example.org吧"}, // as before: addresses stay glued
	{"url kept", "访问https://example.org/a/b页面", "访问https://example.org/a/b页面"},
	{"enclosed", "株式会社㈱ABC", "株式会社㈱ ABC"},
	{"number form", "第Ⅲ卷", "第 Ⅲ 卷"},
}

func TestCJKSpacingRule(t *testing.T) {
	only := mustNew(WithOnlyRules("cjk-spacing"), WithCJKSpacing(true))
	for _, tc := range cjkCases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, only.Clean(tc.in)); diff != "" {
				t.Errorf("cjk-spacing(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestCJKSpacingPipeline runs the cases through the whole pipeline: the
// spacing rules after cjk-spacing must keep what it did.
func TestCJKSpacingPipeline(t *testing.T) {
	c := mustNew(WithCJKSpacing(true))
	for _, tc := range cjkCases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, c.Clean(tc.in)); diff != "" {
				t.Errorf("Clean(%q) (-want +got):\n%s", tc.in, diff)
			}
			checkInvariants(t, c, tc.in)
		})
	}
}

func TestCJKSpacingOffByDefault(t *testing.T) {
	for _, tc := range cjkCases {
		if got := mustNew(WithOnlyRules("cjk-spacing")).Clean(tc.in); got != tc.in {
			t.Errorf("cjk-spacing is off by default, yet %q -> %q", tc.in, got)
		}
	}
}

func FuzzCJKSpacing(f *testing.F) {
	for _, tc := range cjkCases {
		f.Add(tc.in)
	}
	f.Add("<p>中<b>文</b></p>x<y>z/a/b\"c\"“d”`e`#f#@g$1+-*")
	c := mustNew(WithCJKSpacing(true))
	only := mustNew(WithOnlyRules("cjk-spacing"), WithCJKSpacing(true))
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, c, s)
		got := only.Clean(s)
		if lettersAndDigits(got) != lettersAndDigits(strings.ToValidUTF8(s, "\uFFFD")) {
			t.Fatalf("cjk-spacing changed letters or digits: %q -> %q", s, got)
		}
	})
}
