// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package lazai

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// DATMetaData contains all meta data concerning the DAT contract.
var DATMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"ExpiryInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotClassAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMinter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"QuotaExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"SameToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"TooManyAssets\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"TooManyExpiring\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"UnknownClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnknownToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AccruedClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForClass\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ClassAdminTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"ClassCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"ClassPolicyUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"MetadataUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MinterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"ProofAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RevenueSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldShareRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newShareRatio\",\"type\":\"uint256\"}],\"name\":\"ShareRatioUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"TransferSingle\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferToken\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metricType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"name\":\"UsageRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ValueTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_ASSETS_PER_CLASS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EXPIRING_PER_CLASS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"accRevenuePerShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"accruedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"addProof\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"approveForClass\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"balanceOfBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amountClaimed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claimAccrued\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"classAdminOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"classAssets\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"classOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"unitDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"createClass\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"expire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"expireAtOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"getClassMeta\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"unitDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForClass\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"isExpired\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMinter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"pendingRevenue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"proofCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metricType\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"recordUsage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMinter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"}],\"name\":\"setShareRatio\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"settleRevenueERC20\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"settleRevenueETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"settledTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"shareRatioOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"totalShareOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"transferClassAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferValue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"updateClassMetadata\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"updateClassPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"valueOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DAT",
	Bin: "0x6080604052348015600e575f5ffd5b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556131af806100405f395ff3fe608060405260043610610247575f3560e01c8063741e372311610134578063b4a28103116100b3578063cadf338f11610078578063cadf338f14610778578063cb931be114610797578063cfb2af4f146107b6578063d9548e53146107d5578063e0fc0eca146107f4578063e89dfa5914610813575f5ffd5b8063b4a28103146106dd578063bad42590146106fc578063bb0bc5141461071b578063bf81bf431461073a578063c40b037214610759575f5ffd5b806390f1e29d116100f957806390f1e29d1461064a57806394ddbeb9146106695780639513fc261461069f5780639f181b5e146106b4578063ab996317146106c9575f5ffd5b8063741e372314610574578063746348ac14610593578063766e346c146105b25780637b78eac0146106015780638ccd035014610637575f5ffd5b806338b40dc2116101cb5780634f2b75e2116101905780634f2b75e21461047d57806354e261791461049c57806356626b7f146104bb57806356dfbe6a146104f25780636267fb451461051e5780636352211e1461053d575f5ffd5b806338b40dc2146103e057806339b096b5146103ff5780634324aa211461041357806348904648146104325780634e1273f414610451575f5ffd5b80630e89341c116102115780630e89341c1461033657806314050fab146103625780632b17af21146103835780632cd1b113146103a257806336d98ca1146103c1575f5ffd5b8062277df01461024b578062fdd58e1461027f57806301ffc9a7146102ac5780630a4fda67146102dc5780630d1ab00a1461030b575b5f5ffd5b348015610256575f5ffd5b5061026a61026536600461289e565b610849565b60405190151581526020015b60405180910390f35b34801561028a575f5ffd5b5061029e6102993660046128cc565b61089d565b604051908152602001610276565b3480156102b7575f5ffd5b5061026a6102c63660046128f6565b6001600160e01b0319166301ffc9a760e01b1490565b3480156102e7575f5ffd5b506102fb6102f636600461291d565b6108ed565b6040516102769493929190612962565b348015610316575f5ffd5b5061029e61032536600461291d565b60106020525f908152604090205481565b348015610341575f5ffd5b5061035561035036600461291d565b610a41565b60405161027691906129a0565b34801561036d575f5ffd5b5061038161037c3660046129b2565b610af0565b005b34801561038e575f5ffd5b5061029e61039d3660046129f5565b610b71565b3480156103ad575f5ffd5b5061029e6103bc366004612a21565b610c41565b3480156103cc575f5ffd5b5061029e6103db36600461291d565b610d48565b3480156103eb575f5ffd5b506103816103fa366004612a99565b610d69565b34801561040a575f5ffd5b5061029e600881565b34801561041e575f5ffd5b5061029e61042d36600461291d565b610dd1565b34801561043d575f5ffd5b5061038161044c366004612ae7565b610de2565b34801561045c575f5ffd5b5061047061046b366004612b50565b610ebe565b6040516102769190612bba565b348015610488575f5ffd5b50610381610497366004612bfc565b610fca565b3480156104a7575f5ffd5b506103816104b6366004612ae7565b611024565b3480156104c6575f5ffd5b506104da6104d536600461291d565b611176565b6040516001600160401b039091168152602001610276565b3480156104fd575f5ffd5b5061051161050c36600461291d565b61119a565b6040516102769190612c43565b348015610529575f5ffd5b506103816105383660046129b2565b611202565b348015610548575f5ffd5b5061055c61055736600461291d565b611276565b6040516001600160a01b039091168152602001610276565b34801561057f575f5ffd5b5061029e61058e366004612c83565b611293565b34801561059e575f5ffd5b5061029e6105ad36600461291d565b6114c3565b3480156105bd575f5ffd5b5061026a6105cc366004612ce0565b6001600160a01b039283165f908152600560209081526040808320948352938152838220929094168152925290205460ff1690565b34801561060c575f5ffd5b5061029e61061b3660046129f5565b600d60209081525f928352604080842090915290825290205481565b61038161064536600461291d565b6114d7565b348015610655575f5ffd5b50610381610664366004612d14565b611503565b348015610674575f5ffd5b5061029e61068336600461289e565b600860209081525f928352604080842090915290825290205481565b3480156106aa575f5ffd5b5061029e61010081565b3480156106bf575f5ffd5b5061029e60015481565b3480156106d4575f5ffd5b5061029e5f5481565b3480156106e8575f5ffd5b506103816106f736600461289e565b61164f565b348015610707575f5ffd5b5061038161071636600461289e565b6116ce565b348015610726575f5ffd5b5061029e61073536600461289e565b6118e4565b348015610745575f5ffd5b5061038161075436600461291d565b6119ae565b348015610764575f5ffd5b50610381610773366004612d49565b6119e8565b348015610783575f5ffd5b5061029e61079236600461291d565b611aa9565b3480156107a2575f5ffd5b5061055c6107b136600461291d565b611abd565b3480156107c1575f5ffd5b506103816107d0366004612dc9565b611ad7565b3480156107e0575f5ffd5b5061026a6107ef36600461291d565b611bbf565b3480156107ff575f5ffd5b5061029e61080e366004612de9565b611bfc565b34801561081e575f5ffd5b5061029e61082d36600461289e565b600660209081525f928352604080842090915290825290205481565b5f5f61085484611d1d565b80549091506001600160a01b038481169116148061089357505f8481526004602090815260408083206001600160a01b038716845290915290205460ff165b9150505b92915050565b5f81158015906108af57506001548211155b80156108d657505f828152600360205260409020600201546001600160a01b038481169116145b6108e0575f6108e3565b60015b60ff169392505050565b60605f5f60605f6108fd86611d1d565b9050806001018160020154826003015f9054906101000a900460ff168360040183805461092990612e59565b80601f016020809104026020016040519081016040528092919081815260200182805461095590612e59565b80156109a05780601f10610977576101008083540402835291602001916109a0565b820191905f5260205f20905b81548152906001019060200180831161098357829003601f168201915b505050505093508080546109b390612e59565b80601f01602080910402602001604051908101604052809291908181526020018280546109df90612e59565b8015610a2a5780601f10610a0157610100808354040283529160200191610a2a565b820191905f5260205f20905b815481529060010190602001808311610a0d57829003601f168201915b505050505090509450945094509450509193509193565b606060025f610a4f84611d5a565b5f015481526020019081526020015f206001018054610a6d90612e59565b80601f0160208091040260200160405190810160405280929190818152602001828054610a9990612e59565b8015610ae45780601f10610abb57610100808354040283529160200191610ae4565b820191905f5260205f20905b815481529060010190602001808311610ac757829003601f168201915b50505050509050919050565b610af983611d1d565b50335f81815260056020908152604080832087845282528083206001600160a01b03871680855290835292819020805460ff191686151590811790915590519081529192869290917f5c3b9a34af8ecb94c7bef73773568e163cf361fa5d76fa5d52dab8f4498817cf910160405180910390a4505050565b5f610b7a611d95565b6001600160a01b038216610ba15760405163d92e233d60e01b815260040160405180910390fd5b50335f908152600d602090815260408083206001600160a01b038616845290915281208054919055610bd4838383611db0565b826001600160a01b0316826001600160a01b0316336001600160a01b03167f8e971c7f323400c79e40e2e62b978761ad180162f17eae6669106881b20f2cdf84604051610c2391815260200190565b60405180910390a461089760015f51602061315a5f395f51905f5255565b5f610c4a611d95565b5f610c5485611d5a565b60028101549091506001600160a01b03163314610c925760405163b9c0876160e01b8152600481018690523360248201526044015b60405180910390fd5b6001600160a01b038316610cb95760405163d92e233d60e01b815260040160405180910390fd5b610cc38582611e54565b50610ccf858286611ef3565b9150610cdc848484611db0565b836001600160a01b0316836001600160a01b0316867fce3bcb6e219596cf26007ffdfaae8953bc3f76e3f36c0a79b23e28020da3222e85604051610d2291815260200190565b60405180910390a450610d4160015f51602061315a5f395f51905f5255565b9392505050565b5f610d5282611d5a565b60020154600160a01b900463ffffffff1692915050565b5f610d7385611fe0565b905060018101610d84848683612ef0565b50818160020181905550847feab02659d82f207d7ba3d346964d09c280396a4798fae5bd584257ca14376475858585604051610dc293929190612fd1565b60405180910390a25050505050565b5f610ddb82611d5a565b5492915050565b5f610dec84611d5a565b9050610df88482612020565b815f03610e1857604051631f2a200560e01b815260040160405180910390fd5b610e228482612094565b8181600101541015610e5e5760018101546040516335fe4f2b60e11b815260048101869052602481019190915260448101839052606401610c89565b81816001015f828254610e719190613008565b909155505060408051848152602081018490523381830152905185917fbcb77240b51e5ddedd76eb0d4dc554941237485a5801d9083681e97b2fe3e531919081900360600190a250505050565b6060838214610f065760405162461bcd60e51b815260206004820152601460248201527308882a87440d8cadccee8d040dad2e6dac2e8c6d60631b6044820152606401610c89565b816001600160401b03811115610f1e57610f1e612e91565b604051908082528060200260200182016040528015610f47578160200160208202803683370190505b5090505f5b82811015610fc157610f9c868683818110610f6957610f6961301b565b9050602002016020810190610f7e919061302f565b858584818110610f9057610f9061301b565b9050602002013561089d565b828281518110610fae57610fae61301b565b6020908102919091010152600101610f4c565b50949350505050565b8181610fd585611fe0565b60040191610fe4919083612ef0565b50827f24f901353f9b15125ed7f539fcad3b7fc50110d676d3b4298d3d3808df39e65b838360405161101792919061304a565b60405180910390a2505050565b81830361104757604051632e9bf6d160e01b815260048101849052602401610c89565b5f61105184611d5a565b90505f61105d84611d5a565b805483549192501461108c57604051631202370560e31b81526004810186905260248101859052604401610c89565b6110968583612020565b825f036110b657604051631f2a200560e01b815260040160405180910390fd5b6110c08583612094565b6110ca8482612094565b82826001015410156111065760018201546040516335fe4f2b60e11b815260048101879052602481019190915260448101849052606401610c89565b82826001015f8282546111199190613008565b9250508190555082816001015f8282546111339190613065565b9091555050604051838152849086907f08fdc9b4581fc254e3e52b2c48704fb0d46ce55b2994a2ee7387f87229a1396d9060200160405180910390a35050505050565b5f61118082611d5a565b60020154600160c01b90046001600160401b031692915050565b5f81815260096020908152604091829020805483518184028101840190945280845260609392830182828015610ae457602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116111d95750505050509050919050565b61120b83611fe0565b505f8381526004602090815260408083206001600160a01b03861680855290835292819020805460ff1916851515908117909155905190815285917f69a41d69f639fd3b34af0fed8ac7a828d4d3be72246ddaa5e137a4c1d32cf121910160405180910390a3505050565b5f61128082611d5a565b600201546001600160a01b031692915050565b5f61129e8633610849565b6112c457604051633ae30e9760e11b815260048101879052336024820152604401610c89565b6001600160a01b0385166112eb5760405163d92e233d60e01b815260040160405180910390fd5b6001600160401b0382161580159061130c575042826001600160401b031611155b1561133557604051637143957960e11b81526001600160401b0383166004820152602401610c89565b5f63ffffffff8411611347578361134d565b63ffffffff5b905060015f815461135d90613078565b91829055505f818152600360205260409020888155600181018790556002810180546001600160401b038716600160c01b026001600160c01b0363ffffffff8716600160a01b81026001600160c01b03199094166001600160a01b038e161793909317161790915591935090156113d8576113d883826120bf565b604080516001600160a01b03891681526020810188905263ffffffff8416818301526001600160401b03861660608201529051899185917f04cd2cb07f7dd64bac6ce0436354822231650e9bf1a1e4d74932a3efa6a6e5529181900360800190a36040516001600160a01b038816905f9085907f883cf583b77e18ff7c8e1a0e71a7cb0a9820e3af728c467709769c1a0e035c20908390a460408051848152600160208201526001600160a01b038916915f9133917fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62910160405180910390a4505095945050505050565b5f6114cd82611d1d565b6005015492915050565b6114df611d95565b6114ea815f34612265565b61150060015f51602061315a5f395f51905f5255565b50565b61150b611d95565b6001600160a01b0382166115325760405163d92e233d60e01b815260040160405180910390fd5b6040516370a0823160e01b815230600482015282905f906001600160a01b038316906370a0823190602401602060405180830381865afa158015611578573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061159c9190613090565b90506115b36001600160a01b038316333086612502565b6040516370a0823160e01b8152306004820152611632908690869084906001600160a01b038716906370a0823190602401602060405180830381865afa1580156115ff573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116239190613090565b61162d9190613008565b612265565b505061164a60015f51602061315a5f395f51905f5255565b505050565b6001600160a01b0381166116765760405163d92e233d60e01b815260040160405180910390fd5b8061168083611fe0565b80546001600160a01b0319166001600160a01b0392831617905560405190821690339084907f523cb2e1f76f3e6b6b7cbfc9d0b45da2b0151a1de7c265e283d9397de206ea43905f90a45050565b5f6116d883611d5a565b60028101549091506001600160a01b031633811480159061172557506001600160a01b0381165f90815260056020908152604080832085548452825280832033845290915290205460ff16155b1561174c5760405163d6d271d960e01b815260048101859052336024820152604401610c89565b6001600160a01b0383166117735760405163d92e233d60e01b815260040160405180910390fd5b61177d8483611e54565b5081545f908152600960205260408120905b8154811015611841575f6117c987868585815481106117b0576117b061301b565b5f918252602090912001546001600160a01b0316611ef3565b90508015611838576001600160a01b0384165f908152600d6020526040812084548392908690869081106117ff576117ff61301b565b5f9182526020808320909101546001600160a01b0316835282019290925260400181208054909190611832908490613065565b90915550505b5060010161178f565b506002830180546001600160a01b0319166001600160a01b03868116918217909255604051909184169087907f883cf583b77e18ff7c8e1a0e71a7cb0a9820e3af728c467709769c1a0e035c20905f90a460408051868152600160208201526001600160a01b03808716929085169133917fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62910160405180910390a45050505050565b5f5f6118ef84611d5a565b5f858152600c602090815260408083206001600160a01b038816845290915290205460038201549192509060ff1661192a5791506108979050565b5f858152600b602090815260408083206001600160a01b0388168085529083528184205486548552600684528285209185529252909120546002840154670de0b6b3a76400009161198791600160a01b900463ffffffff166130a7565b61199191906130d2565b61199b9083613065565b6119a59190613008565b95945050505050565b5f6119b882611d5a565b90506119c48282611e54565b6119e457604051631f98655760e21b815260048101839052602401610c89565b5050565b5f6119f287611d5a565b60028101549091506001600160a01b03163314801590611a1b57508054611a199033610849565b155b15611a425760405163d6d271d960e01b815260048101889052336024820152604401610c89565b5f878152601060205260408120805491611a5b83613078565b9190505550867fc0e7adc38a1c7019b393a30383bfb487d98ae418e0e57e1ff87b39e9265e20568787878787604051611a989594939291906130e5565b60405180910390a250505050505050565b5f611ab382611d5a565b6001015492915050565b5f611ac782611d1d565b546001600160a01b031692915050565b5f611ae183611d5a565b90505f611af0825f0154611fe0565b9050611afc8483612094565b5f63ffffffff8411611b0e5783611b14565b63ffffffff5b60028401546003850154919250600160a01b900463ffffffff169060ff1615611b4257611b42868585612538565b60028401805463ffffffff60a01b1916600160a01b63ffffffff85169081029190911790915515611b7757611b7786856120bf565b6040805182815263ffffffff8416602082015287917f570a86a04fbfa4fb5e2c34c612f331bf7d002a7ef536acb006fef6e45a3c3568910160405180910390a2505050505050565b5f5f611bca83611d5a565b60020154600160c01b90046001600160401b031690508015801590610d4157506001600160401b031642101592915050565b5f5f5f8154611c0a90613078565b91829055505f81815260026020526040902080546001600160a01b0319163317815590915060018101611c3e888a83612ef0565b506002810186905560038101805460ff191660ff871617905560048101611c66848683612ef0565b50817fcbf4ceec2e5c8865b509fd65a97a450ff709dd1d0c9aeae52f474abe06dfb974898989604051611c9b93929190612fd1565b60405180910390a28215611ce457817f24f901353f9b15125ed7f539fcad3b7fc50110d676d3b4298d3d3808df39e65b8585604051611cdb92919061304a565b60405180910390a25b60405133905f9084907f523cb2e1f76f3e6b6b7cbfc9d0b45da2b0151a1de7c265e283d9397de206ea43908390a4509695505050505050565b5f81815260026020526040902080546001600160a01b0316611d55576040516303cd685b60e01b815260048101839052602401610c89565b919050565b5f81815260036020526040902060028101546001600160a01b0316611d55576040516303b673fd60e21b815260048101839052602401610c89565b611d9d612755565b60025f51602061315a5f395f51905f5255565b805f03611dbc57505050565b6001600160a01b038316611e40575f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611e13576040519150601f19603f3d011682016040523d82523d5f602084013e611e18565b606091505b5050905080611e3a576040516312171d8360e31b815260040160405180910390fd5b50505050565b61164a6001600160a01b0384168383612786565b60028101545f90600160c01b90046001600160401b03161580611e8a57506002820154600160c01b90046001600160401b031642105b15611e9657505f610897565b600382015460ff1615611eea5781545f908152600260205260409020611ebf9084908490612538565b60405183907ff80dbaea4785589e52984ca36a31de106adc77759539a5c7d92883bf49692fe9905f90a25b50600192915050565b5f838152600c602090815260408083206001600160a01b038516845290915281208054919055600383015460ff1615610d415782545f9081526006602090815260408083206001600160a01b03861684529091528120546002850154670de0b6b3a764000091611f6f91600160a01b900463ffffffff166130a7565b611f7991906130d2565b5f868152600b602090815260408083206001600160a01b0388168452909152902054909150611fa89082613008565b611fb29083613065565b5f868152600b602090815260408083206001600160a01b038816845290915290209190915590509392505050565b5f611fea82611d1d565b80549091506001600160a01b03163314611d555760405163026388fb60e61b815260048101839052336024820152604401610c89565b60028101546001600160a01b0316331480159061206d575060028101546001600160a01b03165f90815260056020908152604080832084548452825280832033845290915290205460ff16155b156119e45760405163d6d271d960e01b815260048101839052336024820152604401610c89565b61209e8282611e54565b156119e457604051634925313760e01b815260048101839052602401610c89565b80545f818152600960205260408120905b81548110156121a0575f8381526006602052604081208354670de0b6b3a764000092908590859081106121055761210561301b565b5f9182526020808320909101546001600160a01b031683528201929092526040019020546002860154612146919063ffffffff600160a01b909104166130a7565b61215091906130d2565b600b5f8781526020019081526020015f205f8484815481106121745761217461301b565b5f9182526020808320909101546001600160a01b031683528201929092526040019020556001016120d0565b506002838101545f848152602092909252604082206005018054600160a01b90920463ffffffff169290916121d6908490613065565b909155505060038301805460ff1916600117905560028301546001600160401b03600160c01b9091041615611e3a575f828152600e6020526040902080546101001161223857604051630519a05760e01b815260048101849052602401610c89565b80546001810182555f82815260208082209092018790559154868352600f90915260409091205550505050565b5f61226f84611d1d565b9050815f0361229157604051631f2a200560e01b815260040160405180910390fd5b5f848152600e6020526040902080545b80156122fe575f826122b4600184613008565b815481106122c4576122c461301b565b905f5260205f20015490506122e98160035f8481526020019081526020015f20611e54565b505080806122f69061311d565b9150506122a1565b5060058201545f8190036123285760405163ea741ea760e01b815260048101879052602401610c89565b5f868152600a602090815260408083206001600160a01b038916845290915290205460ff166123df575f8681526009602052604090205460081161238257604051630118a28760e21b815260048101879052602401610c89565b5f868152600a602090815260408083206001600160a01b038916808552908352818420805460ff191660019081179091558a8552600984529184208054928301815584529190922090910180546001600160a01b03191690911790555b5f8681526007602090815260408083206001600160a01b0389168452909152812054612413670de0b6b3a7640000876130a7565b61241d9190613065565b905061242982826130d2565b5f8881526006602090815260408083206001600160a01b038b1684529091528120805490919061245a908490613065565b9091555061246a90508282613132565b5f8881526007602090815260408083206001600160a01b038b16808552908352818420949094558a83526008825280832093835292905290812080548792906124b4908490613065565b90915550506040518581526001600160a01b0387169088907f8066141f58a3e577c2951d2908ae9e935232ae42f3f2a18c5dfc13b5d2aae98f9060200160405180910390a350505050505050565b6125108484848460016127bb565b611e3a57604051635274afe760e01b81526001600160a01b0385166004820152602401610c89565b81545f818152600960205260408120905b8154811015612648575f8282815481106125655761256561301b565b5f918252602080832090910154898352600b825260408084206001600160a01b0390921680855291835280842054888552600684528185208386529093529092205460028901549293509091670de0b6b3a7640000916125d29163ffffffff600160a01b909104166130a7565b6125dc91906130d2565b6125e69190613008565b5f888152600c602090815260408083206001600160a01b038616845290915281208054909190612617908490613065565b90915550505f878152600b602090815260408083206001600160a01b03909416835292905290812055600101612549565b508360020160149054906101000a900463ffffffff1663ffffffff16836005015f8282546126769190613008565b909155505060038401805460ff191690555f858152600f6020526040902054801561274d575f838152600e60205260408120805490919082906126bb90600190613008565b815481106126cb576126cb61301b565b905f5260205f200154905080826001856126e59190613008565b815481106126f5576126f561301b565b5f918252602080832090910192909255828152600f90915260409020839055815482908061272557612725613145565b5f828152602080822083015f19908101839055909201909255898252600f9052604081205550505b505050505050565b5f51602061315a5f395f51905f525460020361278457604051633ee5aeb560e01b815260040160405180910390fd5b565b6127938383836001612828565b61164a57604051635274afe760e01b81526001600160a01b0384166004820152602401610c89565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661281757838315161561280b573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661287e578383151615612872573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6001600160a01b0381168114611500575f5ffd5b5f5f604083850312156128af575f5ffd5b8235915060208301356128c18161288a565b809150509250929050565b5f5f604083850312156128dd575f5ffd5b82356128e88161288a565b946020939093013593505050565b5f60208284031215612906575f5ffd5b81356001600160e01b031981168114610d41575f5ffd5b5f6020828403121561292d575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b608081525f6129746080830187612934565b85602084015260ff8516604084015282810360608401526129958185612934565b979650505050505050565b602081525f610d416020830184612934565b5f5f5f606084860312156129c4575f5ffd5b8335925060208401356129d68161288a565b9150604084013580151581146129ea575f5ffd5b809150509250925092565b5f5f60408385031215612a06575f5ffd5b8235612a118161288a565b915060208301356128c18161288a565b5f5f5f60608486031215612a33575f5ffd5b833592506020840135612a458161288a565b915060408401356129ea8161288a565b5f5f83601f840112612a65575f5ffd5b5081356001600160401b03811115612a7b575f5ffd5b602083019150836020828501011115612a92575f5ffd5b9250929050565b5f5f5f5f60608587031215612aac575f5ffd5b8435935060208501356001600160401b03811115612ac8575f5ffd5b612ad487828801612a55565b9598909750949560400135949350505050565b5f5f5f60608486031215612af9575f5ffd5b505081359360208301359350604090920135919050565b5f5f83601f840112612b20575f5ffd5b5081356001600160401b03811115612b36575f5ffd5b6020830191508360208260051b8501011115612a92575f5ffd5b5f5f5f5f60408587031215612b63575f5ffd5b84356001600160401b03811115612b78575f5ffd5b612b8487828801612b10565b90955093505060208501356001600160401b03811115612ba2575f5ffd5b612bae87828801612b10565b95989497509550505050565b602080825282518282018190525f918401906040840190835b81811015612bf1578351835260209384019390920191600101612bd3565b509095945050505050565b5f5f5f60408486031215612c0e575f5ffd5b8335925060208401356001600160401b03811115612c2a575f5ffd5b612c3686828701612a55565b9497909650939450505050565b602080825282518282018190525f918401906040840190835b81811015612bf15783516001600160a01b0316835260209384019390920191600101612c5c565b5f5f5f5f5f60a08688031215612c97575f5ffd5b853594506020860135612ca98161288a565b9350604086013592506060860135915060808601356001600160401b0381168114612cd2575f5ffd5b809150509295509295909350565b5f5f5f60608486031215612cf2575f5ffd5b8335612cfd8161288a565b92506020840135915060408401356129ea8161288a565b5f5f5f60608486031215612d26575f5ffd5b833592506020840135612d388161288a565b929592945050506040919091013590565b5f5f5f5f5f5f60808789031215612d5e575f5ffd5b863595506020870135945060408701356001600160401b03811115612d81575f5ffd5b612d8d89828a01612a55565b90955093505060608701356001600160401b03811115612dab575f5ffd5b612db789828a01612a55565b979a9699509497509295939492505050565b5f5f60408385031215612dda575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f60808789031215612dfe575f5ffd5b86356001600160401b03811115612e13575f5ffd5b612e1f89828a01612a55565b90975095505060208701359350604087013560ff81168114612e3f575f5ffd5b925060608701356001600160401b03811115612dab575f5ffd5b600181811c90821680612e6d57607f821691505b602082108103612e8b57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b601f82111561164a57805f5260205f20601f840160051c81016020851015612eca5750805b601f840160051c820191505b81811015612ee9575f8155600101612ed6565b5050505050565b6001600160401b03831115612f0757612f07612e91565b612f1b83612f158354612e59565b83612ea5565b5f601f841160018114612f4c575f8515612f355750838201355b5f19600387901b1c1916600186901b178355612ee9565b5f83815260208120601f198716915b82811015612f7b5786850135825560209485019460019092019101612f5b565b5086821015612f97575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f612fe4604083018587612fa9565b9050826020830152949350505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561089757610897612ff4565b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561303f575f5ffd5b8135610d418161288a565b602081525f61305d602083018486612fa9565b949350505050565b8082018082111561089757610897612ff4565b5f6001820161308957613089612ff4565b5060010190565b5f602082840312156130a0575f5ffd5b5051919050565b808202811582820484141761089757610897612ff4565b634e487b7160e01b5f52601260045260245ffd5b5f826130e0576130e06130be565b500490565b858152606060208201525f6130fe606083018688612fa9565b8281036040840152613111818587612fa9565b98975050505050505050565b5f8161312b5761312b612ff4565b505f190190565b5f82613140576131406130be565b500690565b634e487b7160e01b5f52603160045260245ffdfe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220f03f6bb519f9789f1e60623439890579feff35af39dd5b61a56c7318306c368264736f6c634300081e0033",
}

