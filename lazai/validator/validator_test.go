package validator_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/metis-go/metis/internal/x402test"
	"github.com/metis-go/metis/lazai/validator"
	"github.com/metis-go/metis/sdk"
)

func TestValidatorChecksScoresAndSigns(t *testing.T) {
	x := x402test.Start(t, -1, false)
	ctx := t.Context()
	ro, err := sdk.New(ctx, x.EC, x.D.LazAI)
	if err != nil {
		t.Fatal(err)
	}
	admin := ro.As(x.D.Node.Accounts()[0].Key)
	class, err := admin.CreateClass(ctx, sdk.ClassSpec{MetadataURI: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if err := admin.SetMinter(ctx, class, x.D.LazAI.Registry, true); err != nil {
		t.Fatal(err)
	}
	data := []byte("pos\tgood things happen here\n")
	files := http.NewServeMux()
	files.HandleFunc("GET /good", func(w http.ResponseWriter, _ *http.Request) { w.Write(data) })
	data2 := []byte("neg\tthis is a bad day\n")
	files.HandleFunc("GET /second", func(w http.ResponseWriter, _ *http.Request) { w.Write(data2) })
	files.HandleFunc("GET /tampered", func(w http.ResponseWriter, _ *http.Request) { w.Write(append(data, '!')) })
	store := httptest.NewServer(files)
	t.Cleanup(store.Close)
	contributor := ro.As(x.D.Node.Accounts()[1].Key)
	register := func(hash [32]byte, uri string) *big.Int {
		id, err := contributor.RegisterData(ctx, class, hash, uri)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	good := register(sha256.Sum256(data), store.URL+"/good")
	tampered := register(sha256.Sum256([]byte("other")), store.URL+"/tampered")
	local := register(sha256.Sum256([]byte("x")), "file:///etc/passwd")

	vals := x.D.Services.Validators
	// Without AllowPrivate the validator does not reach this machine's
	// storage, nor anything else local.
	strict := &validator.Validator{Key: vals[0].Key, Client: ro, Score: func(b []byte) uint64 { return uint64(len(b)) }}
	if _, err := strict.Validate(ctx, good); err == nil || !errors.Is(err, validator.ErrUnavailable) || strings.Contains(err.Error(), "refused") {
		t.Fatalf("a loopback URI: %v", err)
	}
	v := &validator.Validator{Key: vals[0].Key, Client: ro, Score: strict.Score, AllowPrivate: true}
	p, err := v.Validate(ctx, good)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := ro.File(ctx, good)
	pub, err := crypto.SigToPub(sdk.ProofDigest(ro.ChainID, x.D.LazAI.Registry, f, p.Score).Bytes(), append(p.Signature[:64:64], p.Signature[64]-27))
	if err != nil || crypto.PubkeyToAddress(*pub) != vals[0].Address || p.Score != uint64(len(data)) {
		t.Fatalf("proof %+v does not recover to the validator (%v)", p, err)
	}
	if _, err := v.Validate(ctx, tampered); err == nil || !strings.Contains(err.Error(), "content hash mismatch") {
		t.Fatalf("tampered data: %v", err)
	}
	if _, err := v.Validate(ctx, local); err == nil || !strings.Contains(err.Error(), "only http") {
		t.Fatalf("file URI: %v", err)
	}

	// Over HTTP, with all three validators: the file mints at once.
	v2 := &validator.Validator{Key: vals[1].Key, Client: ro, Score: v.Score, AllowPrivate: true}
	v3 := &validator.Validator{Key: vals[2].Key, Client: ro, Score: v.Score, AllowPrivate: true}
	s1, s2, s3 := httptest.NewServer(v.Handler()), httptest.NewServer(v2.Handler()), httptest.NewServer(v3.Handler())
	t.Cleanup(s1.Close)
	t.Cleanup(s2.Close)
	t.Cleanup(s3.Close)
	proofs, err := validator.Collect(ctx, ro, nil, []string{s1.URL, s2.URL, s3.URL}, good, 3)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := contributor.MintContribution(ctx, good, proofs); err != nil {
		t.Fatal(err)
	}
	// A minted file is no longer validated (by a validator that has not
	// seen it before; the others remember their proofs).
	v4 := httptest.NewServer((&validator.Validator{Key: vals[2].Key, Client: ro, Score: v.Score, AllowPrivate: true}).Handler())
	t.Cleanup(v4.Close)
	if _, err := validator.Collect(ctx, ro, nil, []string{v4.URL}, good, 1); err == nil || !strings.Contains(err.Error(), "not pending") {
		t.Fatalf("minted file: %v", err)
	}
	// Collect checks what it is given: a validator listed twice counts once.
	second := register(sha256.Sum256(data2), store.URL+"/second")
	if _, err := validator.Collect(ctx, ro, nil, []string{s1.URL, s1.URL}, second, 2); err == nil || !strings.Contains(err.Error(), "a second proof") {
		t.Fatalf("a quorum from one validator: %v", err)
	}
	if proofs, err := validator.Collect(ctx, ro, nil, []string{s1.URL, s1.URL, s2.URL}, second, 2); err != nil || proofs[0].Validator == proofs[1].Validator {
		t.Fatalf("collect: %v %v", proofs, err)
	}
	if _, err := validator.Collect(ctx, ro, nil, []string{s1.URL, s2.URL}, tampered, 1); err == nil || !strings.Contains(err.Error(), "mismatch") {
		t.Fatalf("tampered over HTTP: %v", err)
	}
	for _, body := range []string{"", "{", `{"fileId":"abc"}`, `{"fileId":"-1"}`, `{"fileId":"999"}`, `{"fileId":"115792089237316195423570985008687907853269984665640564039457584007913129639937"}`} {
		resp, err := http.Post(s1.URL+"/validate", "application/json", bytes.NewReader([]byte(body)))
		if err != nil {
			t.Fatal(err)
		}
		var out map[string]string
		_ = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if resp.StatusCode < 400 || out["error"] == "" {
			t.Errorf("body %q: %d %v", body, resp.StatusCode, out)
		}
	}
}

func TestLineQuality(t *testing.T) {
	unique := bytes.Repeat([]byte("x"), 10) // filler, made unique per line below
	var clean, dup []byte
	for i := range 400 {
		line := append(append([]byte{}, unique...), []byte(strings.Repeat("a", i%50)+string(rune('A'+i%26))+"\n")...)
		clean = append(clean, line...)
		dup = append(dup, []byte("same line\n")...)
	}
	if got := validator.LineQuality(nil); got != 1 {
		t.Fatalf("empty: %d", got)
	}
	c, d, small := validator.LineQuality(clean), validator.LineQuality(dup), validator.LineQuality([]byte("one\ntwo\n"))
	if !(c > d && c > small && c <= validator.MaxScore && d >= 1 && small >= 1) {
		t.Fatalf("clean %d, duplicated %d, tiny %d", c, d, small)
	}
}
