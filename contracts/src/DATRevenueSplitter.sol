// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

import {DataAnchoringToken} from "./DataAnchoringToken.sol";

/// @title DATRevenueSplitter
/// @notice The payee of a paid AI endpoint. x402 payments land here; each
/// distribute(asset) splits what arrived since the last one between the
/// compute provider, the iDAO treasury and the protocol (floor of
/// amount * bps / 10000 each) and the holders of the endpoint's DAT class,
/// who get the rest through settleRevenueERC20, so every wei goes
/// somewhere. While the class has no counted shares (or does not accept the
/// asset) the holders' part waits here and goes with the next distribution;
/// the class admin may instead send what waits to the treasury. A payee
/// that cannot receive (a blacklisted address) is credited and withdraws
/// later, so it cannot block the others. Anyone may call distribute; the
/// split is fixed at deployment.
///
/// Revenue goes to the holders of the class when it is distributed, not
/// when it was paid: run distribute soon after payments (paidai does it
/// after every settlement).
contract DATRevenueSplitter is ReentrancyGuard {
    using SafeERC20 for IERC20;

    uint256 public constant BPS = 10_000;

    DataAnchoringToken public immutable dat;
    uint256 public immutable classId;
    address public immutable provider;
    address public immutable treasury;
    address public immutable protocol;
    uint16 public immutable providerBps;
    uint16 public immutable treasuryBps;
    uint16 public immutable protocolBps;

    /// @notice Holders' revenue not yet settled (the class had no shares).
    mapping(address asset => uint256) public heldForHolders;
    /// @notice Payments a payee could not receive, to withdraw.
    mapping(address payee => mapping(address asset => uint256)) public unpaid;
    /// @notice Everything owed to payees in an asset.
    mapping(address asset => uint256) public unpaidTotal;
    /// @notice Everything this splitter has distributed, per asset.
    mapping(address asset => uint256) public distributedTotal;

    event Distributed(address indexed asset, uint256 amount, uint256 toProvider, uint256 toTreasury, uint256 toProtocol, uint256 toHolders);
    event HoldersPartHeld(address indexed asset, uint256 amount);
    event HeldRedirected(address indexed asset, address indexed treasury, uint256 amount);
    event PaymentDeferred(address indexed payee, address indexed asset, uint256 amount);
    event Withdrawn(address indexed payee, address indexed asset, uint256 amount);

    error BadSplit();
    error ZeroAddress();
    error NotClassAdmin(address caller);
    error SettlementOutOfGas();

    constructor(
        DataAnchoringToken dat_,
        uint256 classId_,
        address provider_,
        address treasury_,
        address protocol_,
        uint16 providerBps_,
        uint16 treasuryBps_,
        uint16 protocolBps_
    ) {
        if (uint256(providerBps_) + treasuryBps_ + protocolBps_ > BPS) revert BadSplit();
        if (provider_ == address(0) || treasury_ == address(0) || protocol_ == address(0)) revert ZeroAddress();
        dat_.classAdminOf(classId_); // reverts for an unknown class
        dat = dat_;
        classId = classId_;
        provider = provider_;
        treasury = treasury_;
        protocol = protocol_;
        providerBps = providerBps_;
        treasuryBps = treasuryBps_;
        protocolBps = protocolBps_;
    }

    /// @notice Splits the asset received since the last distribution.
    /// Returns the amount that was new.
    function distribute(address asset) external nonReentrant returns (uint256 amount) {
        if (asset == address(0)) revert ZeroAddress();
        IERC20 token = IERC20(asset);
        uint256 held = heldForHolders[asset];
        uint256 balance = token.balanceOf(address(this));
        uint256 reserved = held + unpaidTotal[asset];
        if (balance < reserved) {
            // The token took some of our balance away (rebasing, seizure):
            // what waits for holders shrinks, what payees are owed does not.
            held = balance > unpaidTotal[asset] ? balance - unpaidTotal[asset] : 0;
            reserved = held + unpaidTotal[asset];
        }
        amount = balance > reserved ? balance - reserved : 0;
        if (amount == 0 && held == 0) return 0;
        uint256 toProvider = amount * providerBps / BPS;
        uint256 toTreasury = amount * treasuryBps / BPS;
        uint256 toProtocol = amount * protocolBps / BPS;
        uint256 toHolders = amount - toProvider - toTreasury - toProtocol;
        _pay(token, provider, toProvider);
        _pay(token, treasury, toTreasury);
        _pay(token, protocol, toProtocol);
        uint256 settle = held + toHolders;
        if (settle != 0) {
            token.forceApprove(address(dat), settle);
            try dat.settleRevenueERC20(classId, asset, settle) {
                heldForHolders[asset] = 0;
            } catch (bytes memory reason) {
                // No reason is what running out of gas looks like: a caller
                // must not be able to push the holders' part aside that way.
                if (reason.length == 0) revert SettlementOutOfGas();
                token.forceApprove(address(dat), 0);
                heldForHolders[asset] = settle;
                emit HoldersPartHeld(asset, settle);
            }
        } else {
            heldForHolders[asset] = 0;
        }
        distributedTotal[asset] += amount;
        emit Distributed(asset, amount, toProvider, toTreasury, toProtocol, toHolders);
    }

    /// @notice Sends the holders' part waiting here to the treasury (the
    /// class admin's call, for a class that will not take it).
    function redirectHeld(address asset) external nonReentrant {
        if (msg.sender != dat.classAdminOf(classId)) revert NotClassAdmin(msg.sender);
        uint256 amount = heldForHolders[asset];
        heldForHolders[asset] = 0;
        IERC20(asset).safeTransfer(treasury, amount);
        emit HeldRedirected(asset, treasury, amount);
    }

    /// @notice Pays the caller what it could not receive before.
    function withdraw(address asset) external nonReentrant {
        uint256 amount = unpaid[msg.sender][asset];
        unpaid[msg.sender][asset] = 0;
        unpaidTotal[asset] -= amount;
        IERC20(asset).safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, asset, amount);
    }

    function _pay(IERC20 token, address payee, uint256 amount) private {
        if (amount == 0 || token.trySafeTransfer(payee, amount)) return;
        unpaid[payee][address(token)] += amount;
        unpaidTotal[address(token)] += amount;
        emit PaymentDeferred(payee, address(token), amount);
    }
}
