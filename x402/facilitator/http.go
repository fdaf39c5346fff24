package facilitator

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/metis-go/metis/x402"
)

// MaxRequestBody bounds the body of /verify and /settle.
const MaxRequestBody = 64 << 10

// Handler serves the facilitator's HTTP API: POST /verify, POST /settle,
// GET /supported and GET /health. Every answer is JSON. An invalid payment
// is HTTP 200 with isValid false (success false) and the reason; a body
// that is not a facilitator request is HTTP 400 with reason invalid_payload
// (413 when over MaxRequestBody), so clients of either convention parse it.
func (f *Facilitator) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /verify", func(w http.ResponseWriter, r *http.Request) {
		req, status, msg := decodeRequest(w, r)
		if req == nil {
			writeJSON(w, status, x402.VerifyResponse{InvalidReason: x402.ReasonInvalidPayload, InvalidMessage: msg})
			return
		}
		writeJSON(w, http.StatusOK, f.Verify(r.Context(), req))
	})
	mux.HandleFunc("POST /settle", func(w http.ResponseWriter, r *http.Request) {
		req, status, msg := decodeRequest(w, r)
		if req == nil {
			writeJSON(w, status, x402.SettleResponse{ErrorReason: x402.ReasonInvalidPayload, ErrorMessage: msg})
			return
		}
		writeJSON(w, http.StatusOK, f.Settle(r.Context(), req))
	})
	mux.HandleFunc("GET /supported", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, f.Supported())
	})
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	return mux
}

func decodeRequest(w http.ResponseWriter, r *http.Request) (*x402.FacilitatorRequest, int, string) {
	body := http.MaxBytesReader(w, r.Body, MaxRequestBody)
	var req x402.FacilitatorRequest
	if err := json.NewDecoder(body).Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, http.StatusRequestEntityTooLarge, "request body exceeds 64 KiB"
		}
		return nil, http.StatusBadRequest, "request body is not a facilitator request: " + err.Error()
	}
	return &req, 0, ""
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
