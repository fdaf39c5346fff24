// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

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

// EIP3009TokenMetaData contains all meta data concerning the EIP3009Token contract.
var EIP3009TokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"holders\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"amountEach\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AuthorizationExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AuthorizationNotYetValid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AuthorizationUsedOrCanceled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CallerMustBePayee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"AuthorizationCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"AuthorizationUsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CANCEL_AUTHORIZATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECEIVE_WITH_AUTHORIZATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRANSFER_WITH_AUTHORIZATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"}],\"name\":\"authorizationState\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"cancelAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"cancelAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"receiveWithAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"receiveWithAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"transferWithAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validBefore\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"nonce\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"transferWithAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "EIP3009Token",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161201238038061201283398101604081905261002f91610458565b6040805180820182526008808252672aa9a21021b7b4b760c11b60208084018290528451808601865260018152601960f91b818301528551808701875293845283820192909252845180860190955260048552635553444360e01b908501529192600361009c83826105c3565b5060046100a982826105c3565b5050506100bb826101d860201b60201c565b610120526100c8816101d8565b61014052815160208084019190912060e052815190820120610100524660a05261015460e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526101675f8461021e565b506101927f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68461021e565b505f5b82518110156101cf576101c78382815181106101b3576101b361067d565b6020026020010151836102cb60201b60201c565b600101610195565b50505050610708565b5f5f829050601f8151111561020b578260405163305a27a960e01b81526004016102029190610691565b60405180910390fd5b8051610216826106c6565b179392505050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff166102c2575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561027a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102c5565b505f5b92915050565b6001600160a01b0382166102f45760405163ec442f0560e01b81525f6004820152602401610202565b6102ff5f8383610303565b5050565b6001600160a01b03831661032d578060025f82825461032291906106e9565b9091555061039d9050565b6001600160a01b0383165f908152602081905260409020548181101561037f5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610202565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166103b9576002805482900390556103d7565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161041c91815260200190565b60405180910390a3505050565b80516001600160a01b038116811461043f575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f6060848603121561046a575f5ffd5b61047384610429565b60208501519093506001600160401b0381111561048e575f5ffd5b8401601f8101861361049e575f5ffd5b80516001600160401b038111156104b7576104b7610444565b604051600582901b90603f8201601f191681016001600160401b03811182821017156104e5576104e5610444565b604052918252602081840181019290810189841115610502575f5ffd5b6020850194505b838510156105285761051a85610429565b815260209485019401610509565b506040979097015195989697509495945050505050565b600181811c9082168061055357607f821691505b60208210810361057157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156105be57805f5260205f20601f840160051c8101602085101561059c5750805b601f840160051c820191505b818110156105bb575f81556001016105a8565b50505b505050565b81516001600160401b038111156105dc576105dc610444565b6105f0816105ea845461053f565b84610577565b6020601f821160018114610622575f831561060b5750848201515b5f19600385901b1c1916600184901b1784556105bb565b5f84815260208120601f198516915b828110156106515787850151825560209485019460019092019101610631565b508482101561066e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610571575f1960209190910360031b1b16919050565b808201808211156102c557634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e0516101005161012051610140516118b96107595f395f610d7601525f610d4b01525f610b0d01525f610ae501525f610a4001525f610a6a01525f610a9401526118b95ff3fe608060405234801561000f575f5ffd5b50600436106101d1575f3560e01c806388b7ab63116100fe578063cf0929951161009e578063dd62ed3e1161006e578063dd62ed3e14610431578063e3ee160e14610469578063e94a01021461047c578063ef55bec6146104b4575f5ffd5b8063cf092995146103bd578063d5391393146103d0578063d547741f146103f7578063d91694871461040a575f5ffd5b8063a0cc6a68116100d9578063a0cc6a6814610369578063a217fddf14610390578063a9059cbb14610397578063b7b72899146103aa575f5ffd5b806388b7ab631461033b57806391d148541461034e57806395d89b4114610361575f5ffd5b8063313ce567116101745780635a049a70116101445780635a049a70146102be57806370a08231146102d15780637f2eecc3146102f957806384b0196e14610320575f5ffd5b8063313ce567146102815780633644e5151461029057806336568abe1461029857806340c10f19146102ab575f5ffd5b806318160ddd116101af57806318160ddd1461022557806323b872dd14610237578063248a9ca31461024a5780632f2ff15d1461026c575f5ffd5b806301ffc9a7146101d557806306fdde03146101fd578063095ea7b314610212575b5f5ffd5b6101e86101e33660046113b3565b6104c7565b60405190151581526020015b60405180910390f35b6102056104fd565b6040516101f49190611408565b6101e8610220366004611435565b61058d565b6002545b6040519081526020016101f4565b6101e861024536600461145d565b6105a4565b610229610258366004611497565b5f9081526008602052604090206001015490565b61027f61027a3660046114ae565b6105c9565b005b604051600681526020016101f4565b6102296105f3565b61027f6102a63660046114ae565b610601565b61027f6102b9366004611435565b610639565b61027f6102cc3660046114e8565b61066d565b6102296102df366004611532565b6001600160a01b03165f9081526020819052604090205490565b6102297fd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de881565b6103286106a2565b6040516101f4979695949392919061154b565b61027f610349366004611680565b6106e4565b6101e861035c3660046114ae565b610746565b610205610770565b6102297f7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a226781565b6102295f81565b6101e86103a5366004611435565b61077f565b61027f6103b83660046116ff565b61078c565b61027f6103cb366004611680565b610797565b6102297f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b61027f6104053660046114ae565b6107c7565b6102297f158b0a9edf7a828aad02f63cd515c68ef2f50ba807396f6d12842833a159742981565b61022961043f366004611752565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61027f61047736600461177a565b6107eb565b6101e861048a366004611435565b6001600160a01b03919091165f908152600760209081526040808320938352929052205460ff1690565b61027f6104c236600461177a565b610849565b5f6001600160e01b03198216637965db0b60e01b14806104f757506301ffc9a760e01b6001600160e01b03198316145b92915050565b60606003805461050c906117f5565b80601f0160208091040260200160405190810160405280929190818152602001828054610538906117f5565b80156105835780601f1061055a57610100808354040283529160200191610583565b820191905f5260205f20905b81548152906001019060200180831161056657829003601f168201915b5050505050905090565b5f3361059a8185856108b1565b5060019392505050565b5f336105b18582856108be565b6105bc858585610939565b60019150505b9392505050565b5f828152600860205260409020600101546105e381610996565b6105ed83836109a3565b50505050565b5f6105fc610a34565b905090565b6001600160a01b038116331461062a5760405163334bd91960e11b815260040160405180910390fd5b6106348282610b5d565b505050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a661066381610996565b6106348383610bc8565b61069b85858484876040516020016106879392919061182d565b604051602081830303815290604052610c00565b5050505050565b5f6060805f5f5f60606106b3610d44565b6106bb610d6f565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b6001600160a01b038616331461070d57604051635454b17d60e01b815260040160405180910390fd5b61073d7fd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de888888888888888610d9a565b50505050505050565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606004805461050c906117f5565b5f3361059a818585610939565b610634838383610c00565b61073d7f7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a226788888888888888610d9a565b5f828152600860205260409020600101546107e181610996565b6105ed8383610b5d565b61083e7f7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a22678a8a8a8a8a8a89898c60405160200161082a9392919061182d565b604051602081830303815290604052610d9a565b505050505050505050565b6001600160a01b038816331461087257604051635454b17d60e01b815260040160405180910390fd5b61083e7fd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de88a8a8a8a8a8a89898c60405160200161082a9392919061182d565b6106348383836001610f0c565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156105ed578181101561092b57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b6105ed84848484035f610f0c565b6001600160a01b03831661096257604051634b637e8f60e11b81525f6004820152602401610922565b6001600160a01b03821661098b5760405163ec442f0560e01b81525f6004820152602401610922565b610634838383610fde565b6109a08133611104565b50565b5f6109ae8383610746565b610a2d575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556109e53390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104f7565b505f6104f7565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610a8c57507f000000000000000000000000000000000000000000000000000000000000000046145b15610ab657507f000000000000000000000000000000000000000000000000000000000000000090565b6105fc604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f610b688383610746565b15610a2d575f8381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104f7565b6001600160a01b038216610bf15760405163ec442f0560e01b81525f6004820152602401610922565b610bfc5f8383610fde565b5050565b6001600160a01b0383165f90815260076020908152604080832085845290915290205460ff1615610c445760405163cbea100160e01b815260040160405180910390fd5b604080517f158b0a9edf7a828aad02f63cd515c68ef2f50ba807396f6d12842833a159742960208201526001600160a01b03851691810191909152606081018390525f90610cab906080015b6040516020818303038152906040528051906020012061113d565b90506001600160a01b0384161580610ccb5750610cc9848284611169565b155b15610ce957604051638baa579f60e01b815260040160405180910390fd5b6001600160a01b0384165f818152600760209081526040808320878452909152808220805460ff19166001179055518592917f1cdd46ff242716cdaa72d159d339a485b3438398348d68f09d7c8c0a59353d8191a350505050565b60606105fc7f00000000000000000000000000000000000000000000000000000000000000006111d9565b60606105fc7f00000000000000000000000000000000000000000000000000000000000000006111d9565b834211610dba57604051636fc721b960e11b815260040160405180910390fd5b824210610dda57604051630f05f5bf60e01b815260040160405180910390fd5b6001600160a01b0387165f90815260076020908152604080832085845290915290205460ff1615610e1e5760405163cbea100160e01b815260040160405180910390fd5b60408051602081018a90526001600160a01b03808a169282019290925290871660608201526080810186905260a0810185905260c0810184905260e081018390525f90610e6e9061010001610c90565b90506001600160a01b0388161580610e8e5750610e8c888284611169565b155b15610eac57604051638baa579f60e01b815260040160405180910390fd5b6001600160a01b0388165f818152600760209081526040808320878452909152808220805460ff19166001179055518592917f98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a591a361083e888888610939565b6001600160a01b038416610f355760405163e602df0560e01b81525f6004820152602401610922565b6001600160a01b038316610f5e57604051634a1406b160e11b81525f6004820152602401610922565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156105ed57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610fd091815260200190565b60405180910390a350505050565b6001600160a01b038316611008578060025f828254610ffd9190611850565b909155506110789050565b6001600160a01b0383165f908152602081905260409020548181101561105a5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610922565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216611094576002805482900390556110b2565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516110f791815260200190565b60405180910390a3505050565b61110e8282610746565b610bfc5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610922565b5f6104f7611149610a34565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f036111c7575f5f6111878585611216565b5090925090505f8160038111156111a0576111a061186f565b1480156111be5750856001600160a01b0316826001600160a01b0316145b925050506105c2565b6111d284848461125f565b90506105c2565b60605f6111e5836112c4565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f5f5f835160410361124d576020840151604085015160608601515f1a61123f888285856112eb565b955095509550505050611258565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f60ff8216601f8111156104f757604051632cd44ac360e21b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561132457505f915060039050826113a9565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611375573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166113a057505f9250600191508290506113a9565b92505f91508190505b9450945094915050565b5f602082840312156113c3575f5ffd5b81356001600160e01b0319811681146105c2575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6105c260208301846113da565b80356001600160a01b0381168114611430575f5ffd5b919050565b5f5f60408385031215611446575f5ffd5b61144f8361141a565b946020939093013593505050565b5f5f5f6060848603121561146f575f5ffd5b6114788461141a565b92506114866020850161141a565b929592945050506040919091013590565b5f602082840312156114a7575f5ffd5b5035919050565b5f5f604083850312156114bf575f5ffd5b823591506114cf6020840161141a565b90509250929050565b803560ff81168114611430575f5ffd5b5f5f5f5f5f60a086880312156114fc575f5ffd5b6115058661141a565b94506020860135935061151a604087016114d8565b94979396509394606081013594506080013592915050565b5f60208284031215611542575f5ffd5b6105c28261141a565b60ff60f81b8816815260e060208201525f61156960e08301896113da565b828103604084015261157b81896113da565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156115d05783518352602093840193909201916001016115b2565b50909b9a5050505050505050505050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112611604575f5ffd5b813567ffffffffffffffff81111561161e5761161e6115e1565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561164d5761164d6115e1565b604052818152838201602001851015611664575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f5f5f5f60e0888a031215611696575f5ffd5b61169f8861141a565b96506116ad6020890161141a565b955060408801359450606088013593506080880135925060a0880135915060c088013567ffffffffffffffff8111156116e4575f5ffd5b6116f08a828b016115f5565b91505092959891949750929550565b5f5f5f60608486031215611711575f5ffd5b61171a8461141a565b925060208401359150604084013567ffffffffffffffff81111561173c575f5ffd5b611748868287016115f5565b9150509250925092565b5f5f60408385031215611763575f5ffd5b61176c8361141a565b91506114cf6020840161141a565b5f5f5f5f5f5f5f5f5f6101208a8c031215611793575f5ffd5b61179c8a61141a565b98506117aa60208b0161141a565b975060408a0135965060608a0135955060808a0135945060a08a013593506117d460c08b016114d8565b989b979a50959894979396929550929360e081013593506101000135919050565b600181811c9082168061180957607f821691505b60208210810361182757634e487b7160e01b5f52602260045260245ffd5b50919050565b928352602083019190915260f81b6001600160f81b031916604082015260410190565b808201808211156104f757634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea26469706673582212205d1c858d044bf08a1836f4023a7c052d329874ae018e71455e4d45aa497cec9d64736f6c634300081e0033",
}

