package sdk

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"

	lazaibind "github.com/metis-go/metis/contracts/bindings/lazai"
)

var registryABI = lazaibind.NewContributionRegistry()

// FileStatus is where a registered file is in its life.
type FileStatus uint8

// File statuses, as the registry numbers them.
const (
	FileUnknown FileStatus = iota
	FilePending
	FileMinted
	FileWithdrawn
)

func (s FileStatus) String() string {
	switch s {
	case FilePending:
		return "pending"
	case FileMinted:
		return "minted"
	case FileWithdrawn:
		return "withdrawn"
	}
	return "unknown"
}

// File is a registered contribution.
type File struct {
	ID           *big.Int       `json:"id"`
	Contributor  common.Address `json:"contributor"`
	RegisteredAt uint64         `json:"registeredAt"`
	Status       FileStatus     `json:"status"`
	Class        *big.Int       `json:"class"`
	ContentHash  common.Hash    `json:"contentHash"`
	URI          string         `json:"uri"`
	Fee          *big.Int       `json:"fee"`
	Score        *big.Int       `json:"score"`
	Token        *big.Int       `json:"token"` // the minted DAT, once minted
}

// Proof is one validator's signed score of a file.
type Proof struct {
	Validator common.Address
	Score     uint64
	Signature []byte
}

// ValidationFee reads the fee a registration must pay.
func (c *Client) ValidationFee(ctx context.Context) (*big.Int, error) {
	out, err := c.call(ctx, c.Addresses.Registry, registryABI.PackValidationFee())
	if err != nil {
		return nil, fmt.Errorf("validation fee: %w", err)
	}
	return registryABI.UnpackValidationFee(out)
}

// RegisterData registers data for a class, paying the validation fee, and
// returns the file id.
func (c *Client) RegisterData(ctx context.Context, class *big.Int, contentHash common.Hash, uri string) (*big.Int, error) {
	if err := checkUints(class); err != nil {
		return nil, err
	}
	fee, err := c.ValidationFee(ctx)
	if err != nil {
		return nil, fmt.Errorf("register data: %w", err)
	}
	r, err := c.Transact(ctx, c.Addresses.Registry, fee, registryABI.PackRegisterData(class, contentHash, uri))
	if err != nil {
		return nil, fmt.Errorf("register data: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := registryABI.UnpackDataRegisteredEvent(l); err == nil {
			return ev.FileId, nil
		}
	}
	return nil, errors.New("register data: no DataRegistered event")
}

// File reads a registered file.
func (c *Client) File(ctx context.Context, id *big.Int) (*File, error) {
	if err := checkUints(id); err != nil {
		return nil, err
	}
	out, err := c.call(ctx, c.Addresses.Registry, registryABI.PackGetFile(id))
	if err != nil {
		return nil, fmt.Errorf("file %s: %w", id, err)
	}
	f, err := registryABI.UnpackGetFile(out)
	if err != nil {
		return nil, fmt.Errorf("file %s: %w", id, err)
	}
	return &File{ID: id, Contributor: f.Contributor, RegisteredAt: f.RegisteredAt, Status: FileStatus(f.Status), Class: f.ClassId,
		ContentHash: f.ContentHash, URI: f.Uri, Fee: f.Fee, Score: f.Score, Token: f.TokenId}, nil
}

// proofTypeHash is the EIP-712 type of a contribution proof.
var proofTypeHash = crypto.Keccak256Hash([]byte("ContributionProof(uint256 fileId,bytes32 contentHash,address contributor,uint256 classId,uint256 score)"))

var domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))

// ProofDigest is the EIP-712 digest a validator signs: the file's id,
// content hash, contributor and class and the score, under the registry's
// domain on this chain.
func ProofDigest(chainID *big.Int, registry common.Address, f *File, score uint64) common.Hash {
	domain := crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte("LazAI ContributionRegistry")),
		crypto.Keccak256([]byte("1")),
		math.U256Bytes(new(big.Int).Set(chainID)),
		common.LeftPadBytes(registry[:], 32),
	)
	body := crypto.Keccak256Hash(
		proofTypeHash[:],
		math.U256Bytes(new(big.Int).Set(f.ID)),
		f.ContentHash[:],
		common.LeftPadBytes(f.Contributor[:], 32),
		math.U256Bytes(new(big.Int).Set(f.Class)),
		math.U256Bytes(new(big.Int).SetUint64(score)),
	)
	return crypto.Keccak256Hash([]byte("\x19\x01"), domain[:], body[:])
}

