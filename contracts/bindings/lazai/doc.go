// Package lazai holds go-ethereum (abigen v2) bindings of the LazAI
// contracts (DataAnchoringToken, ContributionRegistry, DATRevenueSplitter),
// generated from contracts/artifacts by `go run ./contracts/genbindings`. Do
// not edit the generated files.
package lazai
