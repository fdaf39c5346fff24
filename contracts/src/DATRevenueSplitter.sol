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
/// somewhere. While the class has no counted shares the holders' part
/// waits here and goes with the next distribution. Anyone may call
/// distribute; the split is fixed at deployment.
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
    /// @notice Everything this splitter has distributed, per asset.
    mapping(address asset => uint256) public distributedTotal;

    event Distributed(address indexed asset, uint256 amount, uint256 toProvider, uint256 toTreasury, uint256 toProtocol, uint256 toHolders);
    event HoldersPartHeld(address indexed asset, uint256 amount);

    error BadSplit();
    error ZeroAddress();

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
        amount = token.balanceOf(address(this)) - held;
        if (amount == 0 && held == 0) return 0;
        uint256 toProvider = amount * providerBps / BPS;
        uint256 toTreasury = amount * treasuryBps / BPS;
        uint256 toProtocol = amount * protocolBps / BPS;
        uint256 toHolders = amount - toProvider - toTreasury - toProtocol;
        if (toProvider != 0) token.safeTransfer(provider, toProvider);
        if (toTreasury != 0) token.safeTransfer(treasury, toTreasury);
        if (toProtocol != 0) token.safeTransfer(protocol, toProtocol);
        uint256 settle = held + toHolders;
        if (settle != 0) {
            token.forceApprove(address(dat), settle);
            try dat.settleRevenueERC20(classId, asset, settle) {
                heldForHolders[asset] = 0;
            } catch {
                token.forceApprove(address(dat), 0);
                heldForHolders[asset] = settle;
                emit HoldersPartHeld(asset, settle);
            }
        }
        distributedTotal[asset] += amount;
        emit Distributed(asset, amount, toProvider, toTreasury, toProtocol, toHolders);
    }
}
