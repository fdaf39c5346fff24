// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The EIP-3009 function a batch calls (bytes-signature form).
interface ITransferWithAuthorization {
    function transferWithAuthorization(
        address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce,
        bytes memory signature
    ) external;
}

/// @title BatchSettler
/// @notice Settles many EIP-3009 authorizations of one token in one
/// transaction. Each transfer is attempted on its own: one that fails (its
/// nonce was used meanwhile, the payer's balance fell) does not undo the
/// others. The token's AuthorizationUsed event tells which ones moved
/// funds. Each transfer gets at most gasPerTransfer, so one payer (say a
/// contract wallet that burns gas when checking a signature) cannot make the
/// whole batch run out of gas. Anyone may call it; it holds no funds and no
/// state, and a transfer moves exactly what its payer signed.
contract BatchSettler {
    struct Transfer {
        address from;
        address to;
        uint256 value;
        uint256 validAfter;
        uint256 validBefore;
        bytes32 nonce;
        bytes signature;
    }

    /// @notice Emitted for each transfer that reverted, with its revert data.
    event TransferFailed(address indexed from, bytes32 indexed nonce, bytes reason);

    /// @return settled how many transfers moved funds.
    function settle(ITransferWithAuthorization token, Transfer[] calldata transfers, uint256 gasPerTransfer)
        external
        returns (uint256 settled)
    {
        for (uint256 i = 0; i < transfers.length; i++) {
            Transfer calldata t = transfers[i];
            try token.transferWithAuthorization{gas: gasPerTransfer}(
                t.from, t.to, t.value, t.validAfter, t.validBefore, t.nonce, t.signature
            ) {
                settled++;
            } catch (bytes memory reason) {
                emit TransferFailed(t.from, t.nonce, reason);
            }
        }
    }
}
