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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"AssetNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"}],\"name\":\"ClassMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"ExpiryInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"NoShares\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotClassAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMinter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwnerOrOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"QuotaExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"SameToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TokenExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"TooManyAssets\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"TooManyExpiring\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"UnknownClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnknownToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AccruedClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForClass\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ClassAdminTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"ClassCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"ClassPolicyUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"MetadataUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MinterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"ProofAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"}],\"name\":\"RevenueAssetSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RevenueSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldShareRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newShareRatio\",\"type\":\"uint256\"}],\"name\":\"ShareRatioUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"TransferSingle\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"TransferToken\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metricType\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"actor\",\"type\":\"address\"}],\"name\":\"UsageRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ValueTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_ASSETS_PER_CLASS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EXPIRING_PER_CLASS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"accRevenuePerShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"acceptsAsset\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"accruedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofType\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"addProof\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"approveForClass\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"name\":\"balanceOfBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amountClaimed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"claimAccrued\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"classAdminOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"classAssets\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"classOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"unitDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"createClass\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"expire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"expireAtOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"getClassMeta\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"unitDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForClass\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"isExpired\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMinter\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expireAt\",\"type\":\"uint64\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"pendingRevenue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"proofCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"metricType\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"recordUsage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMinter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"}],\"name\":\"setRevenueAsset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shareRatio\",\"type\":\"uint256\"}],\"name\":\"setShareRatio\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"settleRevenueERC20\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"settleRevenueETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asset\",\"type\":\"address\"}],\"name\":\"settledTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"shareRatioOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tokenCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"}],\"name\":\"totalShareOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"transferClassAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferValue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"integrityHash\",\"type\":\"bytes32\"}],\"name\":\"updateClassMetadata\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"classId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"policyURI\",\"type\":\"string\"}],\"name\":\"updateClassPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"uri\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"valueOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DAT",
	Bin: "0x6080604052348015600e575f5ffd5b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556134db806100405f395ff3fe60806040526004361061025d575f3560e01c8063741e37231161013f578063b4a28103116100b3578063cadf338f11610078578063cadf338f146107cb578063cb931be1146107ea578063cfb2af4f14610809578063d9548e5314610828578063e0fc0eca14610847578063e89dfa5914610866575f5ffd5b8063b4a2810314610730578063bad425901461074f578063bb0bc5141461076e578063bf81bf431461078d578063c40b0372146107ac575f5ffd5b806390f1e29d1161010457806390f1e29d1461067f57806394ddbeb91461069e5780639513fc26146106d45780639f181b5e146106e8578063a6c1e49a146106fd578063ab9963171461071c575f5ffd5b8063741e3723146105a9578063746348ac146105c8578063766e346c146105e75780637b78eac0146106365780638ccd03501461066c575f5ffd5b806339b096b5116101d657806354e261791161019b57806354e26179146104b257806356626b7f146104d157806356dfbe6a1461050857806360d066b5146105345780636267fb45146105535780636352211e14610572575f5ffd5b806339b096b5146104155780634324aa211461042957806348904648146104485780634e1273f4146104675780634f2b75e214610493575f5ffd5b80630e89341c116102275780630e89341c1461034c57806314050fab146103785780632b17af21146103995780632cd1b113146103b857806336d98ca1146103d757806338b40dc2146103f6575f5ffd5b8062277df014610261578062fdd58e1461029557806301ffc9a7146102c25780630a4fda67146102f25780630d1ab00a14610321575b5f5ffd5b34801561026c575f5ffd5b5061028061027b366004612b95565b61089c565b60405190151581526020015b60405180910390f35b3480156102a0575f5ffd5b506102b46102af366004612bc3565b6108f0565b60405190815260200161028c565b3480156102cd575f5ffd5b506102806102dc366004612bed565b6001600160e01b0319166301ffc9a760e01b1490565b3480156102fd575f5ffd5b5061031161030c366004612c14565b610940565b60405161028c9493929190612c59565b34801561032c575f5ffd5b506102b461033b366004612c14565b60126020525f908152604090205481565b348015610357575f5ffd5b5061036b610366366004612c14565b610a94565b60405161028c9190612c97565b348015610383575f5ffd5b50610397610392366004612ca9565b610b43565b005b3480156103a4575f5ffd5b506102b46103b3366004612cec565b610bc4565b3480156103c3575f5ffd5b506102b46103d2366004612d18565b610c94565b3480156103e2575f5ffd5b506102b46103f1366004612c14565b610d9b565b348015610401575f5ffd5b50610397610410366004612d90565b610dbc565b348015610420575f5ffd5b506102b4600481565b348015610434575f5ffd5b506102b4610443366004612c14565b610e24565b348015610453575f5ffd5b50610397610462366004612dde565b610e35565b348015610472575f5ffd5b50610486610481366004612e47565b610f11565b60405161028c9190612eb1565b34801561049e575f5ffd5b506103976104ad366004612ef3565b61101d565b3480156104bd575f5ffd5b506103976104cc366004612dde565b611077565b3480156104dc575f5ffd5b506104f06104eb366004612c14565b6111c9565b6040516001600160401b03909116815260200161028c565b348015610513575f5ffd5b50610527610522366004612c14565b6111ed565b60405161028c9190612f3a565b34801561053f575f5ffd5b5061028061054e366004612b95565b611255565b34801561055e575f5ffd5b5061039761056d366004612ca9565b611292565b34801561057d575f5ffd5b5061059161058c366004612c14565b611307565b6040516001600160a01b03909116815260200161028c565b3480156105b4575f5ffd5b506102b46105c3366004612f7a565b611324565b3480156105d3575f5ffd5b506102b46105e2366004612c14565b611554565b3480156105f2575f5ffd5b50610280610601366004612fd7565b6001600160a01b039283165f908152600560209081526040808320948352938152838220929094168152925290205460ff1690565b348015610641575f5ffd5b506102b4610650366004612cec565b600f60209081525f928352604080842090915290825290205481565b61039761067a366004612c14565b611568565b34801561068a575f5ffd5b5061039761069936600461300b565b611594565b3480156106a9575f5ffd5b506102b46106b8366004612b95565b600860209081525f928352604080842090915290825290205481565b3480156106df575f5ffd5b506102b4604081565b3480156106f3575f5ffd5b506102b460015481565b348015610708575f5ffd5b50610397610717366004612ca9565b611734565b348015610727575f5ffd5b506102b45f5481565b34801561073b575f5ffd5b5061039761074a366004612b95565b6118a7565b34801561075a575f5ffd5b50610397610769366004612b95565b611926565b348015610779575f5ffd5b506102b4610788366004612b95565b611b3c565b348015610798575f5ffd5b506103976107a7366004612c14565b611ba0565b3480156107b7575f5ffd5b506103976107c6366004613040565b611bda565b3480156107d6575f5ffd5b506102b46107e5366004612c14565b611c9b565b3480156107f5575f5ffd5b50610591610804366004612c14565b611caf565b348015610814575f5ffd5b506103976108233660046130c0565b611cc9565b348015610833575f5ffd5b50610280610842366004612c14565b611db1565b348015610852575f5ffd5b506102b46108613660046130e0565b611dee565b348015610871575f5ffd5b506102b4610880366004612b95565b600660209081525f928352604080842090915290825290205481565b5f5f6108a784611f0f565b80549091506001600160a01b03848116911614806108e657505f8481526004602090815260408083206001600160a01b038716845290915290205460ff165b9150505b92915050565b5f811580159061090257506001548211155b801561092957505f828152600360205260409020600201546001600160a01b038481169116145b610933575f610936565b60015b60ff169392505050565b60605f5f60605f61095086611f0f565b9050806001018160020154826003015f9054906101000a900460ff168360040183805461097c90613150565b80601f01602080910402602001604051908101604052809291908181526020018280546109a890613150565b80156109f35780601f106109ca576101008083540402835291602001916109f3565b820191905f5260205f20905b8154815290600101906020018083116109d657829003601f168201915b50505050509350808054610a0690613150565b80601f0160208091040260200160405190810160405280929190818152602001828054610a3290613150565b8015610a7d5780601f10610a5457610100808354040283529160200191610a7d565b820191905f5260205f20905b815481529060010190602001808311610a6057829003601f168201915b505050505090509450945094509450509193509193565b606060025f610aa284611f4c565b5f015481526020019081526020015f206001018054610ac090613150565b80601f0160208091040260200160405190810160405280929190818152602001828054610aec90613150565b8015610b375780601f10610b0e57610100808354040283529160200191610b37565b820191905f5260205f20905b815481529060010190602001808311610b1a57829003601f168201915b50505050509050919050565b610b4c83611f0f565b50335f81815260056020908152604080832087845282528083206001600160a01b03871680855290835292819020805460ff191686151590811790915590519081529192869290917f5c3b9a34af8ecb94c7bef73773568e163cf361fa5d76fa5d52dab8f4498817cf910160405180910390a4505050565b5f610bcd611f87565b6001600160a01b038216610bf45760405163d92e233d60e01b815260040160405180910390fd5b50335f908152600f602090815260408083206001600160a01b038616845290915281208054919055610c27838383611fa2565b826001600160a01b0316826001600160a01b0316336001600160a01b03167f8e971c7f323400c79e40e2e62b978761ad180162f17eae6669106881b20f2cdf84604051610c7691815260200190565b60405180910390a46108ea60015f5160206134865f395f51905f5255565b5f610c9d611f87565b5f610ca785611f4c565b60028101549091506001600160a01b03163314610ce55760405163b9c0876160e01b8152600481018690523360248201526044015b60405180910390fd5b6001600160a01b038316610d0c5760405163d92e233d60e01b815260040160405180910390fd5b610d168582612046565b50610d228582866120e5565b9150610d2f848484611fa2565b836001600160a01b0316836001600160a01b0316867fce3bcb6e219596cf26007ffdfaae8953bc3f76e3f36c0a79b23e28020da3222e85604051610d7591815260200190565b60405180910390a450610d9460015f5160206134865f395f51905f5255565b9392505050565b5f610da582611f4c565b60020154600160a01b900463ffffffff1692915050565b5f610dc68561217a565b905060018101610dd78486836131e7565b50818160020181905550847feab02659d82f207d7ba3d346964d09c280396a4798fae5bd584257ca14376475858585604051610e15939291906132c8565b60405180910390a25050505050565b5f610e2e82611f4c565b5492915050565b5f610e3f84611f4c565b9050610e4b84826121ba565b815f03610e6b57604051631f2a200560e01b815260040160405180910390fd5b610e75848261222e565b8181600101541015610eb15760018101546040516335fe4f2b60e11b815260048101869052602481019190915260448101839052606401610cdc565b81816001015f828254610ec491906132ff565b909155505060408051848152602081018490523381830152905185917fbcb77240b51e5ddedd76eb0d4dc554941237485a5801d9083681e97b2fe3e531919081900360600190a250505050565b6060838214610f595760405162461bcd60e51b815260206004820152601460248201527308882a87440d8cadccee8d040dad2e6dac2e8c6d60631b6044820152606401610cdc565b816001600160401b03811115610f7157610f71613188565b604051908082528060200260200182016040528015610f9a578160200160208202803683370190505b5090505f5b8281101561101457610fef868683818110610fbc57610fbc613312565b9050602002016020810190610fd19190613326565b858584818110610fe357610fe3613312565b905060200201356108f0565b82828151811061100157611001613312565b6020908102919091010152600101610f9f565b50949350505050565b81816110288561217a565b600401916110379190836131e7565b50827f24f901353f9b15125ed7f539fcad3b7fc50110d676d3b4298d3d3808df39e65b838360405161106a929190613341565b60405180910390a2505050565b81830361109a57604051632e9bf6d160e01b815260048101849052602401610cdc565b5f6110a484611f4c565b90505f6110b084611f4c565b80548354919250146110df57604051631202370560e31b81526004810186905260248101859052604401610cdc565b6110e985836121ba565b825f0361110957604051631f2a200560e01b815260040160405180910390fd5b611113858361222e565b61111d848261222e565b82826001015410156111595760018201546040516335fe4f2b60e11b815260048101879052602481019190915260448101849052606401610cdc565b82826001015f82825461116c91906132ff565b9250508190555082816001015f828254611186919061335c565b9091555050604051838152849086907f08fdc9b4581fc254e3e52b2c48704fb0d46ce55b2994a2ee7387f87229a1396d9060200160405180910390a35050505050565b5f6111d382611f4c565b60020154600160c01b90046001600160401b031692915050565b5f81815260096020908152604091829020805483518184028101840190945280845260609392830182828015610b3757602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161122c5750505050509050919050565b5f6001600160a01b0382161580610d945750505f918252600b602090815260408084206001600160a01b0393909316845291905290205460ff1690565b61129b8361217a565b505f8381526004602090815260408083206001600160a01b03861680855290835292819020805460ff1916851515908117909155905190815285917f69a41d69f639fd3b34af0fed8ac7a828d4d3be72246ddaa5e137a4c1d32cf12191015b60405180910390a3505050565b5f61131182611f4c565b600201546001600160a01b031692915050565b5f61132f863361089c565b61135557604051633ae30e9760e11b815260048101879052336024820152604401610cdc565b6001600160a01b03851661137c5760405163d92e233d60e01b815260040160405180910390fd5b6001600160401b0382161580159061139d575042826001600160401b031611155b156113c657604051637143957960e11b81526001600160401b0383166004820152602401610cdc565b5f63ffffffff84116113d857836113de565b63ffffffff5b905060015f81546113ee9061336f565b91829055505f818152600360205260409020888155600181018790556002810180546001600160401b038716600160c01b026001600160c01b0363ffffffff8716600160a01b81026001600160c01b03199094166001600160a01b038e16179390931716179091559193509015611469576114698382612259565b604080516001600160a01b03891681526020810188905263ffffffff8416818301526001600160401b03861660608201529051899185917f04cd2cb07f7dd64bac6ce0436354822231650e9bf1a1e4d74932a3efa6a6e5529181900360800190a36040516001600160a01b038816905f9085907f883cf583b77e18ff7c8e1a0e71a7cb0a9820e3af728c467709769c1a0e035c20908390a460408051848152600160208201526001600160a01b038916915f9133917fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62910160405180910390a4505095945050505050565b5f61155e82611f0f565b6005015492915050565b611570611f87565b61157b815f34612408565b61159160015f5160206134865f395f51905f5255565b50565b61159c611f87565b6001600160a01b0382166115c35760405163d92e233d60e01b815260040160405180910390fd5b5f838152600b602090815260408083206001600160a01b038616845290915290205460ff1661161757604051636a6a034760e01b8152600481018490526001600160a01b0383166024820152604401610cdc565b6040516370a0823160e01b815230600482015282905f906001600160a01b038316906370a0823190602401602060405180830381865afa15801561165d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116819190613387565b90506116986001600160a01b03831633308661260e565b6040516370a0823160e01b8152306004820152611717908690869084906001600160a01b038716906370a0823190602401602060405180830381865afa1580156116e4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117089190613387565b61171291906132ff565b612408565b505061172f60015f5160206134865f395f51905f5255565b505050565b6001600160a01b03821661175b5760405163d92e233d60e01b815260040160405180910390fd5b6117648361217a565b5080801561179457505f838152600a602090815260408083206001600160a01b038616845290915290205460ff16155b15611845575f838152600c60205260409020546004116117ca57604051630118a28760e21b815260048101849052602401610cdc565b5f838152600c602052604081208054916117e38361336f565b90915550505f838152600a602090815260408083206001600160a01b038616808552908352818420805460ff19166001908117909155878552600984529184208054928301815584529190922090910180546001600160a01b03191690911790555b5f838152600b602090815260408083206001600160a01b03861680855290835292819020805460ff1916851515908117909155905190815285917fc04bdeee22d6bc570c50ab7c775c440e7a17dd2bd60c373df9a11d52d647d84f91016112fa565b6001600160a01b0381166118ce5760405163d92e233d60e01b815260040160405180910390fd5b806118d88361217a565b80546001600160a01b0319166001600160a01b0392831617905560405190821690339084907f523cb2e1f76f3e6b6b7cbfc9d0b45da2b0151a1de7c265e283d9397de206ea43905f90a45050565b5f61193083611f4c565b60028101549091506001600160a01b031633811480159061197d57506001600160a01b0381165f90815260056020908152604080832085548452825280832033845290915290205460ff16155b156119a45760405163d6d271d960e01b815260048101859052336024820152604401610cdc565b6001600160a01b0383166119cb5760405163d92e233d60e01b815260040160405180910390fd5b6119d58483612046565b5081545f908152600960205260408120905b8154811015611a99575f611a218786858581548110611a0857611a08613312565b5f918252602090912001546001600160a01b03166120e5565b90508015611a90576001600160a01b0384165f908152600f602052604081208454839290869086908110611a5757611a57613312565b5f9182526020808320909101546001600160a01b0316835282019290925260400181208054909190611a8a90849061335c565b90915550505b506001016119e7565b506002830180546001600160a01b0319166001600160a01b03868116918217909255604051909184169087907f883cf583b77e18ff7c8e1a0e71a7cb0a9820e3af728c467709769c1a0e035c20905f90a460408051868152600160208201526001600160a01b03808716929085169133917fc3d58168c5ae7397731d063d5bbf3d657854427343f4c083240f7aacaa2d0f62910160405180910390a45050505050565b5f5f611b4784611f4c565b5f858152600e602090815260408083206001600160a01b038816845290915290205460038201549192509060ff16611b825791506108ea9050565b611b8d858386612644565b611b97908261335c565b95945050505050565b5f611baa82611f4c565b9050611bb68282612046565b611bd657604051631f98655760e21b815260048101839052602401610cdc565b5050565b5f611be487611f4c565b60028101549091506001600160a01b03163314801590611c0d57508054611c0b903361089c565b155b15611c345760405163d6d271d960e01b815260048101889052336024820152604401610cdc565b5f878152601260205260408120805491611c4d8361336f565b9190505550867fc0e7adc38a1c7019b393a30383bfb487d98ae418e0e57e1ff87b39e9265e20568787878787604051611c8a95949392919061339e565b60405180910390a250505050505050565b5f611ca582611f4c565b6001015492915050565b5f611cb982611f0f565b546001600160a01b031692915050565b5f611cd383611f4c565b90505f611ce2825f015461217a565b9050611cee848361222e565b5f63ffffffff8411611d005783611d06565b63ffffffff5b60028401546003850154919250600160a01b900463ffffffff169060ff1615611d3457611d348685856126d7565b60028401805463ffffffff60a01b1916600160a01b63ffffffff85169081029190911790915515611d6957611d698685612259565b6040805182815263ffffffff8416602082015287917f570a86a04fbfa4fb5e2c34c612f331bf7d002a7ef536acb006fef6e45a3c3568910160405180910390a2505050505050565b5f5f611dbc83611f4c565b60020154600160c01b90046001600160401b031690508015801590610d9457506001600160401b031642101592915050565b5f5f5f8154611dfc9061336f565b91829055505f81815260026020526040902080546001600160a01b0319163317815590915060018101611e30888a836131e7565b506002810186905560038101805460ff191660ff871617905560048101611e588486836131e7565b50817fcbf4ceec2e5c8865b509fd65a97a450ff709dd1d0c9aeae52f474abe06dfb974898989604051611e8d939291906132c8565b60405180910390a28215611ed657817f24f901353f9b15125ed7f539fcad3b7fc50110d676d3b4298d3d3808df39e65b8585604051611ecd929190613341565b60405180910390a25b60405133905f9084907f523cb2e1f76f3e6b6b7cbfc9d0b45da2b0151a1de7c265e283d9397de206ea43908390a4509695505050505050565b5f81815260026020526040902080546001600160a01b0316611f47576040516303cd685b60e01b815260048101839052602401610cdc565b919050565b5f81815260036020526040902060028101546001600160a01b0316611f47576040516303b673fd60e21b815260048101839052602401610cdc565b611f8f612894565b60025f5160206134865f395f51905f5255565b805f03611fae57505050565b6001600160a01b038316612032575f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114612005576040519150601f19603f3d011682016040523d82523d5f602084013e61200a565b606091505b505090508061202c576040516312171d8360e31b815260040160405180910390fd5b50505050565b61172f6001600160a01b03841683836128c5565b60028101545f90600160c01b90046001600160401b0316158061207c57506002820154600160c01b90046001600160401b031642105b1561208857505f6108ea565b600382015460ff16156120dc5781545f9081526002602052604090206120b190849084906126d7565b60405183907ff80dbaea4785589e52984ca36a31de106adc77759539a5c7d92883bf49692fe9905f90a25b50600192915050565b5f838152600e602090815260408083206001600160a01b038516845290915281208054919055600383015460ff1615610d94575f612124858585612644565b9050801561217257612136818361335c565b5f868152600d602090815260408083206001600160a01b038816845290915281208054929450839290919061216c90849061335c565b90915550505b509392505050565b5f61218482611f0f565b80549091506001600160a01b03163314611f475760405163026388fb60e61b815260048101839052336024820152604401610cdc565b60028101546001600160a01b03163314801590612207575060028101546001600160a01b03165f90815260056020908152604080832084548452825280832033845290915290205460ff16155b15611bd65760405163d6d271d960e01b815260048101839052336024820152604401610cdc565b6122388282612046565b15611bd657604051634925313760e01b815260048101839052602401610cdc565b80545f818152600960205260408120905b81548110156123305760028401545f84815260066020526040812084546122e093600160a01b900463ffffffff1692908690869081106122ac576122ac613312565b5f9182526020808320909101546001600160a01b03168352820192909252604001902054670de0b6b3a764000060016128fa565b600d5f8781526020019081526020015f205f84848154811061230457612304613312565b5f9182526020808320909101546001600160a01b0316835282019290925260400190205560010161226a565b506002838101545f848152602092909252604082206005018054600160a01b90920463ffffffff1692909161236690849061335c565b909155505060038301805460ff1916600117905560028301546001600160401b03600160c01b909104161561202c575f828152601060205260409081902080549091116123b6576123b68361293c565b80546040116123db57604051630519a05760e01b815260048101849052602401610cdc565b80546001810182555f82815260208082209092018790559154868352601190915260409091205550505050565b5f61241284611f0f565b9050815f0361243457604051631f2a200560e01b815260040160405180910390fd5b61243d8461293c565b60058101545f8190036124665760405163ea741ea760e01b815260048101869052602401610cdc565b5f858152600a602090815260408083206001600160a01b038816845290915290205460ff166124ec575f858152600a602090815260408083206001600160a01b038816808552908352818420805460ff19166001908117909155898552600984529184208054928301815584529190922090910180546001600160a01b03191690911790555b5f8581526007602090815260408083206001600160a01b0388168452909152812054612520670de0b6b3a7640000866133d6565b61252a919061335c565b90506125368282613401565b5f8781526006602090815260408083206001600160a01b038a1684529091528120805490919061256790849061335c565b9091555061257790508282613414565b5f8781526007602090815260408083206001600160a01b038a16808552908352818420949094558983526008825280832093835292905290812080548692906125c190849061335c565b90915550506040518481526001600160a01b0386169087907f8066141f58a3e577c2951d2908ae9e935232ae42f3f2a18c5dfc13b5d2aae98f9060200160405180910390a3505050505050565b61261c8484848460016129a9565b61202c57604051635274afe760e01b81526001600160a01b0385166004820152602401610cdc565b600282015482545f9081526006602090815260408083206001600160a01b03861684529091528120549091829161269191600160a01b900463ffffffff1690670de0b6b3a7640000612a16565b5f868152600d602090815260408083206001600160a01b03881684529091529020549091508082116126c3575f6126cd565b6126cd81836132ff565b9695505050505050565b81545f818152600960205260408120905b8154811015612787575f82828154811061270457612704613312565b5f918252602090912001546001600160a01b03169050612725878783612644565b5f888152600e602090815260408083206001600160a01b03861684529091528120805490919061275690849061335c565b90915550505f878152600d602090815260408083206001600160a01b039094168352929052908120556001016126e8565b508360020160149054906101000a900463ffffffff1663ffffffff16836005015f8282546127b591906132ff565b909155505060038401805460ff191690555f85815260116020526040902054801561288c575f838152601060205260408120805490919082906127fa906001906132ff565b8154811061280a5761280a613312565b905f5260205f2001549050808260018561282491906132ff565b8154811061283457612834613312565b5f918252602080832090910192909255828152601190915260409020839055815482908061286457612864613427565b5f828152602080822083015f1990810183905590920190925589825260119052604081205550505b505050505050565b5f5160206134865f395f51905f52546002036128c357604051633ee5aeb560e01b815260040160405180910390fd5b565b6128d28383836001612ac6565b61172f57604051635274afe760e01b81526001600160a01b0384166004820152602401610cdc565b5f61292761290783612b28565b801561292257505f848061291d5761291d6133ed565b868809115b151590565b612932868686612a16565b611b97919061335c565b5f81815260106020526040902080545b801561172f575f8261295f6001846132ff565b8154811061296f5761296f613312565b905f5260205f20015490506129948160035f8481526020019081526020015f20612046565b505080806129a19061343b565b91505061294c565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612a055783831516156129f9573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f5f5f612a238686612b54565b91509150815f03612a4757838181612a3d57612a3d6133ed565b0492505050610d94565b818411612a5e57612a5e6003851502601118612b70565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612b1c578383151615612b10573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6002826003811115612b3d57612b3d613450565b612b479190613464565b60ff166001149050919050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0381168114611591575f5ffd5b5f5f60408385031215612ba6575f5ffd5b823591506020830135612bb881612b81565b809150509250929050565b5f5f60408385031215612bd4575f5ffd5b8235612bdf81612b81565b946020939093013593505050565b5f60208284031215612bfd575f5ffd5b81356001600160e01b031981168114610d94575f5ffd5b5f60208284031215612c24575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b608081525f612c6b6080830187612c2b565b85602084015260ff851660408401528281036060840152612c8c8185612c2b565b979650505050505050565b602081525f610d946020830184612c2b565b5f5f5f60608486031215612cbb575f5ffd5b833592506020840135612ccd81612b81565b915060408401358015158114612ce1575f5ffd5b809150509250925092565b5f5f60408385031215612cfd575f5ffd5b8235612d0881612b81565b91506020830135612bb881612b81565b5f5f5f60608486031215612d2a575f5ffd5b833592506020840135612d3c81612b81565b91506040840135612ce181612b81565b5f5f83601f840112612d5c575f5ffd5b5081356001600160401b03811115612d72575f5ffd5b602083019150836020828501011115612d89575f5ffd5b9250929050565b5f5f5f5f60608587031215612da3575f5ffd5b8435935060208501356001600160401b03811115612dbf575f5ffd5b612dcb87828801612d4c565b9598909750949560400135949350505050565b5f5f5f60608486031215612df0575f5ffd5b505081359360208301359350604090920135919050565b5f5f83601f840112612e17575f5ffd5b5081356001600160401b03811115612e2d575f5ffd5b6020830191508360208260051b8501011115612d89575f5ffd5b5f5f5f5f60408587031215612e5a575f5ffd5b84356001600160401b03811115612e6f575f5ffd5b612e7b87828801612e07565b90955093505060208501356001600160401b03811115612e99575f5ffd5b612ea587828801612e07565b95989497509550505050565b602080825282518282018190525f918401906040840190835b81811015612ee8578351835260209384019390920191600101612eca565b509095945050505050565b5f5f5f60408486031215612f05575f5ffd5b8335925060208401356001600160401b03811115612f21575f5ffd5b612f2d86828701612d4c565b9497909650939450505050565b602080825282518282018190525f918401906040840190835b81811015612ee85783516001600160a01b0316835260209384019390920191600101612f53565b5f5f5f5f5f60a08688031215612f8e575f5ffd5b853594506020860135612fa081612b81565b9350604086013592506060860135915060808601356001600160401b0381168114612fc9575f5ffd5b809150509295509295909350565b5f5f5f60608486031215612fe9575f5ffd5b8335612ff481612b81565b9250602084013591506040840135612ce181612b81565b5f5f5f6060848603121561301d575f5ffd5b83359250602084013561302f81612b81565b929592945050506040919091013590565b5f5f5f5f5f5f60808789031215613055575f5ffd5b863595506020870135945060408701356001600160401b03811115613078575f5ffd5b61308489828a01612d4c565b90955093505060608701356001600160401b038111156130a2575f5ffd5b6130ae89828a01612d4c565b979a9699509497509295939492505050565b5f5f604083850312156130d1575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f608087890312156130f5575f5ffd5b86356001600160401b0381111561310a575f5ffd5b61311689828a01612d4c565b90975095505060208701359350604087013560ff81168114613136575f5ffd5b925060608701356001600160401b038111156130a2575f5ffd5b600181811c9082168061316457607f821691505b60208210810361318257634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b601f82111561172f57805f5260205f20601f840160051c810160208510156131c15750805b601f840160051c820191505b818110156131e0575f81556001016131cd565b5050505050565b6001600160401b038311156131fe576131fe613188565b6132128361320c8354613150565b8361319c565b5f601f841160018114613243575f851561322c5750838201355b5f19600387901b1c1916600186901b1783556131e0565b5f83815260208120601f198716915b828110156132725786850135825560209485019460019092019101613252565b508682101561328e575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f6132db6040830185876132a0565b9050826020830152949350505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156108ea576108ea6132eb565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215613336575f5ffd5b8135610d9481612b81565b602081525f6133546020830184866132a0565b949350505050565b808201808211156108ea576108ea6132eb565b5f60018201613380576133806132eb565b5060010190565b5f60208284031215613397575f5ffd5b5051919050565b858152606060208201525f6133b76060830186886132a0565b82810360408401526133ca8185876132a0565b98975050505050505050565b80820281158282048414176108ea576108ea6132eb565b634e487b7160e01b5f52601260045260245ffd5b5f8261340f5761340f6133ed565b500490565b5f82613422576134226133ed565b500690565b634e487b7160e01b5f52603160045260245ffd5b5f81613449576134496132eb565b505f190190565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680613476576134766133ed565b8060ff8416069150509291505056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a264697066735822122005049ff54934a6f6f035e4d463e615dbc6e72734cf92d26ac4053407bd3a28ac64736f6c634300081e0033",
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

// PackAcceptsAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60d066b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptsAsset(uint256 classId, address asset) view returns(bool)
func (dAT *DAT) PackAcceptsAsset(classId *big.Int, asset common.Address) []byte {
	enc, err := dAT.abi.Pack("acceptsAsset", classId, asset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptsAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60d066b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptsAsset(uint256 classId, address asset) view returns(bool)
func (dAT *DAT) TryPackAcceptsAsset(classId *big.Int, asset common.Address) ([]byte, error) {
	return dAT.abi.Pack("acceptsAsset", classId, asset)
}

// UnpackAcceptsAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60d066b5.
//
// Solidity: function acceptsAsset(uint256 classId, address asset) view returns(bool)
func (dAT *DAT) UnpackAcceptsAsset(data []byte) (bool, error) {
	out, err := dAT.abi.Unpack("acceptsAsset", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// PackSetRevenueAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6c1e49a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRevenueAsset(uint256 classId, address asset, bool accepted) returns()
func (dAT *DAT) PackSetRevenueAsset(classId *big.Int, asset common.Address, accepted bool) []byte {
	enc, err := dAT.abi.Pack("setRevenueAsset", classId, asset, accepted)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRevenueAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6c1e49a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRevenueAsset(uint256 classId, address asset, bool accepted) returns()
func (dAT *DAT) TryPackSetRevenueAsset(classId *big.Int, asset common.Address, accepted bool) ([]byte, error) {
	return dAT.abi.Pack("setRevenueAsset", classId, asset, accepted)
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

// DATRevenueAssetSet represents a RevenueAssetSet event raised by the DAT contract.
type DATRevenueAssetSet struct {
	ClassId  *big.Int
	Asset    common.Address
	Accepted bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const DATRevenueAssetSetEventName = "RevenueAssetSet"

// ContractEventName returns the user-defined event name.
func (DATRevenueAssetSet) ContractEventName() string {
	return DATRevenueAssetSetEventName
}

// UnpackRevenueAssetSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueAssetSet(uint256 indexed classId, address indexed asset, bool accepted)
func (dAT *DAT) UnpackRevenueAssetSetEvent(log *types.Log) (*DATRevenueAssetSet, error) {
	event := "RevenueAssetSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dAT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DATRevenueAssetSet)
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
	if bytes.Equal(raw[:4], dAT.abi.Errors["AssetNotAccepted"].ID.Bytes()[:4]) {
		return dAT.UnpackAssetNotAcceptedError(raw[4:])
	}
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

// DATAssetNotAccepted represents a AssetNotAccepted error raised by the DAT contract.
type DATAssetNotAccepted struct {
	ClassId *big.Int
	Asset   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetNotAccepted(uint256 classId, address asset)
func DATAssetNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x6a6a03471f0bb5c21e18abbe4df5f086e0d152e97dc2c8cbbaa5b27764a6130d")
}

// UnpackAssetNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetNotAccepted(uint256 classId, address asset)
func (dAT *DAT) UnpackAssetNotAcceptedError(raw []byte) (*DATAssetNotAccepted, error) {
	out := new(DATAssetNotAccepted)
	if err := dAT.abi.UnpackIntoInterface(out, "AssetNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
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
