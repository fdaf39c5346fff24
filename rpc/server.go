package rpc

import (
	"fmt"
	"net/http"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// Limits of the server, against oversized or abusive requests.
const (
	maxBatchItems    = 1000
	maxBatchResponse = 25 << 20
)

// Server is the JSON-RPC server of a node: an http.Handler that speaks
// JSON-RPC over HTTP POST and upgrades WebSocket requests on the same path.
type Server struct {
	b       *backend
	rpc     *gethrpc.Server
	filters *FilterAPI
	ws      http.Handler
}

// NewServer registers every namespace on a new server.
func NewServer(cfg Config) (*Server, error) {
	b, err := newBackend(cfg)
	if err != nil {
		return nil, err
	}
	srv := gethrpc.NewServer()
	srv.SetBatchLimits(maxBatchItems, maxBatchResponse)
	filters := newFilterAPI(b)
	services := []struct {
		ns      string
		service any
	}{
		{"eth", &EthAPI{b: b}},
		{"eth", filters},
		{"net", &NetAPI{b: b}},
		{"web3", &Web3API{b: b}},
		{"txpool", &TxPoolAPI{b: b}},
		{"debug", &DebugAPI{b: b}},
	}
	for _, s := range services {
		if err := srv.RegisterName(s.ns, s.service); err != nil {
			filters.Close()
			return nil, fmt.Errorf("rpc: register %s: %w", s.ns, err)
		}
	}
	return &Server{b: b, rpc: srv, filters: filters, ws: srv.WebsocketHandler([]string{"*"})}, nil
}

// ServeHTTP serves JSON-RPC over HTTP and WebSocket.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Upgrade") != "" {
		s.ws.ServeHTTP(w, r)
		return
	}
	s.rpc.ServeHTTP(w, r)
}

// RPC returns the underlying server, e.g. for in-process clients.
func (s *Server) RPC() *gethrpc.Server { return s.rpc }

// Close stops the server's background work and its connections.
func (s *Server) Close() {
	s.rpc.Stop()
	s.filters.Close()
}