// DAT is an auto generated Go binding around an Ethereum contract.
type DAT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DAT) GetABI() abi.ABI {
	return c.abi
}

// NewDAT creates a new instance of DAT.
func NewDAT() *DAT {
	parsed, err := DATMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DAT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DAT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXASSETSPERCLASS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39b096b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ASSETS_PER_CLASS() view returns(uint256)
func (dAT *DAT) PackMAXASSETSPERCLASS() []byte {
	enc, err := dAT.abi.Pack("MAX_ASSETS_PER_CLASS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXASSETSPERCLASS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39b096b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ASSETS_PER_CLASS() view returns(uint256)
func (dAT *DAT) TryPackMAXASSETSPERCLASS() ([]byte, error) {
	return dAT.abi.Pack("MAX_ASSETS_PER_CLASS")
}

// UnpackMAXASSETSPERCLASS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39b096b5.
//
// Solidity: function MAX_ASSETS_PER_CLASS() view returns(uint256)
func (dAT *DAT) UnpackMAXASSETSPERCLASS(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("MAX_ASSETS_PER_CLASS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXEXPIRINGPERCLASS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9513fc26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_EXPIRING_PER_CLASS() view returns(uint256)
func (dAT *DAT) PackMAXEXPIRINGPERCLASS() []byte {
	enc, err := dAT.abi.Pack("MAX_EXPIRING_PER_CLASS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXEXPIRINGPERCLASS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9513fc26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_EXPIRING_PER_CLASS() view returns(uint256)
func (dAT *DAT) TryPackMAXEXPIRINGPERCLASS() ([]byte, error) {
	return dAT.abi.Pack("MAX_EXPIRING_PER_CLASS")
}

// UnpackMAXEXPIRINGPERCLASS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9513fc26.
//
// Solidity: function MAX_EXPIRING_PER_CLASS() view returns(uint256)
func (dAT *DAT) UnpackMAXEXPIRINGPERCLASS(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("MAX_EXPIRING_PER_CLASS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccRevenuePerShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe89dfa59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accRevenuePerShare(uint256 classId, address asset) view returns(uint256)
func (dAT *DAT) PackAccRevenuePerShare(classId *big.Int, asset common.Address) []byte {
	enc, err := dAT.abi.Pack("accRevenuePerShare", classId, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccRevenuePerShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe89dfa59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accRevenuePerShare(uint256 classId, address asset) view returns(uint256)
func (dAT *DAT) TryPackAccRevenuePerShare(classId *big.Int, asset common.Address) ([]byte, error) {
	return dAT.abi.Pack("accRevenuePerShare", classId, asset)
}

// UnpackAccRevenuePerShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe89dfa59.
//
// Solidity: function accRevenuePerShare(uint256 classId, address asset) view returns(uint256)
func (dAT *DAT) UnpackAccRevenuePerShare(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("accRevenuePerShare", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccruedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b78eac0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accruedOf(address account, address asset) view returns(uint256)
func (dAT *DAT) PackAccruedOf(account common.Address, asset common.Address) []byte {
	enc, err := dAT.abi.Pack("accruedOf", account, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccruedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b78eac0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accruedOf(address account, address asset) view returns(uint256)
func (dAT *DAT) TryPackAccruedOf(account common.Address, asset common.Address) ([]byte, error) {
	return dAT.abi.Pack("accruedOf", account, asset)
}

// UnpackAccruedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b78eac0.
//
// Solidity: function accruedOf(address account, address asset) view returns(uint256)
func (dAT *DAT) UnpackAccruedOf(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("accruedOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc40b0372.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addProof(uint256 tokenId, bytes32 proofType, string uri, bytes signature) returns()
func (dAT *DAT) PackAddProof(tokenId *big.Int, proofType [32]byte, uri string, signature []byte) []byte {
	enc, err := dAT.abi.Pack("addProof", tokenId, proofType, uri, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc40b0372.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addProof(uint256 tokenId, bytes32 proofType, string uri, bytes signature) returns()
func (dAT *DAT) TryPackAddProof(tokenId *big.Int, proofType [32]byte, uri string, signature []byte) ([]byte, error) {
	return dAT.abi.Pack("addProof", tokenId, proofType, uri, signature)
}

// PackApproveForClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14050fab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveForClass(uint256 classId, address operator, bool approved) returns()
func (dAT *DAT) PackApproveForClass(classId *big.Int, operator common.Address, approved bool) []byte {
	enc, err := dAT.abi.Pack("approveForClass", classId, operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveForClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14050fab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveForClass(uint256 classId, address operator, bool approved) returns()
func (dAT *DAT) TryPackApproveForClass(classId *big.Int, operator common.Address, approved bool) ([]byte, error) {
	return dAT.abi.Pack("approveForClass", classId, operator, approved)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (dAT *DAT) PackBalanceOf(account common.Address, id *big.Int) []byte {
	enc, err := dAT.abi.Pack("balanceOf", account, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00fdd58e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (dAT *DAT) TryPackBalanceOf(account common.Address, id *big.Int) ([]byte, error) {
	return dAT.abi.Pack("balanceOf", account, id)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00fdd58e.
//
// Solidity: function balanceOf(address account, uint256 id) view returns(uint256)
func (dAT *DAT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[] out)
func (dAT *DAT) PackBalanceOfBatch(accounts []common.Address, ids []*big.Int) []byte {
	enc, err := dAT.abi.Pack("balanceOfBatch", accounts, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOfBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e1273f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[] out)
func (dAT *DAT) TryPackBalanceOfBatch(accounts []common.Address, ids []*big.Int) ([]byte, error) {
	return dAT.abi.Pack("balanceOfBatch", accounts, ids)
}

// UnpackBalanceOfBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e1273f4.
//
// Solidity: function balanceOfBatch(address[] accounts, uint256[] ids) view returns(uint256[] out)
func (dAT *DAT) UnpackBalanceOfBatch(data []byte) ([]*big.Int, error) {
	out, err := dAT.abi.Unpack("balanceOfBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2cd1b113.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 tokenId, address asset, address to) returns(uint256 amountClaimed)
func (dAT *DAT) PackClaim(tokenId *big.Int, asset common.Address, to common.Address) []byte {
	enc, err := dAT.abi.Pack("claim", tokenId, asset, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2cd1b113.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 tokenId, address asset, address to) returns(uint256 amountClaimed)
func (dAT *DAT) TryPackClaim(tokenId *big.Int, asset common.Address, to common.Address) ([]byte, error) {
	return dAT.abi.Pack("claim", tokenId, asset, to)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2cd1b113.
//
// Solidity: function claim(uint256 tokenId, address asset, address to) returns(uint256 amountClaimed)
func (dAT *DAT) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("claim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimAccrued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b17af21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimAccrued(address asset, address to) returns(uint256 amount)
func (dAT *DAT) PackClaimAccrued(asset common.Address, to common.Address) []byte {
	enc, err := dAT.abi.Pack("claimAccrued", asset, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimAccrued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b17af21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimAccrued(address asset, address to) returns(uint256 amount)
func (dAT *DAT) TryPackClaimAccrued(asset common.Address, to common.Address) ([]byte, error) {
	return dAT.abi.Pack("claimAccrued", asset, to)
}

// UnpackClaimAccrued is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b17af21.
//
// Solidity: function claimAccrued(address asset, address to) returns(uint256 amount)
func (dAT *DAT) UnpackClaimAccrued(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("claimAccrued", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClassAdminOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb931be1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classAdminOf(uint256 classId) view returns(address)
func (dAT *DAT) PackClassAdminOf(classId *big.Int) []byte {
	enc, err := dAT.abi.Pack("classAdminOf", classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassAdminOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb931be1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classAdminOf(uint256 classId) view returns(address)
func (dAT *DAT) TryPackClassAdminOf(classId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("classAdminOf", classId)
}

// UnpackClassAdminOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb931be1.
//
// Solidity: function classAdminOf(uint256 classId) view returns(address)
func (dAT *DAT) UnpackClassAdminOf(data []byte) (common.Address, error) {
	out, err := dAT.abi.Unpack("classAdminOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClassAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56dfbe6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classAssets(uint256 classId) view returns(address[])
func (dAT *DAT) PackClassAssets(classId *big.Int) []byte {
	enc, err := dAT.abi.Pack("classAssets", classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56dfbe6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classAssets(uint256 classId) view returns(address[])
func (dAT *DAT) TryPackClassAssets(classId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("classAssets", classId)
}

// UnpackClassAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56dfbe6a.
//
// Solidity: function classAssets(uint256 classId) view returns(address[])
func (dAT *DAT) UnpackClassAssets(data []byte) ([]common.Address, error) {
	out, err := dAT.abi.Unpack("classAssets", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackClassCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab996317.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classCount() view returns(uint256)
func (dAT *DAT) PackClassCount() []byte {
	enc, err := dAT.abi.Pack("classCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab996317.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classCount() view returns(uint256)
func (dAT *DAT) TryPackClassCount() ([]byte, error) {
	return dAT.abi.Pack("classCount")
}

// UnpackClassCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab996317.
//
// Solidity: function classCount() view returns(uint256)
func (dAT *DAT) UnpackClassCount(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("classCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClassOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4324aa21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classOf(uint256 tokenId) view returns(uint256)
func (dAT *DAT) PackClassOf(tokenId *big.Int) []byte {
	enc, err := dAT.abi.Pack("classOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4324aa21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classOf(uint256 tokenId) view returns(uint256)
func (dAT *DAT) TryPackClassOf(tokenId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("classOf", tokenId)
}

// UnpackClassOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4324aa21.
//
// Solidity: function classOf(uint256 tokenId) view returns(uint256)
func (dAT *DAT) UnpackClassOf(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("classOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0fc0eca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createClass(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI) returns(uint256 classId)
func (dAT *DAT) PackCreateClass(metadataURI string, integrityHash [32]byte, unitDecimals uint8, policyURI string) []byte {
	enc, err := dAT.abi.Pack("createClass", metadataURI, integrityHash, unitDecimals, policyURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0fc0eca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createClass(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI) returns(uint256 classId)
func (dAT *DAT) TryPackCreateClass(metadataURI string, integrityHash [32]byte, unitDecimals uint8, policyURI string) ([]byte, error) {
	return dAT.abi.Pack("createClass", metadataURI, integrityHash, unitDecimals, policyURI)
}

// UnpackCreateClass is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0fc0eca.
//
// Solidity: function createClass(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI) returns(uint256 classId)
func (dAT *DAT) UnpackCreateClass(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("createClass", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf81bf43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expire(uint256 tokenId) returns()
func (dAT *DAT) PackExpire(tokenId *big.Int) []byte {
	enc, err := dAT.abi.Pack("expire", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf81bf43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expire(uint256 tokenId) returns()
func (dAT *DAT) TryPackExpire(tokenId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("expire", tokenId)
}

// PackExpireAtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56626b7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expireAtOf(uint256 tokenId) view returns(uint64)
func (dAT *DAT) PackExpireAtOf(tokenId *big.Int) []byte {
	enc, err := dAT.abi.Pack("expireAtOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpireAtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56626b7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expireAtOf(uint256 tokenId) view returns(uint64)
func (dAT *DAT) TryPackExpireAtOf(tokenId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("expireAtOf", tokenId)
}

// UnpackExpireAtOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56626b7f.
//
// Solidity: function expireAtOf(uint256 tokenId) view returns(uint64)
func (dAT *DAT) UnpackExpireAtOf(data []byte) (uint64, error) {
	out, err := dAT.abi.Unpack("expireAtOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetClassMeta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a4fda67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getClassMeta(uint256 classId) view returns(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI)
func (dAT *DAT) PackGetClassMeta(classId *big.Int) []byte {
	enc, err := dAT.abi.Pack("getClassMeta", classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetClassMeta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a4fda67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getClassMeta(uint256 classId) view returns(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI)
func (dAT *DAT) TryPackGetClassMeta(classId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("getClassMeta", classId)
}

// GetClassMetaOutput serves as a container for the return parameters of contract
// method GetClassMeta.
type GetClassMetaOutput struct {
	MetadataURI   string
	IntegrityHash [32]byte
	UnitDecimals  uint8
	PolicyURI     string
}

// UnpackGetClassMeta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a4fda67.
//
// Solidity: function getClassMeta(uint256 classId) view returns(string metadataURI, bytes32 integrityHash, uint8 unitDecimals, string policyURI)
func (dAT *DAT) UnpackGetClassMeta(data []byte) (GetClassMetaOutput, error) {
	out, err := dAT.abi.Unpack("getClassMeta", data)
	outstruct := new(GetClassMetaOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MetadataURI = *abi.ConvertType(out[0], new(string)).(*string)
	outstruct.IntegrityHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.UnitDecimals = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.PolicyURI = *abi.ConvertType(out[3], new(string)).(*string)
	return *outstruct, nil
}

// PackIsApprovedForClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766e346c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForClass(address owner, uint256 classId, address operator) view returns(bool)
func (dAT *DAT) PackIsApprovedForClass(owner common.Address, classId *big.Int, operator common.Address) []byte {
	enc, err := dAT.abi.Pack("isApprovedForClass", owner, classId, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766e346c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForClass(address owner, uint256 classId, address operator) view returns(bool)
func (dAT *DAT) TryPackIsApprovedForClass(owner common.Address, classId *big.Int, operator common.Address) ([]byte, error) {
	return dAT.abi.Pack("isApprovedForClass", owner, classId, operator)
}

// UnpackIsApprovedForClass is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x766e346c.
//
// Solidity: function isApprovedForClass(address owner, uint256 classId, address operator) view returns(bool)
func (dAT *DAT) UnpackIsApprovedForClass(data []byte) (bool, error) {
	out, err := dAT.abi.Unpack("isApprovedForClass", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9548e53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isExpired(uint256 tokenId) view returns(bool)
func (dAT *DAT) PackIsExpired(tokenId *big.Int) []byte {
	enc, err := dAT.abi.Pack("isExpired", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9548e53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isExpired(uint256 tokenId) view returns(bool)
func (dAT *DAT) TryPackIsExpired(tokenId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("isExpired", tokenId)
}

// UnpackIsExpired is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9548e53.
//
// Solidity: function isExpired(uint256 tokenId) view returns(bool)
func (dAT *DAT) UnpackIsExpired(data []byte) (bool, error) {
	out, err := dAT.abi.Unpack("isExpired", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00277df0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMinter(uint256 classId, address account) view returns(bool)
func (dAT *DAT) PackIsMinter(classId *big.Int, account common.Address) []byte {
	enc, err := dAT.abi.Pack("isMinter", classId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00277df0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMinter(uint256 classId, address account) view returns(bool)
func (dAT *DAT) TryPackIsMinter(classId *big.Int, account common.Address) ([]byte, error) {
	return dAT.abi.Pack("isMinter", classId, account)
}

// UnpackIsMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00277df0.
//
// Solidity: function isMinter(uint256 classId, address account) view returns(bool)
func (dAT *DAT) UnpackIsMinter(data []byte) (bool, error) {
	out, err := dAT.abi.Unpack("isMinter", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x741e3723.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt) returns(uint256 tokenId)
func (dAT *DAT) PackMint(classId *big.Int, to common.Address, value *big.Int, shareRatio *big.Int, expireAt uint64) []byte {
	enc, err := dAT.abi.Pack("mint", classId, to, value, shareRatio, expireAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x741e3723.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt) returns(uint256 tokenId)
func (dAT *DAT) TryPackMint(classId *big.Int, to common.Address, value *big.Int, shareRatio *big.Int, expireAt uint64) ([]byte, error) {
	return dAT.abi.Pack("mint", classId, to, value, shareRatio, expireAt)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x741e3723.
//
// Solidity: function mint(uint256 classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt) returns(uint256 tokenId)
func (dAT *DAT) UnpackMint(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (dAT *DAT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := dAT.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (dAT *DAT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (dAT *DAT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := dAT.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb0bc514.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingRevenue(uint256 tokenId, address asset) view returns(uint256)
func (dAT *DAT) PackPendingRevenue(tokenId *big.Int, asset common.Address) []byte {
	enc, err := dAT.abi.Pack("pendingRevenue", tokenId, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingRevenue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb0bc514.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingRevenue(uint256 tokenId, address asset) view returns(uint256)
func (dAT *DAT) TryPackPendingRevenue(tokenId *big.Int, asset common.Address) ([]byte, error) {
	return dAT.abi.Pack("pendingRevenue", tokenId, asset)
}

// UnpackPendingRevenue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb0bc514.
//
// Solidity: function pendingRevenue(uint256 tokenId, address asset) view returns(uint256)
func (dAT *DAT) UnpackPendingRevenue(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("pendingRevenue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProofCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d1ab00a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proofCount(uint256 tokenId) view returns(uint256)
func (dAT *DAT) PackProofCount(tokenId *big.Int) []byte {
	enc, err := dAT.abi.Pack("proofCount", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProofCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d1ab00a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proofCount(uint256 tokenId) view returns(uint256)
func (dAT *DAT) TryPackProofCount(tokenId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("proofCount", tokenId)
}

// UnpackProofCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d1ab00a.
//
// Solidity: function proofCount(uint256 tokenId) view returns(uint256)
func (dAT *DAT) UnpackProofCount(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("proofCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRecordUsage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48904648.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordUsage(uint256 tokenId, bytes32 metricType, uint256 amount) returns()
func (dAT *DAT) PackRecordUsage(tokenId *big.Int, metricType [32]byte, amount *big.Int) []byte {
	enc, err := dAT.abi.Pack("recordUsage", tokenId, metricType, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordUsage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48904648.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordUsage(uint256 tokenId, bytes32 metricType, uint256 amount) returns()
func (dAT *DAT) TryPackRecordUsage(tokenId *big.Int, metricType [32]byte, amount *big.Int) ([]byte, error) {
	return dAT.abi.Pack("recordUsage", tokenId, metricType, amount)
}

// PackSetMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6267fb45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinter(uint256 classId, address minter, bool allowed) returns()
func (dAT *DAT) PackSetMinter(classId *big.Int, minter common.Address, allowed bool) []byte {
	enc, err := dAT.abi.Pack("setMinter", classId, minter, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6267fb45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinter(uint256 classId, address minter, bool allowed) returns()
func (dAT *DAT) TryPackSetMinter(classId *big.Int, minter common.Address, allowed bool) ([]byte, error) {
	return dAT.abi.Pack("setMinter", classId, minter, allowed)
}

// PackSetShareRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfb2af4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setShareRatio(uint256 tokenId, uint256 shareRatio) returns()
func (dAT *DAT) PackSetShareRatio(tokenId *big.Int, shareRatio *big.Int) []byte {
	enc, err := dAT.abi.Pack("setShareRatio", tokenId, shareRatio)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetShareRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfb2af4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setShareRatio(uint256 tokenId, uint256 shareRatio) returns()
func (dAT *DAT) TryPackSetShareRatio(tokenId *big.Int, shareRatio *big.Int) ([]byte, error) {
	return dAT.abi.Pack("setShareRatio", tokenId, shareRatio)
}

// PackSettleRevenueERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90f1e29d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleRevenueERC20(uint256 classId, address asset, uint256 amount) returns()
func (dAT *DAT) PackSettleRevenueERC20(classId *big.Int, asset common.Address, amount *big.Int) []byte {
	enc, err := dAT.abi.Pack("settleRevenueERC20", classId, asset, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleRevenueERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90f1e29d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleRevenueERC20(uint256 classId, address asset, uint256 amount) returns()
func (dAT *DAT) TryPackSettleRevenueERC20(classId *big.Int, asset common.Address, amount *big.Int) ([]byte, error) {
	return dAT.abi.Pack("settleRevenueERC20", classId, asset, amount)
}

// PackSettleRevenueETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ccd0350.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleRevenueETH(uint256 classId) payable returns()
func (dAT *DAT) PackSettleRevenueETH(classId *big.Int) []byte {
	enc, err := dAT.abi.Pack("settleRevenueETH", classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleRevenueETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ccd0350.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleRevenueETH(uint256 classId) payable returns()
func (dAT *DAT) TryPackSettleRevenueETH(classId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("settleRevenueETH", classId)
}

// PackSettledTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94ddbeb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settledTotal(uint256 classId, address asset) view returns(uint256)
func (dAT *DAT) PackSettledTotal(classId *big.Int, asset common.Address) []byte {
	enc, err := dAT.abi.Pack("settledTotal", classId, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettledTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94ddbeb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settledTotal(uint256 classId, address asset) view returns(uint256)
func (dAT *DAT) TryPackSettledTotal(classId *big.Int, asset common.Address) ([]byte, error) {
	return dAT.abi.Pack("settledTotal", classId, asset)
}

// UnpackSettledTotal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94ddbeb9.
//
// Solidity: function settledTotal(uint256 classId, address asset) view returns(uint256)
func (dAT *DAT) UnpackSettledTotal(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("settledTotal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackShareRatioOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36d98ca1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function shareRatioOf(uint256 tokenId) view returns(uint256)
func (dAT *DAT) PackShareRatioOf(tokenId *big.Int) []byte {
	enc, err := dAT.abi.Pack("shareRatioOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShareRatioOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36d98ca1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function shareRatioOf(uint256 tokenId) view returns(uint256)
func (dAT *DAT) TryPackShareRatioOf(tokenId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("shareRatioOf", tokenId)
}

// UnpackShareRatioOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36d98ca1.
//
// Solidity: function shareRatioOf(uint256 tokenId) view returns(uint256)
func (dAT *DAT) UnpackShareRatioOf(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("shareRatioOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (dAT *DAT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := dAT.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (dAT *DAT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return dAT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (dAT *DAT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := dAT.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f181b5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenCount() view returns(uint256)
func (dAT *DAT) PackTokenCount() []byte {
	enc, err := dAT.abi.Pack("tokenCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f181b5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenCount() view returns(uint256)
func (dAT *DAT) TryPackTokenCount() ([]byte, error) {
	return dAT.abi.Pack("tokenCount")
}

// UnpackTokenCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f181b5e.
//
// Solidity: function tokenCount() view returns(uint256)
func (dAT *DAT) UnpackTokenCount(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("tokenCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalShareOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x746348ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalShareOf(uint256 classId) view returns(uint256)
func (dAT *DAT) PackTotalShareOf(classId *big.Int) []byte {
	enc, err := dAT.abi.Pack("totalShareOf", classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalShareOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x746348ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalShareOf(uint256 classId) view returns(uint256)
func (dAT *DAT) TryPackTotalShareOf(classId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("totalShareOf", classId)
}

// UnpackTotalShareOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x746348ac.
//
// Solidity: function totalShareOf(uint256 classId) view returns(uint256)
func (dAT *DAT) UnpackTotalShareOf(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("totalShareOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferClassAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4a28103.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferClassAdmin(uint256 classId, address newAdmin) returns()
func (dAT *DAT) PackTransferClassAdmin(classId *big.Int, newAdmin common.Address) []byte {
	enc, err := dAT.abi.Pack("transferClassAdmin", classId, newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferClassAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4a28103.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferClassAdmin(uint256 classId, address newAdmin) returns()
func (dAT *DAT) TryPackTransferClassAdmin(classId *big.Int, newAdmin common.Address) ([]byte, error) {
	return dAT.abi.Pack("transferClassAdmin", classId, newAdmin)
}

// PackTransferToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad42590.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferToken(uint256 tokenId, address to) returns()
func (dAT *DAT) PackTransferToken(tokenId *big.Int, to common.Address) []byte {
	enc, err := dAT.abi.Pack("transferToken", tokenId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbad42590.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferToken(uint256 tokenId, address to) returns()
func (dAT *DAT) TryPackTransferToken(tokenId *big.Int, to common.Address) ([]byte, error) {
	return dAT.abi.Pack("transferToken", tokenId, to)
}

// PackTransferValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54e26179.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferValue(uint256 fromTokenId, uint256 toTokenId, uint256 value) returns()
func (dAT *DAT) PackTransferValue(fromTokenId *big.Int, toTokenId *big.Int, value *big.Int) []byte {
	enc, err := dAT.abi.Pack("transferValue", fromTokenId, toTokenId, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54e26179.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferValue(uint256 fromTokenId, uint256 toTokenId, uint256 value) returns()
func (dAT *DAT) TryPackTransferValue(fromTokenId *big.Int, toTokenId *big.Int, value *big.Int) ([]byte, error) {
	return dAT.abi.Pack("transferValue", fromTokenId, toTokenId, value)
}

// PackUpdateClassMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38b40dc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateClassMetadata(uint256 classId, string metadataURI, bytes32 integrityHash) returns()
func (dAT *DAT) PackUpdateClassMetadata(classId *big.Int, metadataURI string, integrityHash [32]byte) []byte {
	enc, err := dAT.abi.Pack("updateClassMetadata", classId, metadataURI, integrityHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateClassMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38b40dc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateClassMetadata(uint256 classId, string metadataURI, bytes32 integrityHash) returns()
func (dAT *DAT) TryPackUpdateClassMetadata(classId *big.Int, metadataURI string, integrityHash [32]byte) ([]byte, error) {
	return dAT.abi.Pack("updateClassMetadata", classId, metadataURI, integrityHash)
}

// PackUpdateClassPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f2b75e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateClassPolicy(uint256 classId, string policyURI) returns()
func (dAT *DAT) PackUpdateClassPolicy(classId *big.Int, policyURI string) []byte {
	enc, err := dAT.abi.Pack("updateClassPolicy", classId, policyURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateClassPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f2b75e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateClassPolicy(uint256 classId, string policyURI) returns()
func (dAT *DAT) TryPackUpdateClassPolicy(classId *big.Int, policyURI string) ([]byte, error) {
	return dAT.abi.Pack("updateClassPolicy", classId, policyURI)
}

// PackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uri(uint256 id) view returns(string)
func (dAT *DAT) PackUri(id *big.Int) []byte {
	enc, err := dAT.abi.Pack("uri", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUri is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e89341c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uri(uint256 id) view returns(string)
func (dAT *DAT) TryPackUri(id *big.Int) ([]byte, error) {
	return dAT.abi.Pack("uri", id)
}

// UnpackUri is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e89341c.
//
// Solidity: function uri(uint256 id) view returns(string)
func (dAT *DAT) UnpackUri(data []byte) (string, error) {
	out, err := dAT.abi.Unpack("uri", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackValueOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcadf338f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valueOf(uint256 tokenId) view returns(uint256)
func (dAT *DAT) PackValueOf(tokenId *big.Int) []byte {
	enc, err := dAT.abi.Pack("valueOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValueOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcadf338f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valueOf(uint256 tokenId) view returns(uint256)
func (dAT *DAT) TryPackValueOf(tokenId *big.Int) ([]byte, error) {
	return dAT.abi.Pack("valueOf", tokenId)
}

// UnpackValueOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcadf338f.
//
// Solidity: function valueOf(uint256 tokenId) view returns(uint256)
func (dAT *DAT) UnpackValueOf(data []byte) (*big.Int, error) {
	out, err := dAT.abi.Unpack("valueOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// DATAccruedClaimed represents a AccruedClaimed event raised by the DAT contract.
type DATAccruedClaimed struct {
	Account common.Address
	To      common.Address
	Asset   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DATAccruedClaimedEventName = "AccruedClaimed"

// ContractEventName returns the user-defined event name.
func (DATAccruedClaimed) ContractEventName() string {
	return DATAccruedClaimedEventName
}

// UnpackAccruedClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccruedClaimed(address indexed account, address indexed to, address indexed asset, uint256 amount)
func (dAT *DAT) UnpackAccruedClaimedEvent(log *types.Log) (*DATAccruedClaimed, error) {
	event := "AccruedClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATAccruedClaimed)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATApprovalForClass represents a ApprovalForClass event raised by the DAT contract.
type DATApprovalForClass struct {
	Owner    common.Address
	ClassId  *big.Int
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const DATApprovalForClassEventName = "ApprovalForClass"

// ContractEventName returns the user-defined event name.
func (DATApprovalForClass) ContractEventName() string {
	return DATApprovalForClassEventName
}

// UnpackApprovalForClassEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForClass(address indexed owner, uint256 indexed classId, address indexed operator, bool approved)
func (dAT *DAT) UnpackApprovalForClassEvent(log *types.Log) (*DATApprovalForClass, error) {
	event := "ApprovalForClass"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATApprovalForClass)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATClaimed represents a Claimed event raised by the DAT contract.
type DATClaimed struct {
	TokenId *big.Int
	To      common.Address
	Asset   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DATClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (DATClaimed) ContractEventName() string {
	return DATClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint256 indexed tokenId, address indexed to, address indexed asset, uint256 amount)
func (dAT *DAT) UnpackClaimedEvent(log *types.Log) (*DATClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATClaimed)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATClassAdminTransferred represents a ClassAdminTransferred event raised by the DAT contract.
type DATClassAdminTransferred struct {
	ClassId *big.Int
	From    common.Address
	To      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DATClassAdminTransferredEventName = "ClassAdminTransferred"

// ContractEventName returns the user-defined event name.
func (DATClassAdminTransferred) ContractEventName() string {
	return DATClassAdminTransferredEventName
}

// UnpackClassAdminTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassAdminTransferred(uint256 indexed classId, address indexed from, address indexed to)
func (dAT *DAT) UnpackClassAdminTransferredEvent(log *types.Log) (*DATClassAdminTransferred, error) {
	event := "ClassAdminTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATClassAdminTransferred)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATClassCreated represents a ClassCreated event raised by the DAT contract.
type DATClassCreated struct {
	ClassId       *big.Int
	MetadataURI   string
	IntegrityHash [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const DATClassCreatedEventName = "ClassCreated"

// ContractEventName returns the user-defined event name.
func (DATClassCreated) ContractEventName() string {
	return DATClassCreatedEventName
}

// UnpackClassCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassCreated(uint256 indexed classId, string metadataURI, bytes32 integrityHash)
func (dAT *DAT) UnpackClassCreatedEvent(log *types.Log) (*DATClassCreated, error) {
	event := "ClassCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATClassCreated)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATClassPolicyUpdated represents a ClassPolicyUpdated event raised by the DAT contract.
type DATClassPolicyUpdated struct {
	ClassId   *big.Int
	PolicyURI string
	Raw       *types.Log // Blockchain specific contextual infos
}

const DATClassPolicyUpdatedEventName = "ClassPolicyUpdated"

// ContractEventName returns the user-defined event name.
func (DATClassPolicyUpdated) ContractEventName() string {
	return DATClassPolicyUpdatedEventName
}

// UnpackClassPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassPolicyUpdated(uint256 indexed classId, string policyURI)
func (dAT *DAT) UnpackClassPolicyUpdatedEvent(log *types.Log) (*DATClassPolicyUpdated, error) {
	event := "ClassPolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATClassPolicyUpdated)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATExpired represents a Expired event raised by the DAT contract.
type DATExpired struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DATExpiredEventName = "Expired"

// ContractEventName returns the user-defined event name.
func (DATExpired) ContractEventName() string {
	return DATExpiredEventName
}

// UnpackExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Expired(uint256 indexed tokenId)
func (dAT *DAT) UnpackExpiredEvent(log *types.Log) (*DATExpired, error) {
	event := "Expired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATExpired)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATMetadataUpdated represents a MetadataUpdated event raised by the DAT contract.
type DATMetadataUpdated struct {
	ClassId       *big.Int
	MetadataURI   string
	IntegrityHash [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const DATMetadataUpdatedEventName = "MetadataUpdated"

// ContractEventName returns the user-defined event name.
func (DATMetadataUpdated) ContractEventName() string {
	return DATMetadataUpdatedEventName
}

// UnpackMetadataUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdated(uint256 indexed classId, string metadataURI, bytes32 integrityHash)
func (dAT *DAT) UnpackMetadataUpdatedEvent(log *types.Log) (*DATMetadataUpdated, error) {
	event := "MetadataUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATMetadataUpdated)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATMinted represents a Minted event raised by the DAT contract.
type DATMinted struct {
	TokenId    *big.Int
	ClassId    *big.Int
	To         common.Address
	Value      *big.Int
	ShareRatio *big.Int
	ExpireAt   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const DATMintedEventName = "Minted"

// ContractEventName returns the user-defined event name.
func (DATMinted) ContractEventName() string {
	return DATMintedEventName
}

// UnpackMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Minted(uint256 indexed tokenId, uint256 indexed classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt)
func (dAT *DAT) UnpackMintedEvent(log *types.Log) (*DATMinted, error) {
	event := "Minted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATMinted)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATMinterSet represents a MinterSet event raised by the DAT contract.
type DATMinterSet struct {
	ClassId *big.Int
	Minter  common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const DATMinterSetEventName = "MinterSet"

// ContractEventName returns the user-defined event name.
func (DATMinterSet) ContractEventName() string {
	return DATMinterSetEventName
}

// UnpackMinterSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinterSet(uint256 indexed classId, address indexed minter, bool allowed)
func (dAT *DAT) UnpackMinterSetEvent(log *types.Log) (*DATMinterSet, error) {
	event := "MinterSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATMinterSet)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATProofAdded represents a ProofAdded event raised by the DAT contract.
type DATProofAdded struct {
	TokenId   *big.Int
	ProofType [32]byte
	Uri       string
	Signature []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DATProofAddedEventName = "ProofAdded"

// ContractEventName returns the user-defined event name.
func (DATProofAdded) ContractEventName() string {
	return DATProofAddedEventName
}

// UnpackProofAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofAdded(uint256 indexed tokenId, bytes32 proofType, string uri, bytes signature)
func (dAT *DAT) UnpackProofAddedEvent(log *types.Log) (*DATProofAdded, error) {
	event := "ProofAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATProofAdded)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATRevenueSettled represents a RevenueSettled event raised by the DAT contract.
type DATRevenueSettled struct {
	ClassId *big.Int
	Asset   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DATRevenueSettledEventName = "RevenueSettled"

// ContractEventName returns the user-defined event name.
func (DATRevenueSettled) ContractEventName() string {
	return DATRevenueSettledEventName
}

// UnpackRevenueSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueSettled(uint256 indexed classId, address indexed asset, uint256 amount)
func (dAT *DAT) UnpackRevenueSettledEvent(log *types.Log) (*DATRevenueSettled, error) {
	event := "RevenueSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATRevenueSettled)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATShareRatioUpdated represents a ShareRatioUpdated event raised by the DAT contract.
type DATShareRatioUpdated struct {
	TokenId       *big.Int
	OldShareRatio *big.Int
	NewShareRatio *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const DATShareRatioUpdatedEventName = "ShareRatioUpdated"

// ContractEventName returns the user-defined event name.
func (DATShareRatioUpdated) ContractEventName() string {
	return DATShareRatioUpdatedEventName
}

// UnpackShareRatioUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShareRatioUpdated(uint256 indexed tokenId, uint256 oldShareRatio, uint256 newShareRatio)
func (dAT *DAT) UnpackShareRatioUpdatedEvent(log *types.Log) (*DATShareRatioUpdated, error) {
	event := "ShareRatioUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATShareRatioUpdated)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATTransferSingle represents a TransferSingle event raised by the DAT contract.
type DATTransferSingle struct {
	Operator common.Address
	From     common.Address
	To       common.Address
	Id       *big.Int
	Value    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DATTransferSingleEventName = "TransferSingle"

// ContractEventName returns the user-defined event name.
func (DATTransferSingle) ContractEventName() string {
	return DATTransferSingleEventName
}

// UnpackTransferSingleEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)
func (dAT *DAT) UnpackTransferSingleEvent(log *types.Log) (*DATTransferSingle, error) {
	event := "TransferSingle"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATTransferSingle)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATTransferToken represents a TransferToken event raised by the DAT contract.
type DATTransferToken struct {
	TokenId *big.Int
	From    common.Address
	To      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DATTransferTokenEventName = "TransferToken"

// ContractEventName returns the user-defined event name.
func (DATTransferToken) ContractEventName() string {
	return DATTransferTokenEventName
}

// UnpackTransferTokenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferToken(uint256 indexed tokenId, address indexed from, address indexed to)
func (dAT *DAT) UnpackTransferTokenEvent(log *types.Log) (*DATTransferToken, error) {
	event := "TransferToken"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATTransferToken)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATUsageRecorded represents a UsageRecorded event raised by the DAT contract.
type DATUsageRecorded struct {
	TokenId    *big.Int
	MetricType [32]byte
	Amount     *big.Int
	Actor      common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const DATUsageRecordedEventName = "UsageRecorded"

// ContractEventName returns the user-defined event name.
func (DATUsageRecorded) ContractEventName() string {
	return DATUsageRecordedEventName
}

// UnpackUsageRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UsageRecorded(uint256 indexed tokenId, bytes32 metricType, uint256 amount, address actor)
func (dAT *DAT) UnpackUsageRecordedEvent(log *types.Log) (*DATUsageRecorded, error) {
	event := "UsageRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATUsageRecorded)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DATValueTransferred represents a ValueTransferred event raised by the DAT contract.
type DATValueTransferred struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Value       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DATValueTransferredEventName = "ValueTransferred"

// ContractEventName returns the user-defined event name.
func (DATValueTransferred) ContractEventName() string {
	return DATValueTransferredEventName
}

// UnpackValueTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValueTransferred(uint256 indexed fromTokenId, uint256 indexed toTokenId, uint256 value)
func (dAT *DAT) UnpackValueTransferredEvent(log *types.Log) (*DATValueTransferred, error) {
	event := "ValueTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATValueTransferred)
	if len(log.Data) > 0 {
		if err := dAT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dAT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (dAT *DAT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dAT.abi.Errors["ClassMismatch"].ID.Bytes()[:4]) {
		return dAT.UnpackClassMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["ExpiryInPast"].ID.Bytes()[:4]) {
		return dAT.UnpackExpiryInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["NoShares"].ID.Bytes()[:4]) {
		return dAT.UnpackNoSharesError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["NotClassAdmin"].ID.Bytes()[:4]) {
		return dAT.UnpackNotClassAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["NotExpired"].ID.Bytes()[:4]) {
		return dAT.UnpackNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["NotMinter"].ID.Bytes()[:4]) {
		return dAT.UnpackNotMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return dAT.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["NotOwnerOrOperator"].ID.Bytes()[:4]) {
		return dAT.UnpackNotOwnerOrOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["QuotaExceeded"].ID.Bytes()[:4]) {
		return dAT.UnpackQuotaExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return dAT.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return dAT.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["SameToken"].ID.Bytes()[:4]) {
		return dAT.UnpackSameTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["TokenExpired"].ID.Bytes()[:4]) {
		return dAT.UnpackTokenExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["TooManyAssets"].ID.Bytes()[:4]) {
		return dAT.UnpackTooManyAssetsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["TooManyExpiring"].ID.Bytes()[:4]) {
		return dAT.UnpackTooManyExpiringError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return dAT.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["UnknownClass"].ID.Bytes()[:4]) {
		return dAT.UnpackUnknownClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["UnknownToken"].ID.Bytes()[:4]) {
		return dAT.UnpackUnknownTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return dAT.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], dAT.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return dAT.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DATClassMismatch represents a ClassMismatch error raised by the DAT contract.
type DATClassMismatch struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClassMismatch(uint256 fromTokenId, uint256 toTokenId)
func DATClassMismatchErrorID() common.Hash {
	return common.HexToHash("0x9011b828b69d781e3674d1eb38afb8ac58660ec360207e459b2bddd440b7f71d")
}

// UnpackClassMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClassMismatch(uint256 fromTokenId, uint256 toTokenId)
func (dAT *DAT) UnpackClassMismatchError(raw []byte) (*DATClassMismatch, error) {
	out := new(DATClassMismatch)
	if err := dAT.abi.UnpackIntoInterface(out, "ClassMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATExpiryInPast represents a ExpiryInPast error raised by the DAT contract.
type DATExpiryInPast struct {
	ExpireAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpiryInPast(uint64 expireAt)
func DATExpiryInPastErrorID() common.Hash {
	return common.HexToHash("0xe2872af20a0ac9b5cd03c6c4f4661b06215d5ec59979b7667d0d6c72604083cf")
}

// UnpackExpiryInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpiryInPast(uint64 expireAt)
func (dAT *DAT) UnpackExpiryInPastError(raw []byte) (*DATExpiryInPast, error) {
	out := new(DATExpiryInPast)
	if err := dAT.abi.UnpackIntoInterface(out, "ExpiryInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATNoShares represents a NoShares error raised by the DAT contract.
type DATNoShares struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoShares(uint256 classId)
func DATNoSharesErrorID() common.Hash {
	return common.HexToHash("0xea741ea7299637fa319b2b96eb0d9a1d688c5bc3079c495ede5939256d7a25e4")
}

// UnpackNoSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoShares(uint256 classId)
func (dAT *DAT) UnpackNoSharesError(raw []byte) (*DATNoShares, error) {
	out := new(DATNoShares)
	if err := dAT.abi.UnpackIntoInterface(out, "NoShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATNotClassAdmin represents a NotClassAdmin error raised by the DAT contract.
type DATNotClassAdmin struct {
	ClassId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClassAdmin(uint256 classId, address caller)
func DATNotClassAdminErrorID() common.Hash {
	return common.HexToHash("0x98e23ec0be36ecf45a6c102b5fc1c480731e801acbd74348ca726669334de756")
}

// UnpackNotClassAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClassAdmin(uint256 classId, address caller)
func (dAT *DAT) UnpackNotClassAdminError(raw []byte) (*DATNotClassAdmin, error) {
	out := new(DATNotClassAdmin)
	if err := dAT.abi.UnpackIntoInterface(out, "NotClassAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATNotExpired represents a NotExpired error raised by the DAT contract.
type DATNotExpired struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExpired(uint256 tokenId)
func DATNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x7e61955c0b73bbfba2dc5767b2446736bb856992769eb475683ed4037331eea3")
}

// UnpackNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExpired(uint256 tokenId)
func (dAT *DAT) UnpackNotExpiredError(raw []byte) (*DATNotExpired, error) {
	out := new(DATNotExpired)
	if err := dAT.abi.UnpackIntoInterface(out, "NotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATNotMinter represents a NotMinter error raised by the DAT contract.
type DATNotMinter struct {
	ClassId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMinter(uint256 classId, address caller)
func DATNotMinterErrorID() common.Hash {
	return common.HexToHash("0x75c61d2e7e942d9088dccb64f974de6b7a5645ba3f23a576f75435c74845c3eb")
}

// UnpackNotMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMinter(uint256 classId, address caller)
func (dAT *DAT) UnpackNotMinterError(raw []byte) (*DATNotMinter, error) {
	out := new(DATNotMinter)
	if err := dAT.abi.UnpackIntoInterface(out, "NotMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATNotOwner represents a NotOwner error raised by the DAT contract.
type DATNotOwner struct {
	TokenId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(uint256 tokenId, address caller)
func DATNotOwnerErrorID() common.Hash {
	return common.HexToHash("0xb9c08761b39290edeb2eaccc82f97335f55e0538265165b6a27841798afb244b")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(uint256 tokenId, address caller)
func (dAT *DAT) UnpackNotOwnerError(raw []byte) (*DATNotOwner, error) {
	out := new(DATNotOwner)
	if err := dAT.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATNotOwnerOrOperator represents a NotOwnerOrOperator error raised by the DAT contract.
type DATNotOwnerOrOperator struct {
	TokenId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrOperator(uint256 tokenId, address caller)
func DATNotOwnerOrOperatorErrorID() common.Hash {
	return common.HexToHash("0xd6d271d9d7459e56018039209987b07c4223a7715283684ae03b49b0b933204b")
}

// UnpackNotOwnerOrOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrOperator(uint256 tokenId, address caller)
func (dAT *DAT) UnpackNotOwnerOrOperatorError(raw []byte) (*DATNotOwnerOrOperator, error) {
	out := new(DATNotOwnerOrOperator)
	if err := dAT.abi.UnpackIntoInterface(out, "NotOwnerOrOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATQuotaExceeded represents a QuotaExceeded error raised by the DAT contract.
type DATQuotaExceeded struct {
	TokenId   *big.Int
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuotaExceeded(uint256 tokenId, uint256 available, uint256 requested)
func DATQuotaExceededErrorID() common.Hash {
	return common.HexToHash("0x6bfc9e56d4a0021a22e4a7eda95b657c79f1f2de42f254bcca32a8287c5440fd")
}

// UnpackQuotaExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuotaExceeded(uint256 tokenId, uint256 available, uint256 requested)
func (dAT *DAT) UnpackQuotaExceededError(raw []byte) (*DATQuotaExceeded, error) {
	out := new(DATQuotaExceeded)
	if err := dAT.abi.UnpackIntoInterface(out, "QuotaExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the DAT contract.
type DATReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DATReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (dAT *DAT) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DATReentrancyGuardReentrantCall, error) {
	out := new(DATReentrancyGuardReentrantCall)
	if err := dAT.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DAT contract.
type DATSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DATSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (dAT *DAT) UnpackSafeERC20FailedOperationError(raw []byte) (*DATSafeERC20FailedOperation, error) {
	out := new(DATSafeERC20FailedOperation)
	if err := dAT.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATSameToken represents a SameToken error raised by the DAT contract.
type DATSameToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameToken(uint256 tokenId)
func DATSameTokenErrorID() common.Hash {
	return common.HexToHash("0x2e9bf6d1ca74fe70f027f49927254dee8704a731d2e4ac110c4528d3789431fc")
}

// UnpackSameTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameToken(uint256 tokenId)
func (dAT *DAT) UnpackSameTokenError(raw []byte) (*DATSameToken, error) {
	out := new(DATSameToken)
	if err := dAT.abi.UnpackIntoInterface(out, "SameToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATTokenExpired represents a TokenExpired error raised by the DAT contract.
type DATTokenExpired struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenExpired(uint256 tokenId)
func DATTokenExpiredErrorID() common.Hash {
	return common.HexToHash("0x492531370c4d9936ebe217e769581e72fb2a02b10df161cd9ccd358f1aa45f9a")
}

// UnpackTokenExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenExpired(uint256 tokenId)
func (dAT *DAT) UnpackTokenExpiredError(raw []byte) (*DATTokenExpired, error) {
	out := new(DATTokenExpired)
	if err := dAT.abi.UnpackIntoInterface(out, "TokenExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATTooManyAssets represents a TooManyAssets error raised by the DAT contract.
type DATTooManyAssets struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyAssets(uint256 classId)
func DATTooManyAssetsErrorID() common.Hash {
	return common.HexToHash("0x04628a1cd07f76a5fb8a39505083fb033bbfe16fbbad9948409565818d9c277f")
}

// UnpackTooManyAssetsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyAssets(uint256 classId)
func (dAT *DAT) UnpackTooManyAssetsError(raw []byte) (*DATTooManyAssets, error) {
	out := new(DATTooManyAssets)
	if err := dAT.abi.UnpackIntoInterface(out, "TooManyAssets", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATTooManyExpiring represents a TooManyExpiring error raised by the DAT contract.
type DATTooManyExpiring struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyExpiring(uint256 classId)
func DATTooManyExpiringErrorID() common.Hash {
	return common.HexToHash("0x0519a05721f6a5bf93d5a9079999370fdd3fb217cce37847764d61d3bc6a37a4")
}

// UnpackTooManyExpiringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyExpiring(uint256 classId)
func (dAT *DAT) UnpackTooManyExpiringError(raw []byte) (*DATTooManyExpiring, error) {
	out := new(DATTooManyExpiring)
	if err := dAT.abi.UnpackIntoInterface(out, "TooManyExpiring", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATTransferFailed represents a TransferFailed error raised by the DAT contract.
type DATTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func DATTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (dAT *DAT) UnpackTransferFailedError(raw []byte) (*DATTransferFailed, error) {
	out := new(DATTransferFailed)
	if err := dAT.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATUnknownClass represents a UnknownClass error raised by the DAT contract.
type DATUnknownClass struct {
	ClassId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownClass(uint256 classId)
func DATUnknownClassErrorID() common.Hash {
	return common.HexToHash("0x03cd685b62bc04cfd5c28f0d217119ad4d63c1fe454e652b13b69a428b53a50c")
}

// UnpackUnknownClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownClass(uint256 classId)
func (dAT *DAT) UnpackUnknownClassError(raw []byte) (*DATUnknownClass, error) {
	out := new(DATUnknownClass)
	if err := dAT.abi.UnpackIntoInterface(out, "UnknownClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATUnknownToken represents a UnknownToken error raised by the DAT contract.
type DATUnknownToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownToken(uint256 tokenId)
func DATUnknownTokenErrorID() common.Hash {
	return common.HexToHash("0x0ed9cff433b81428e781452ec796299037b5c050f5e68191cfa002b8084e3cad")
}

// UnpackUnknownTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownToken(uint256 tokenId)
func (dAT *DAT) UnpackUnknownTokenError(raw []byte) (*DATUnknownToken, error) {
	out := new(DATUnknownToken)
	if err := dAT.abi.UnpackIntoInterface(out, "UnknownToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATZeroAddress represents a ZeroAddress error raised by the DAT contract.
type DATZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DATZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (dAT *DAT) UnpackZeroAddressError(raw []byte) (*DATZeroAddress, error) {
	out := new(DATZeroAddress)
	if err := dAT.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DATZeroAmount represents a ZeroAmount error raised by the DAT contract.
type DATZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func DATZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (dAT *DAT) UnpackZeroAmountError(raw []byte) (*DATZeroAmount, error) {
	out := new(DATZeroAmount)
	if err := dAT.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
