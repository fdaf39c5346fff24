// Package sentiment is a small real AI service for the LazAI examples: a
// multinomial naive Bayes sentiment classifier trained on labelled text
// that contributors supply, and the data-quality score validators give a
// contribution before it earns a DAT.
//
// A dataset is UTF-8 text, one example per line: a label ("pos" or "neg"),
// a tab, and the text. Blank lines and lines starting with '#' are ignored.
package sentiment

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode"
)

// Example is one labelled text.
type Example struct {
	Positive bool
	Text     string
}

// Parse reads a dataset, returning its well-formed examples and how many
// non-comment lines it had in all.
func Parse(data []byte) (examples []Example, lines int) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines++
		label, text, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		text = strings.TrimSpace(text)
		if len(Tokens(text)) < 3 {
			continue
		}
		switch strings.TrimSpace(label) {
		case "pos":
			examples = append(examples, Example{Positive: true, Text: text})
		case "neg":
			examples = append(examples, Example{Positive: false, Text: text})
		}
	}
	return examples, lines
}

// Tokens splits text into lower-case words.
func Tokens(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// Score rates a dataset from 1 to 10000 with integer arithmetic only, so
// every validator computes the same number:
//
//	10000 * unique/lines * (1 + minority/majority)/2 * min(unique, 20)/20
//
// where unique counts well-formed examples whose normalised text was not
// seen before in the dataset (or in `seen`, the texts of data already
// contributed), and minority/majority are the label counts among them.
// Malformed lines, duplicates, one-sided labels and tiny datasets all cost.
func Score(data []byte, seen map[string]bool) uint64 {
	examples, lines := Parse(data)
	if lines == 0 {
		return 1
	}
	local := map[string]bool{}
	var pos, neg uint64
	for _, e := range examples {
		key := strings.Join(Tokens(e.Text), " ")
		if local[key] || seen[key] {
			continue
		}
		local[key] = true
		if e.Positive {
			pos++
		} else {
			neg++
		}
	}
	unique := pos + neg
	if unique == 0 {
		return 1
	}
	minority, majority := min(pos, neg), max(pos, neg)
	size := min(unique, 20)
	// 10000 * (unique/lines) * ((majority+minority)/(2*majority)) * (size/20)
	num := 10000 * unique * (majority + minority) * size
	den := uint64(lines) * 2 * majority * 20
	return max(1, min(10000, num/den))
}

// Model is a trained classifier.
type Model struct {
	docs   [2]float64 // examples per class: 0 negative, 1 positive
	words  [2]map[string]float64
	totals [2]float64
	vocab  map[string]bool
}

// stopwords carry no sentiment; they are left out of the features.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a an the and or but of to in on at for with from by is are was were be been it its this that these those i we you he she they my our your their me us them so as than then there here have has had do did does will would can could just very all any every one two some") {
		stopwords[w] = true
	}
}

// features are the distinct non-stopword tokens of a text.
func features(text string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range Tokens(text) {
		if !stopwords[w] && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// Train fits a naive Bayes model over word presence (each distinct
// non-stopword once per text) with add-one smoothing.
func Train(examples []Example) (*Model, error) {
	m := &Model{words: [2]map[string]float64{{}, {}}, vocab: map[string]bool{}}
	for _, e := range examples {
		c := 0
		if e.Positive {
			c = 1
		}
		m.docs[c]++
		for _, w := range features(e.Text) {
			m.words[c][w]++
			m.totals[c]++
			m.vocab[w] = true
		}
	}
	if m.docs[0] == 0 || m.docs[1] == 0 {
		return nil, errors.New("sentiment: training data needs both positive and negative examples")
	}
	return m, nil
}

// Prediction is the model's answer for one text.
type Prediction struct {
	Label      string  `json:"label"`      // "positive" or "negative"
	Confidence float64 `json:"confidence"` // posterior probability of Label
}

// Predict classifies text.
func (m *Model) Predict(text string) Prediction {
	var logp [2]float64
	n := m.docs[0] + m.docs[1]
	v := float64(len(m.vocab))
	for c := range 2 {
		logp[c] = math.Log(m.docs[c] / n)
		for _, w := range features(text) {
			if !m.vocab[w] {
				continue // unseen words say nothing about either class
			}
			logp[c] += math.Log((m.words[c][w] + 1) / (m.totals[c] + v))
		}
	}
	// Posterior of the positive class, computed stably.
	pPos := 1 / (1 + math.Exp(logp[0]-logp[1]))
	if pPos >= 0.5 {
		return Prediction{Label: "positive", Confidence: pPos}
	}
	return Prediction{Label: "negative", Confidence: 1 - pPos}
}

// Accuracy is the share of examples the model labels correctly.
func (m *Model) Accuracy(examples []Example) float64 {
	if len(examples) == 0 {
		return 0
	}
	right := 0
	for _, e := range examples {
		if (m.Predict(e.Text).Label == "positive") == e.Positive {
			right++
		}
	}
	return float64(right) / float64(len(examples))
}

// String describes the model.
func (m *Model) String() string {
	return fmt.Sprintf("naive Bayes over %d words from %d examples", len(m.vocab), int(m.docs[0]+m.docs[1]))
}
