// Package x402 holds the wire types of the x402 payment protocol, versions 1
// and 2, their header codecs (standard base64 of JSON), CAIP-2 network
// identifiers, and the reason strings facilitators answer with.
//
// Amounts are decimal strings on the wire and *big.Int in Go; nothing here
// uses floating point. Decoders bound their input and reject malformed
// headers with an error; they never panic.
//
// Subpackages: eip3009 (typed-data hashing and signatures of the exact
// scheme on EVM), facilitator (verify and settle), middleware (net/http
// resource server), agent (paying HTTP client with budgets).
package x402
