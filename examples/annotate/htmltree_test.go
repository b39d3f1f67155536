package main

import (
	"fmt"
	"html"
	"slices"
	"strings"
)

// An element is a node of a parsed HTML page: an element with attributes
// and children, or (Tag "") a text.
type element struct {
	Tag   string
	Attrs map[string]string
	Text  string
	Kids  []*element
}

// voidTags have no end tag.
var voidTags = []string{"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

// parseHTML reads the pages this command writes and the DOM that Chromium
// dumps: tags with quoted attributes, escaped text, raw <style> and
// <script>. It is no general HTML parser; it is enough to check structure
// without a dependency.
func parseHTML(s string) *element {
	root := &element{Tag: "#root"}
	stack := []*element{root}
	top := func() *element { return stack[len(stack)-1] }
	for len(s) > 0 {
		switch {
		case strings.HasPrefix(s, "<!--"):
			s = after(s, "-->")
		case strings.HasPrefix(s, "<!"):
			s = after(s, ">")
		case strings.HasPrefix(s, "</"):
			var name string
			name, s = cut(s[2:], ">")
			name = strings.ToLower(strings.TrimSpace(name))
			stack = closeTag(stack, name)
		case s[0] == '<':
			var e *element
			var selfClosing bool
			e, selfClosing, s = parseTag(s[1:])
			top().Kids = append(top().Kids, e)
			switch {
			case e.Tag == "script" || e.Tag == "style":
				var raw string
				raw, s = cut(s, "</"+e.Tag)
				e.Kids = []*element{{Text: raw}}
				s = after(s, ">")
			case !selfClosing && !slices.Contains(voidTags, e.Tag):
				stack = append(stack, e)
			}
		default:
			var text string
			text, s = upTo(s, "<")
			top().Kids = append(top().Kids, &element{Text: html.UnescapeString(text)})
		}
	}
	return root
}

// closeTag pops the innermost open element named name and those inside it;
// a stray end tag closes nothing.
func closeTag(stack []*element, name string) []*element {
	for i := len(stack) - 1; i > 0; i-- {
		if stack[i].Tag == name {
			return stack[:i]
		}
	}
	return stack
}

// parseTag reads a start tag after its "<": the name and the attributes.
func parseTag(s string) (e *element, selfClosing bool, rest string) {
	e = &element{Attrs: map[string]string{}}
	i := strings.IndexAny(s, " \t\n\r/>")
	if i < 0 {
		return e, false, ""
	}
	e.Tag, s = strings.ToLower(s[:i]), s[i:]
	for {
		s = strings.TrimLeft(s, " \t\n\r")
		switch {
		case s == "":
			return e, false, ""
		case strings.HasPrefix(s, "/>"):
			return e, true, s[2:]
		case s[0] == '>':
			return e, false, s[1:]
		case s[0] == '/':
			s = s[1:]
			continue
		}
		j := strings.IndexAny(s, " \t\n\r=/>")
		if j < 0 {
			j = len(s)
		}
		name := strings.ToLower(s[:j])
		s = s[j:]
		value := ""
		if strings.HasPrefix(s, "=") {
			value, s = attrValue(s[1:])
		}
		e.Attrs[name] = html.UnescapeString(value)
	}
}

func attrValue(s string) (value, rest string) {
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		return cut(s[1:], s[:1])
	}
	j := strings.IndexAny(s, " \t\n\r>")
	if j < 0 {
		return s, ""
	}
	return s[:j], s[j:]
}

// cut splits s at the first sep, dropping it; without sep all is before.
func cut(s, sep string) (before, rest string) {
	before, rest, _ = strings.Cut(s, sep)
	return before, rest
}

// upTo splits s before the first sep.
func upTo(s, sep string) (before, rest string) {
	if i := strings.Index(s, sep); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

func after(s, sep string) string {
	_, rest := cut(s, sep)
	return rest
}

// find returns every element under e, in document order, that match.
func (e *element) find(match func(*element) bool) []*element {
	var found []*element
	for _, k := range e.Kids {
		if k.Tag != "" && match(k) {
			found = append(found, k)
		}
		found = append(found, k.find(match)...)
	}
	return found
}

func (e *element) has(attr string) bool {
	_, ok := e.Attrs[attr]
	return ok
}

// text is all text under e, as a reader sees it (without <style> or
// <script>).
func (e *element) text() string {
	if e.Tag == "" {
		return e.Text
	}
	if e.Tag == "style" || e.Tag == "script" {
		return ""
	}
	var b strings.Builder
	for _, k := range e.Kids {
		b.WriteString(k.text())
	}
	return b.String()
}

// view is the article of a page that shows one text: "cleaned" or "original".
func (e *element) view(name string) *element {
	views := e.find(func(x *element) bool { return x.Tag == "article" && x.Attrs["data-view"] == name })
	if len(views) != 1 {
		return &element{Tag: "missing"}
	}
	return views[0]
}

// outline writes the structure of e, one element or text per line, indented
// by depth: tags with their attributes (not style), texts quoted. The
// contents of <style> and <script> are left out, so that CSS and JavaScript
// changes do not touch golden files; blank texts between blocks too, except inside an article, where
// they are part of the text.
func (e *element) outline(b *strings.Builder, depth int, inText bool) {
	for _, k := range e.Kids {
		if k.Tag == "" {
			if inText || strings.TrimSpace(k.Text) != "" {
				fmt.Fprintf(b, "%s%q\n", strings.Repeat("  ", depth), k.Text)
			}
			continue
		}
		fmt.Fprintf(b, "%s%s%s\n", strings.Repeat("  ", depth), k.Tag, k.attrString())
		if k.Tag != "style" && k.Tag != "script" {
			k.outline(b, depth+1, inText || k.Tag == "article")
		}
	}
}

func (e *element) attrString() string {
	var names []string
	for n := range e.Attrs {
		if n != "style" {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	var b strings.Builder
	for _, n := range names {
		fmt.Fprintf(&b, " %s=%q", n, e.Attrs[n])
	}
	return b.String()
}
