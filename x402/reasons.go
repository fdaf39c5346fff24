package x402

// Reason strings a facilitator answers with (invalidReason, errorReason).
// Where the x402 specification (v2 §9) names the failure, its string is
// used; otherwise the reference SDKs' string is.
const (
	ReasonInsufficientFunds       = "insufficient_funds"
	ReasonValidAfter              = "invalid_exact_evm_payload_authorization_valid_after"
	ReasonValidBefore             = "invalid_exact_evm_payload_authorization_valid_before"
	ReasonValueMismatch           = "invalid_exact_evm_payload_authorization_value_mismatch"
	ReasonValueMismatchV1         = "invalid_exact_evm_payload_authorization_value"
	ReasonSignature               = "invalid_exact_evm_payload_signature"
	ReasonRecipientMismatch       = "invalid_exact_evm_payload_recipient_mismatch"
	ReasonInvalidNetwork          = "invalid_network"
	ReasonInvalidPayload          = "invalid_payload"
	ReasonInvalidRequirements     = "invalid_payment_requirements"
	ReasonInvalidScheme           = "invalid_scheme"
	ReasonUnsupportedScheme       = "unsupported_scheme"
	ReasonInvalidVersion          = "invalid_x402_version"
	ReasonInvalidTransactionState = "invalid_transaction_state"
	ReasonUnexpectedVerifyError   = "unexpected_verify_error"
	ReasonUnexpectedSettleError   = "unexpected_settle_error"

	// Not in the specification's list; the reference SDKs' strings.
	ReasonNonceUsed         = "invalid_exact_evm_nonce_already_used"
	ReasonSimulationFailed  = "invalid_exact_evm_transaction_simulation_failed"
	ReasonMissingDomain     = "invalid_exact_evm_missing_eip712_domain"
	ReasonSettlementPending = "settlement_pending"
	ReasonTransactionFailed = "invalid_exact_evm_transaction_failed"
)
