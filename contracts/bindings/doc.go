// Package bindings holds go-ethereum (abigen v2) bindings of the project's
// contracts, generated from contracts/artifacts by `go run
// ./contracts/genbindings`. Do not edit the generated files.
package bindings
