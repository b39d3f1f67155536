package quote

import "testing"

// TestNextTurn checks the speaker picked for a turn of dialogue without a
// cue from the two turns before it.
func TestNextTurn(t *testing.T) {
	wren := paragraphTurn{para: 1, s: 10, e: 14, speaker: "Wren", dialogue: true}
	brack := paragraphTurn{para: 2, s: 30, e: 35, speaker: "Brack", dialogue: true}
	unknown := paragraphTurn{para: 2, s: -1, dialogue: true}
	toWren := paragraphTurn{para: 2, s: -1, dialogue: true, to: mention{s: 50, e: 54, ok: true}}
	tests := []struct {
		name      string
		last2     [2]paragraphTurn
		alternate bool
		want      mention
		ok        bool
	}{
		{"a conversation alternates", [2]paragraphTurn{brack, wren}, true, mention{s: 10, e: 14, ok: true}, true},
		{"one source goes on", [2]paragraphTurn{brack, wren}, false, mention{s: 30, e: 35, ok: true}, true},
		{"after an unknown turn the one before speaks again", [2]paragraphTurn{unknown, wren}, true, mention{s: 10, e: 14, ok: true}, true},
		{"but not outside a conversation", [2]paragraphTurn{unknown, wren}, false, mention{}, false},
		{"the one named answers", [2]paragraphTurn{toWren, wren}, false, mention{s: 50, e: 54, ok: true}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := nextTurn(tc.last2, 3, tc.alternate)
			if got != tc.want || ok != tc.ok {
				t.Errorf("nextTurn = %+v, %v; want %+v, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}
