package chain

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// sequencerMetrics are the sequencer's Prometheus metrics.
type sequencerMetrics struct {
	blocks    prometheus.Counter
	txs       prometheus.Counter
	gas       prometheus.Counter
	rejected  prometheus.Counter
	head      prometheus.Gauge
	buildTime prometheus.Histogram
}

func newSequencerMetrics(reg prometheus.Registerer) *sequencerMetrics {
	m := &sequencerMetrics{
		blocks:   prometheus.NewCounter(prometheus.CounterOpts{Name: "metis_sequencer_blocks_total", Help: "Blocks built and committed."}),
		txs:      prometheus.NewCounter(prometheus.CounterOpts{Name: "metis_sequencer_transactions_total", Help: "Transactions included in built blocks."}),
		gas:      prometheus.NewCounter(prometheus.CounterOpts{Name: "metis_sequencer_gas_used_total", Help: "Gas used by built blocks."}),
		rejected: prometheus.NewCounter(prometheus.CounterOpts{Name: "metis_sequencer_left_out_total", Help: "Selected transactions the executor left out of a block."}),
		head:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "metis_chain_head_block", Help: "Number of the head block."}),
		buildTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "metis_sequencer_block_build_seconds", Help: "Time to execute, commit and store one block.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
		}),
	}
	if reg != nil {
		reg.MustRegister(m.blocks, m.txs, m.gas, m.rejected, m.head, m.buildTime)
	}
	return m
}

func (m *sequencerMetrics) observe(b *Built, took time.Duration) {
	m.rejected.Add(float64(len(b.Rejected)))
	if b.Block == nil {
		return
	}
	m.blocks.Inc()
	m.txs.Add(float64(len(b.Block.Transactions())))
	m.gas.Add(float64(b.Block.GasUsed()))
	m.head.Set(float64(b.Block.NumberU64()))
	m.buildTime.Observe(took.Seconds())
}