// SignProof signs a validator's score of a file.
func SignProof(key *ecdsa.PrivateKey, chainID *big.Int, registry common.Address, f *File, score uint64) (Proof, error) {
	digest := ProofDigest(chainID, registry, f, score)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return Proof{}, fmt.Errorf("sign proof: %w", err)
	}
	sig[64] += 27
	return Proof{Validator: crypto.PubkeyToAddress(key.PublicKey), Score: score, Signature: sig}, nil
}

// SubmitProofs records validator proofs for a file. It returns the
// minted DAT when the file could be finalized (all validators answered,
// or a quorum's collection window had passed), and nil while proofs are
// still being collected.
func (c *Client) SubmitProofs(ctx context.Context, file *big.Int, proofs []Proof) (*big.Int, error) {
	if err := checkUints(file); err != nil {
		return nil, err
	}
	args := make([]lazaibind.ContributionRegistryProof, len(proofs))
	for i, p := range proofs {
		args[i] = lazaibind.ContributionRegistryProof{Score: new(big.Int).SetUint64(p.Score), Signature: p.Signature}
	}
	r, err := c.Transact(ctx, c.Addresses.Registry, nil, registryABI.PackSubmitProofs(file, args))
	if err != nil {
		return nil, fmt.Errorf("submit proofs: %w", err)
	}
	if id, err := mintedToken(r); err == nil {
		return id, nil
	}
	return nil, nil
}

// MintContribution submits proofs for a file and requires the DAT to mint
// now: it fails while the file's collection window is open.
func (c *Client) MintContribution(ctx context.Context, file *big.Int, proofs []Proof) (*big.Int, error) {
	id, err := c.SubmitProofs(ctx, file, proofs)
	if err != nil {
		return nil, err
	}
	if id == nil {
		return nil, fmt.Errorf("mint contribution: file %s is still collecting proofs (finalize it after the collection window)", file)
	}
	return id, nil
}

// Finalize mints the DAT of a file whose collection window has passed.
func (c *Client) Finalize(ctx context.Context, file *big.Int) (*big.Int, error) {
	if err := checkUints(file); err != nil {
		return nil, err
	}
	r, err := c.Transact(ctx, c.Addresses.Registry, nil, registryABI.PackFinalize(file))
	if err != nil {
		return nil, fmt.Errorf("finalize: %w", err)
	}
	return mintedToken(r)
}

// Threshold is how many validators' proofs a file needs.
func (c *Client) Threshold(ctx context.Context) (*big.Int, error) {
	out, err := c.call(ctx, c.Addresses.Registry, registryABI.PackThreshold())
	if err != nil {
		return nil, fmt.Errorf("threshold: %w", err)
	}
	return registryABI.UnpackThreshold(out)
}

// IsValidator reports whether an address is one of the registry's
// validators.
func (c *Client) IsValidator(ctx context.Context, who common.Address) (bool, error) {
	out, err := c.call(ctx, c.Addresses.Registry, registryABI.PackIsValidator(who))
	if err != nil {
		return false, fmt.Errorf("is validator: %w", err)
	}
	return registryABI.UnpackIsValidator(out)
}

// ValidatorEarnings is what a validator's landed proofs earned, unclaimed.
func (c *Client) ValidatorEarnings(ctx context.Context, validator common.Address) (*big.Int, error) {
	out, err := c.call(ctx, c.Addresses.Registry, registryABI.PackEarnings(validator))
	if err != nil {
		return nil, fmt.Errorf("earnings: %w", err)
	}
	return registryABI.UnpackEarnings(out)
}

// ClaimEarnings pays the signer's validation earnings to `to`.
func (c *Client) ClaimEarnings(ctx context.Context, to common.Address) error {
	_, err := c.Transact(ctx, c.Addresses.Registry, nil, registryABI.PackClaimEarnings(to))
	return wrap("claim earnings", err)
}

// WithdrawFee takes back the fee of a file no quorum minted in time.
func (c *Client) WithdrawFee(ctx context.Context, file *big.Int) error {
	if err := checkUints(file); err != nil {
		return err
	}
	_, err := c.Transact(ctx, c.Addresses.Registry, nil, registryABI.PackWithdrawFee(file))
	return wrap("withdraw fee", err)
}