// EIP3009Token is an auto generated Go binding around an Ethereum contract.
type EIP3009Token struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EIP3009Token) GetABI() abi.ABI {
	return c.abi
}

// NewEIP3009Token creates a new instance of EIP3009Token.
func NewEIP3009Token() *EIP3009Token {
	parsed, err := EIP3009TokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EIP3009Token{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EIP3009Token) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address[] holders, uint256 amountEach) returns()
func (eIP3009Token *EIP3009Token) PackConstructor(admin common.Address, holders []common.Address, amountEach *big.Int) []byte {
	enc, err := eIP3009Token.abi.Pack("", admin, holders, amountEach)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCANCELAUTHORIZATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9169487.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CANCEL_AUTHORIZATION_TYPEHASH() view returns(bytes32)
func (eIP3009Token *EIP3009Token) PackCANCELAUTHORIZATIONTYPEHASH() []byte {
	enc, err := eIP3009Token.abi.Pack("CANCEL_AUTHORIZATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCANCELAUTHORIZATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9169487.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CANCEL_AUTHORIZATION_TYPEHASH() view returns(bytes32)
func (eIP3009Token *EIP3009Token) TryPackCANCELAUTHORIZATIONTYPEHASH() ([]byte, error) {
	return eIP3009Token.abi.Pack("CANCEL_AUTHORIZATION_TYPEHASH")
}

// UnpackCANCELAUTHORIZATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9169487.
//
// Solidity: function CANCEL_AUTHORIZATION_TYPEHASH() view returns(bytes32)
func (eIP3009Token *EIP3009Token) UnpackCANCELAUTHORIZATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := eIP3009Token.abi.Unpack("CANCEL_AUTHORIZATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (eIP3009Token *EIP3009Token) PackDEFAULTADMINROLE() []byte {
	enc, err := eIP3009Token.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (eIP3009Token *EIP3009Token) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return eIP3009Token.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (eIP3009Token *EIP3009Token) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := eIP3009Token.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (eIP3009Token *EIP3009Token) PackDOMAINSEPARATOR() []byte {
	enc, err := eIP3009Token.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (eIP3009Token *EIP3009Token) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return eIP3009Token.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (eIP3009Token *EIP3009Token) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := eIP3009Token.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (eIP3009Token *EIP3009Token) PackMINTERROLE() []byte {
	enc, err := eIP3009Token.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (eIP3009Token *EIP3009Token) TryPackMINTERROLE() ([]byte, error) {
	return eIP3009Token.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (eIP3009Token *EIP3009Token) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := eIP3009Token.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRECEIVEWITHAUTHORIZATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f2eecc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECEIVE_WITH_AUTHORIZATION_TYPEHASH() view returns(bytes32)
func (eIP3009Token *EIP3009Token) PackRECEIVEWITHAUTHORIZATIONTYPEHASH() []byte {
	enc, err := eIP3009Token.abi.Pack("RECEIVE_WITH_AUTHORIZATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECEIVEWITHAUTHORIZATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f2eecc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECEIVE_WITH_AUTHORIZATION_TYPEHASH() view returns(bytes32)
func (eIP3009Token *EIP3009Token) TryPackRECEIVEWITHAUTHORIZATIONTYPEHASH() ([]byte, error) {
	return eIP3009Token.abi.Pack("RECEIVE_WITH_AUTHORIZATION_TYPEHASH")
}

// UnpackRECEIVEWITHAUTHORIZATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f2eecc3.
//
// Solidity: function RECEIVE_WITH_AUTHORIZATION_TYPEHASH() view returns(bytes32)
func (eIP3009Token *EIP3009Token) UnpackRECEIVEWITHAUTHORIZATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := eIP3009Token.abi.Unpack("RECEIVE_WITH_AUTHORIZATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTRANSFERWITHAUTHORIZATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0cc6a68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TRANSFER_WITH_AUTHORIZATION_TYPEHASH() view returns(bytes32)
func (eIP3009Token *EIP3009Token) PackTRANSFERWITHAUTHORIZATIONTYPEHASH() []byte {
	enc, err := eIP3009Token.abi.Pack("TRANSFER_WITH_AUTHORIZATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTRANSFERWITHAUTHORIZATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0cc6a68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TRANSFER_WITH_AUTHORIZATION_TYPEHASH() view returns(bytes32)
func (eIP3009Token *EIP3009Token) TryPackTRANSFERWITHAUTHORIZATIONTYPEHASH() ([]byte, error) {
	return eIP3009Token.abi.Pack("TRANSFER_WITH_AUTHORIZATION_TYPEHASH")
}

// UnpackTRANSFERWITHAUTHORIZATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0cc6a68.
//
// Solidity: function TRANSFER_WITH_AUTHORIZATION_TYPEHASH() view returns(bytes32)
func (eIP3009Token *EIP3009Token) UnpackTRANSFERWITHAUTHORIZATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := eIP3009Token.abi.Unpack("TRANSFER_WITH_AUTHORIZATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (eIP3009Token *EIP3009Token) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := eIP3009Token.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (eIP3009Token *EIP3009Token) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return eIP3009Token.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (eIP3009Token *EIP3009Token) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := eIP3009Token.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (eIP3009Token *EIP3009Token) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := eIP3009Token.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (eIP3009Token *EIP3009Token) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return eIP3009Token.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (eIP3009Token *EIP3009Token) UnpackApprove(data []byte) (bool, error) {
	out, err := eIP3009Token.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAuthorizationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe94a0102.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function authorizationState(address authorizer, bytes32 nonce) view returns(bool)
func (eIP3009Token *EIP3009Token) PackAuthorizationState(authorizer common.Address, nonce [32]byte) []byte {
	enc, err := eIP3009Token.abi.Pack("authorizationState", authorizer, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAuthorizationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe94a0102.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function authorizationState(address authorizer, bytes32 nonce) view returns(bool)
func (eIP3009Token *EIP3009Token) TryPackAuthorizationState(authorizer common.Address, nonce [32]byte) ([]byte, error) {
	return eIP3009Token.abi.Pack("authorizationState", authorizer, nonce)
}

// UnpackAuthorizationState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe94a0102.
//
// Solidity: function authorizationState(address authorizer, bytes32 nonce) view returns(bool)
func (eIP3009Token *EIP3009Token) UnpackAuthorizationState(data []byte) (bool, error) {
	out, err := eIP3009Token.abi.Unpack("authorizationState", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (eIP3009Token *EIP3009Token) PackBalanceOf(account common.Address) []byte {
	enc, err := eIP3009Token.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (eIP3009Token *EIP3009Token) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return eIP3009Token.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (eIP3009Token *EIP3009Token) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := eIP3009Token.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a049a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (eIP3009Token *EIP3009Token) PackCancelAuthorization(authorizer common.Address, nonce [32]byte, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := eIP3009Token.abi.Pack("cancelAuthorization", authorizer, nonce, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a049a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (eIP3009Token *EIP3009Token) TryPackCancelAuthorization(authorizer common.Address, nonce [32]byte, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return eIP3009Token.abi.Pack("cancelAuthorization", authorizer, nonce, v, r, s)
}

// PackCancelAuthorization0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7b72899.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelAuthorization(address authorizer, bytes32 nonce, bytes signature) returns()
func (eIP3009Token *EIP3009Token) PackCancelAuthorization0(authorizer common.Address, nonce [32]byte, signature []byte) []byte {
	enc, err := eIP3009Token.abi.Pack("cancelAuthorization0", authorizer, nonce, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelAuthorization0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7b72899.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelAuthorization(address authorizer, bytes32 nonce, bytes signature) returns()
func (eIP3009Token *EIP3009Token) TryPackCancelAuthorization0(authorizer common.Address, nonce [32]byte, signature []byte) ([]byte, error) {
	return eIP3009Token.abi.Pack("cancelAuthorization0", authorizer, nonce, signature)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (eIP3009Token *EIP3009Token) PackDecimals() []byte {
	enc, err := eIP3009Token.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (eIP3009Token *EIP3009Token) TryPackDecimals() ([]byte, error) {
	return eIP3009Token.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (eIP3009Token *EIP3009Token) UnpackDecimals(data []byte) (uint8, error) {
	out, err := eIP3009Token.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (eIP3009Token *EIP3009Token) PackEip712Domain() []byte {
	enc, err := eIP3009Token.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (eIP3009Token *EIP3009Token) TryPackEip712Domain() ([]byte, error) {
	return eIP3009Token.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (eIP3009Token *EIP3009Token) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := eIP3009Token.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (eIP3009Token *EIP3009Token) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := eIP3009Token.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (eIP3009Token *EIP3009Token) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return eIP3009Token.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (eIP3009Token *EIP3009Token) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := eIP3009Token.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (eIP3009Token *EIP3009Token) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := eIP3009Token.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (eIP3009Token *EIP3009Token) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return eIP3009Token.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (eIP3009Token *EIP3009Token) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := eIP3009Token.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (eIP3009Token *EIP3009Token) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return eIP3009Token.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (eIP3009Token *EIP3009Token) UnpackHasRole(data []byte) (bool, error) {
	out, err := eIP3009Token.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (eIP3009Token *EIP3009Token) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := eIP3009Token.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (eIP3009Token *EIP3009Token) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return eIP3009Token.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (eIP3009Token *EIP3009Token) PackName() []byte {
	enc, err := eIP3009Token.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (eIP3009Token *EIP3009Token) TryPackName() ([]byte, error) {
	return eIP3009Token.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (eIP3009Token *EIP3009Token) UnpackName(data []byte) (string, error) {
	out, err := eIP3009Token.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackReceiveWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88b7ab63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, bytes signature) returns()
func (eIP3009Token *EIP3009Token) PackReceiveWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, signature []byte) []byte {
	enc, err := eIP3009Token.abi.Pack("receiveWithAuthorization", from, to, value, validAfter, validBefore, nonce, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiveWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88b7ab63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiveWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, bytes signature) returns()
func (eIP3009Token *EIP3009Token) TryPackReceiveWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, signature []byte) ([]byte, error) {
	return eIP3009Token.abi.Pack("receiveWithAuthorization", from, to, value, validAfter, validBefore, nonce, signature)
}

// PackReceiveWithAuthorization0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef55bec6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (eIP3009Token *EIP3009Token) PackReceiveWithAuthorization0(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := eIP3009Token.abi.Pack("receiveWithAuthorization0", from, to, value, validAfter, validBefore, nonce, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiveWithAuthorization0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef55bec6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiveWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (eIP3009Token *EIP3009Token) TryPackReceiveWithAuthorization0(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return eIP3009Token.abi.Pack("receiveWithAuthorization0", from, to, value, validAfter, validBefore, nonce, v, r, s)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (eIP3009Token *EIP3009Token) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := eIP3009Token.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (eIP3009Token *EIP3009Token) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return eIP3009Token.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (eIP3009Token *EIP3009Token) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := eIP3009Token.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (eIP3009Token *EIP3009Token) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return eIP3009Token.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (eIP3009Token *EIP3009Token) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := eIP3009Token.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (eIP3009Token *EIP3009Token) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return eIP3009Token.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (eIP3009Token *EIP3009Token) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := eIP3009Token.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (eIP3009Token *EIP3009Token) PackSymbol() []byte {
	enc, err := eIP3009Token.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (eIP3009Token *EIP3009Token) TryPackSymbol() ([]byte, error) {
	return eIP3009Token.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (eIP3009Token *EIP3009Token) UnpackSymbol(data []byte) (string, error) {
	out, err := eIP3009Token.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (eIP3009Token *EIP3009Token) PackTotalSupply() []byte {
	enc, err := eIP3009Token.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (eIP3009Token *EIP3009Token) TryPackTotalSupply() ([]byte, error) {
	return eIP3009Token.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (eIP3009Token *EIP3009Token) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := eIP3009Token.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (eIP3009Token *EIP3009Token) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := eIP3009Token.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (eIP3009Token *EIP3009Token) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return eIP3009Token.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (eIP3009Token *EIP3009Token) UnpackTransfer(data []byte) (bool, error) {
	out, err := eIP3009Token.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (eIP3009Token *EIP3009Token) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := eIP3009Token.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (eIP3009Token *EIP3009Token) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return eIP3009Token.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (eIP3009Token *EIP3009Token) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := eIP3009Token.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf092995.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, bytes signature) returns()
func (eIP3009Token *EIP3009Token) PackTransferWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, signature []byte) []byte {
	enc, err := eIP3009Token.abi.Pack("transferWithAuthorization", from, to, value, validAfter, validBefore, nonce, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf092995.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, bytes signature) returns()
func (eIP3009Token *EIP3009Token) TryPackTransferWithAuthorization(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, signature []byte) ([]byte, error) {
	return eIP3009Token.abi.Pack("transferWithAuthorization", from, to, value, validAfter, validBefore, nonce, signature)
}

// PackTransferWithAuthorization0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3ee160e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (eIP3009Token *EIP3009Token) PackTransferWithAuthorization0(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := eIP3009Token.abi.Pack("transferWithAuthorization0", from, to, value, validAfter, validBefore, nonce, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferWithAuthorization0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3ee160e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) returns()
func (eIP3009Token *EIP3009Token) TryPackTransferWithAuthorization0(from common.Address, to common.Address, value *big.Int, validAfter *big.Int, validBefore *big.Int, nonce [32]byte, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return eIP3009Token.abi.Pack("transferWithAuthorization0", from, to, value, validAfter, validBefore, nonce, v, r, s)
}

// EIP3009TokenApproval represents a Approval event raised by the EIP3009Token contract.
type EIP3009TokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const EIP3009TokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (EIP3009TokenApproval) ContractEventName() string {
	return EIP3009TokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (eIP3009Token *EIP3009Token) UnpackApprovalEvent(log *types.Log) (*EIP3009TokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eIP3009Token.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EIP3009TokenApproval)
	if len(log.Data) > 0 {
		if err := eIP3009Token.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eIP3009Token.abi.Events[event].Inputs {
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

// EIP3009TokenAuthorizationCanceled represents a AuthorizationCanceled event raised by the EIP3009Token contract.
type EIP3009TokenAuthorizationCanceled struct {
	Authorizer common.Address
	Nonce      [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const EIP3009TokenAuthorizationCanceledEventName = "AuthorizationCanceled"

// ContractEventName returns the user-defined event name.
func (EIP3009TokenAuthorizationCanceled) ContractEventName() string {
	return EIP3009TokenAuthorizationCanceledEventName
}

// UnpackAuthorizationCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuthorizationCanceled(address indexed authorizer, bytes32 indexed nonce)
func (eIP3009Token *EIP3009Token) UnpackAuthorizationCanceledEvent(log *types.Log) (*EIP3009TokenAuthorizationCanceled, error) {
	event := "AuthorizationCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eIP3009Token.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EIP3009TokenAuthorizationCanceled)
	if len(log.Data) > 0 {
		if err := eIP3009Token.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eIP3009Token.abi.Events[event].Inputs {
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

// EIP3009TokenAuthorizationUsed represents a AuthorizationUsed event raised by the EIP3009Token contract.
type EIP3009TokenAuthorizationUsed struct {
	Authorizer common.Address
	Nonce      [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const EIP3009TokenAuthorizationUsedEventName = "AuthorizationUsed"

// ContractEventName returns the user-defined event name.
func (EIP3009TokenAuthorizationUsed) ContractEventName() string {
	return EIP3009TokenAuthorizationUsedEventName
}

// UnpackAuthorizationUsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuthorizationUsed(address indexed authorizer, bytes32 indexed nonce)
func (eIP3009Token *EIP3009Token) UnpackAuthorizationUsedEvent(log *types.Log) (*EIP3009TokenAuthorizationUsed, error) {
	event := "AuthorizationUsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eIP3009Token.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EIP3009TokenAuthorizationUsed)
	if len(log.Data) > 0 {
		if err := eIP3009Token.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eIP3009Token.abi.Events[event].Inputs {
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

// EIP3009TokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the EIP3009Token contract.
type EIP3009TokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const EIP3009TokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (EIP3009TokenEIP712DomainChanged) ContractEventName() string {
	return EIP3009TokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (eIP3009Token *EIP3009Token) UnpackEIP712DomainChangedEvent(log *types.Log) (*EIP3009TokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eIP3009Token.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EIP3009TokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := eIP3009Token.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eIP3009Token.abi.Events[event].Inputs {
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

// EIP3009TokenRoleAdminChanged represents a RoleAdminChanged event raised by the EIP3009Token contract.
type EIP3009TokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const EIP3009TokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (EIP3009TokenRoleAdminChanged) ContractEventName() string {
	return EIP3009TokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (eIP3009Token *EIP3009Token) UnpackRoleAdminChangedEvent(log *types.Log) (*EIP3009TokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eIP3009Token.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EIP3009TokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := eIP3009Token.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eIP3009Token.abi.Events[event].Inputs {
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

// EIP3009TokenRoleGranted represents a RoleGranted event raised by the EIP3009Token contract.
type EIP3009TokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EIP3009TokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (EIP3009TokenRoleGranted) ContractEventName() string {
	return EIP3009TokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (eIP3009Token *EIP3009Token) UnpackRoleGrantedEvent(log *types.Log) (*EIP3009TokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eIP3009Token.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EIP3009TokenRoleGranted)
	if len(log.Data) > 0 {
		if err := eIP3009Token.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eIP3009Token.abi.Events[event].Inputs {
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

// EIP3009TokenRoleRevoked represents a RoleRevoked event raised by the EIP3009Token contract.
type EIP3009TokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EIP3009TokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (EIP3009TokenRoleRevoked) ContractEventName() string {
	return EIP3009TokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (eIP3009Token *EIP3009Token) UnpackRoleRevokedEvent(log *types.Log) (*EIP3009TokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eIP3009Token.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EIP3009TokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := eIP3009Token.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eIP3009Token.abi.Events[event].Inputs {
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

// EIP3009TokenTransfer represents a Transfer event raised by the EIP3009Token contract.
type EIP3009TokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const EIP3009TokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (EIP3009TokenTransfer) ContractEventName() string {
	return EIP3009TokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (eIP3009Token *EIP3009Token) UnpackTransferEvent(log *types.Log) (*EIP3009TokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eIP3009Token.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EIP3009TokenTransfer)
	if len(log.Data) > 0 {
		if err := eIP3009Token.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eIP3009Token.abi.Events[event].Inputs {
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
func (eIP3009Token *EIP3009Token) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["AuthorizationExpired"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackAuthorizationExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["AuthorizationNotYetValid"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackAuthorizationNotYetValidError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["AuthorizationUsedOrCanceled"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackAuthorizationUsedOrCanceledError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["CallerMustBePayee"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackCallerMustBePayeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], eIP3009Token.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return eIP3009Token.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EIP3009TokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the EIP3009Token contract.
type EIP3009TokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func EIP3009TokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (eIP3009Token *EIP3009Token) UnpackAccessControlBadConfirmationError(raw []byte) (*EIP3009TokenAccessControlBadConfirmation, error) {
	out := new(EIP3009TokenAccessControlBadConfirmation)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the EIP3009Token contract.
type EIP3009TokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func EIP3009TokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (eIP3009Token *EIP3009Token) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*EIP3009TokenAccessControlUnauthorizedAccount, error) {
	out := new(EIP3009TokenAccessControlUnauthorizedAccount)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenAuthorizationExpired represents a AuthorizationExpired error raised by the EIP3009Token contract.
type EIP3009TokenAuthorizationExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuthorizationExpired()
func EIP3009TokenAuthorizationExpiredErrorID() common.Hash {
	return common.HexToHash("0x0f05f5bfa72101059ba5651871d96682a3f2a996379bb3603e7e1b277b73f5ac")
}

// UnpackAuthorizationExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuthorizationExpired()
func (eIP3009Token *EIP3009Token) UnpackAuthorizationExpiredError(raw []byte) (*EIP3009TokenAuthorizationExpired, error) {
	out := new(EIP3009TokenAuthorizationExpired)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "AuthorizationExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenAuthorizationNotYetValid represents a AuthorizationNotYetValid error raised by the EIP3009Token contract.
type EIP3009TokenAuthorizationNotYetValid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuthorizationNotYetValid()
func EIP3009TokenAuthorizationNotYetValidErrorID() common.Hash {
	return common.HexToHash("0xdf8e43724eb8871a7e094011d490881199ac1cedece22088767823602eee8330")
}

// UnpackAuthorizationNotYetValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuthorizationNotYetValid()
func (eIP3009Token *EIP3009Token) UnpackAuthorizationNotYetValidError(raw []byte) (*EIP3009TokenAuthorizationNotYetValid, error) {
	out := new(EIP3009TokenAuthorizationNotYetValid)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "AuthorizationNotYetValid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenAuthorizationUsedOrCanceled represents a AuthorizationUsedOrCanceled error raised by the EIP3009Token contract.
type EIP3009TokenAuthorizationUsedOrCanceled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuthorizationUsedOrCanceled()
func EIP3009TokenAuthorizationUsedOrCanceledErrorID() common.Hash {
	return common.HexToHash("0xcbea1001c4ae26e2db835e8ec06a74b1d2bd9064f98a3e62dc9fa5c99eecc4ba")
}

// UnpackAuthorizationUsedOrCanceledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuthorizationUsedOrCanceled()
func (eIP3009Token *EIP3009Token) UnpackAuthorizationUsedOrCanceledError(raw []byte) (*EIP3009TokenAuthorizationUsedOrCanceled, error) {
	out := new(EIP3009TokenAuthorizationUsedOrCanceled)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "AuthorizationUsedOrCanceled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenCallerMustBePayee represents a CallerMustBePayee error raised by the EIP3009Token contract.
type EIP3009TokenCallerMustBePayee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerMustBePayee()
func EIP3009TokenCallerMustBePayeeErrorID() common.Hash {
	return common.HexToHash("0x5454b17d0d08b6ac6e21b2f5afcaa1df5a9a56a39a7853a9f833d9c08ffb3ff9")
}

// UnpackCallerMustBePayeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerMustBePayee()
func (eIP3009Token *EIP3009Token) UnpackCallerMustBePayeeError(raw []byte) (*EIP3009TokenCallerMustBePayee, error) {
	out := new(EIP3009TokenCallerMustBePayee)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "CallerMustBePayee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the EIP3009Token contract.
type EIP3009TokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func EIP3009TokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (eIP3009Token *EIP3009Token) UnpackERC20InsufficientAllowanceError(raw []byte) (*EIP3009TokenERC20InsufficientAllowance, error) {
	out := new(EIP3009TokenERC20InsufficientAllowance)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the EIP3009Token contract.
type EIP3009TokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func EIP3009TokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (eIP3009Token *EIP3009Token) UnpackERC20InsufficientBalanceError(raw []byte) (*EIP3009TokenERC20InsufficientBalance, error) {
	out := new(EIP3009TokenERC20InsufficientBalance)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the EIP3009Token contract.
type EIP3009TokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func EIP3009TokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (eIP3009Token *EIP3009Token) UnpackERC20InvalidApproverError(raw []byte) (*EIP3009TokenERC20InvalidApprover, error) {
	out := new(EIP3009TokenERC20InvalidApprover)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the EIP3009Token contract.
type EIP3009TokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func EIP3009TokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (eIP3009Token *EIP3009Token) UnpackERC20InvalidReceiverError(raw []byte) (*EIP3009TokenERC20InvalidReceiver, error) {
	out := new(EIP3009TokenERC20InvalidReceiver)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenERC20InvalidSender represents a ERC20InvalidSender error raised by the EIP3009Token contract.
type EIP3009TokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func EIP3009TokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (eIP3009Token *EIP3009Token) UnpackERC20InvalidSenderError(raw []byte) (*EIP3009TokenERC20InvalidSender, error) {
	out := new(EIP3009TokenERC20InvalidSender)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the EIP3009Token contract.
type EIP3009TokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func EIP3009TokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (eIP3009Token *EIP3009Token) UnpackERC20InvalidSpenderError(raw []byte) (*EIP3009TokenERC20InvalidSpender, error) {
	out := new(EIP3009TokenERC20InvalidSpender)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenInvalidShortString represents a InvalidShortString error raised by the EIP3009Token contract.
type EIP3009TokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func EIP3009TokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (eIP3009Token *EIP3009Token) UnpackInvalidShortStringError(raw []byte) (*EIP3009TokenInvalidShortString, error) {
	out := new(EIP3009TokenInvalidShortString)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenInvalidSignature represents a InvalidSignature error raised by the EIP3009Token contract.
type EIP3009TokenInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature()
func EIP3009TokenInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x8baa579fce362245063d36f11747a89dd489c54795634fc673cc0e0db51fedc5")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature()
func (eIP3009Token *EIP3009Token) UnpackInvalidSignatureError(raw []byte) (*EIP3009TokenInvalidSignature, error) {
	out := new(EIP3009TokenInvalidSignature)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EIP3009TokenStringTooLong represents a StringTooLong error raised by the EIP3009Token contract.
type EIP3009TokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func EIP3009TokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (eIP3009Token *EIP3009Token) UnpackStringTooLongError(raw []byte) (*EIP3009TokenStringTooLong, error) {
	out := new(EIP3009TokenStringTooLong)
	if err := eIP3009Token.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
