package rpc

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

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
	metrics *httpMetrics
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
	return &Server{metrics: newHTTPMetrics(cfg.Registerer), b: b, rpc: srv, filters: filters, ws: srv.WebsocketHandler([]string{"*"})}, nil
}

// ServeHTTP serves JSON-RPC over HTTP and WebSocket.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Upgrade") != "" {
		s.ws.ServeHTTP(w, r)
		return
	}
	if s.metrics == nil {
		s.rpc.ServeHTTP(w, r)
		return
	}
	start := time.Now()
	rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
	s.rpc.ServeHTTP(rec, r)
	s.metrics.requests.WithLabelValues(strconv.Itoa(rec.code)).Inc()
	s.metrics.latency.Observe(time.Since(start).Seconds())
}

// statusRecorder remembers the status code of a response.
type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.code = code
	r.ResponseWriter.WriteHeader(code)
}

// Flush lets streaming responses through.
func (r *statusRecorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// httpMetrics count HTTP JSON-RPC requests.
type httpMetrics struct {
	requests *prometheus.CounterVec
	latency  prometheus.Histogram
}

func newHTTPMetrics(reg prometheus.Registerer) *httpMetrics {
	if reg == nil {
		return nil
	}
	m := &httpMetrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "metis_rpc_http_requests_total", Help: "HTTP JSON-RPC requests (a batch counts once), by status code."}, []string{"code"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "metis_rpc_http_request_seconds", Help: "Time to answer an HTTP JSON-RPC request.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16),
		}),
	}
	reg.MustRegister(m.requests, m.latency)
	return m
}

// RPC returns the underlying server, e.g. for in-process clients.
func (s *Server) RPC() *gethrpc.Server { return s.rpc }

// Close stops the server's background work and its connections.
func (s *Server) Close() {
	s.rpc.Stop()
	s.filters.Close()
}
