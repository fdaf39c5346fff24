package main

import (
	"bytes"
	"os"
	"testing"
)

// TestBindingsUpToDate checks the committed bindings are what the committed
// artifacts generate.
func TestBindingsUpToDate(t *testing.T) {
	for _, c := range boundContracts {
		want, err := Bindings("../artifacts", c.Type, c.Artifact, c.Package)
		if err != nil {
			t.Fatal(err)
		}
		have, err := os.ReadFile(bindingPath("../bindings", c.Type, c.Package))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(want, have) {
			t.Errorf("bindings of %s are stale: run `make contracts` and commit them", c.Type)
		}
	}
}
