package facilitator

import (
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/metis-go/metis/x402"
)

type metrics struct {
	verify  *prometheus.CounterVec
	settle  *prometheus.CounterVec
	latency prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		verify: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "metis_x402_verify_total", Help: "Payments verified, by outcome (valid or the invalid reason)."}, []string{"result"}),
		settle: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "metis_x402_settle_total", Help: "Settle requests answered, by outcome (success or the error reason)."}, []string{"result"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "metis_x402_settle_seconds", Help: "Time to answer a settle request.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2, 14)}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.verify, m.settle, m.latency} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("facilitator: metrics: %w", err)
			}
		}
	}
	return m, nil
}

func (m *metrics) observeVerify(r x402.VerifyResponse) {
	result := "valid"
	if !r.IsValid {
		result = r.InvalidReason
	}
	m.verify.WithLabelValues(result).Inc()
}

func (m *metrics) observeSettle(r x402.SettleResponse, d time.Duration) {
	result := "success"
	if !r.Success {
		result = r.ErrorReason
	}
	m.settle.WithLabelValues(result).Inc()
	m.latency.Observe(d.Seconds())
}
