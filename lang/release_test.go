package lang

import (
	"testing"

	"github.com/pemistahl/lingua-go"
)

// TestModelData checks that modelData finds the embedded model files in
// place, byte for byte: releaseModel relies on embed's layout, and would
// quietly keep the pages if it changed.
func TestModelData(t *testing.T) {
	for _, l := range []lingua.Language{lingua.German, lingua.Czech, lingua.Russian} {
		for n := 1; n <= maxOrder; n++ {
			path := modelPath(l, n)
			want, err := linguaModels.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := modelData(path)
			if got != string(want) {
				t.Fatalf("modelData(%q): %d bytes, want the file's %d", path, len(got), len(want))
			}
			if !sameModel(path, got) {
				t.Fatalf("sameModel(%q) = false on the file's own bytes", path)
			}
		}
	}
	if got := modelData("language-models/xx/none.zip"); got != "" {
		t.Fatalf("modelData of a missing file: %d bytes", len(got))
	}
}
