// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title DataAnchoringToken
/// @notice ERC-8028 Data Anchoring Tokens: classes of AI assets (datasets,
/// models, agents) and tokens under them that carry a usage quota (value), a
/// revenue weight (shareRatio) and an optional expiry. Revenue settled to a
/// class (native coin or any ERC-20) is shared by the class's counted
/// shares through an accumulator per (class, asset) and a reward debt per
/// (token, asset); claims are pull-based.
///
/// Accounting rules (what makes it exact):
/// - accRevenuePerShare grows by (amount * 1e18 + carry) / totalShare and
///   the remainder is carried into the next settlement, so no settled wei
///   is dropped by the division.
/// - Every change of a token's weight (share change, expiry) first moves
///   what it earned so far into its owed balance, and every change of owner
///   moves it into the previous owner's accrued balance; revenue settled
///   after the change is shared by the new weights only.
/// - Expiry is observed before every settlement (tokens with an expiry are
///   tracked per class), so revenue settled at or after a token's expireAt
///   never accrues to it. A token is expired when block.timestamp >=
///   expireAt.
/// - A token's debt starts at ceil(shareRatio * acc / 1e18) when it is
///   counted and it earns floor(shareRatio * acc / 1e18) minus its debt
///   (never below zero), so what all tokens can claim never exceeds what
///   was settled; the difference is under one wei per token and counting.
/// - Revenue assets are accepted per class by its admin (at most
///   MAX_ASSETS_PER_CLASS ERC-20s; the native coin always), so nobody can
///   fill a class's asset slots or overflow its accumulators with a junk
///   token.
///
/// Minting is gated per class: the class admin (its creator, until
/// transferred) and the minters it names. ERC-1155 views (balanceOf, uri,
/// TransferSingle events) let ERC-1155 tools read ownership; each token id
/// is a unique token, so balanceOf is 1 for its owner.
contract DataAnchoringToken is ReentrancyGuard {
    using SafeERC20 for IERC20;

    uint256 private constant SCALE = 1e18;
    /// @notice Most ERC-20 revenue assets one class accepts.
    uint256 public constant MAX_ASSETS_PER_CLASS = 4;
    /// @notice Most tokens with an expiry counted in one class's shares
    /// (a settlement observes them all, so this bounds its gas).
    uint256 public constant MAX_EXPIRING_PER_CLASS = 64;

    struct Class {
        address admin;
        string metadataURI;
        bytes32 integrityHash;
        uint8 unitDecimals;
        string policyURI;
        uint256 totalShare;
    }

    struct Token {
        uint256 classId;
        uint256 value;
        address owner;
        uint32 shareRatio;
        uint64 expireAt;
        bool countedInShare;
    }

    uint256 public classCount;
    uint256 public tokenCount;

    mapping(uint256 classId => Class) private _classes;
    mapping(uint256 tokenId => Token) private _tokens;
    mapping(uint256 classId => mapping(address => bool)) private _minters;
    mapping(address owner => mapping(uint256 classId => mapping(address operator => bool))) private _approvals;

    mapping(uint256 classId => mapping(address asset => uint256)) public accRevenuePerShare;
    mapping(uint256 classId => mapping(address asset => uint256)) private _carry;
    /// @notice Total revenue ever settled to a class in an asset.
    mapping(uint256 classId => mapping(address asset => uint256)) public settledTotal;
    mapping(uint256 classId => address[]) private _classAssets;
    mapping(uint256 classId => mapping(address asset => bool)) private _isClassAsset;
    mapping(uint256 classId => mapping(address asset => bool)) private _accepted;
    mapping(uint256 classId => uint256) private _erc20Assets;

    mapping(uint256 tokenId => mapping(address asset => uint256)) private _rewardDebt;
    mapping(uint256 tokenId => mapping(address asset => uint256)) private _owed;
    /// @notice Revenue earned by tokens an address owned before it gave them
    /// away; claimed with claimAccrued.
    mapping(address account => mapping(address asset => uint256)) public accruedOf;

    mapping(uint256 classId => uint256[]) private _expiring;
    mapping(uint256 tokenId => uint256) private _expiringSlot; // index + 1

    mapping(uint256 tokenId => uint256) public proofCount;

    // ERC-8028 events.
    event ClassCreated(uint256 indexed classId, string metadataURI, bytes32 integrityHash);
    event ClassPolicyUpdated(uint256 indexed classId, string policyURI);
    event MetadataUpdated(uint256 indexed classId, string metadataURI, bytes32 integrityHash);
    event Minted(uint256 indexed tokenId, uint256 indexed classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt);
    event TransferToken(uint256 indexed tokenId, address indexed from, address indexed to);
    event ValueTransferred(uint256 indexed fromTokenId, uint256 indexed toTokenId, uint256 value);
    event Expired(uint256 indexed tokenId);
    event UsageRecorded(uint256 indexed tokenId, bytes32 metricType, uint256 amount, address actor);
    event RevenueSettled(uint256 indexed classId, address indexed asset, uint256 amount);
    event Claimed(uint256 indexed tokenId, address indexed to, address indexed asset, uint256 amount);
    event ApprovalForClass(address indexed owner, uint256 indexed classId, address indexed operator, bool approved);
    event ProofAdded(uint256 indexed tokenId, bytes32 proofType, string uri, bytes signature);
    // Extensions.
    event ShareRatioUpdated(uint256 indexed tokenId, uint256 oldShareRatio, uint256 newShareRatio);
    event MinterSet(uint256 indexed classId, address indexed minter, bool allowed);
    event ClassAdminTransferred(uint256 indexed classId, address indexed from, address indexed to);
    event AccruedClaimed(address indexed account, address indexed to, address indexed asset, uint256 amount);
    event RevenueAssetSet(uint256 indexed classId, address indexed asset, bool accepted);
    // ERC-1155 event, so ERC-1155 indexers follow ownership.
    event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value);

    error UnknownClass(uint256 classId);
    error UnknownToken(uint256 tokenId);
    error NotClassAdmin(uint256 classId, address caller);
    error NotMinter(uint256 classId, address caller);
    error NotOwnerOrOperator(uint256 tokenId, address caller);
    error NotOwner(uint256 tokenId, address caller);
    error ZeroAddress();
    error ZeroAmount();
    error TokenExpired(uint256 tokenId);
    error NotExpired(uint256 tokenId);
    error ExpiryInPast(uint64 expireAt);
    error ClassMismatch(uint256 fromTokenId, uint256 toTokenId);
    error SameToken(uint256 tokenId);
    error QuotaExceeded(uint256 tokenId, uint256 available, uint256 requested);
    error NoShares(uint256 classId);
    error TooManyAssets(uint256 classId);
    error AssetNotAccepted(uint256 classId, address asset);
    error TooManyExpiring(uint256 classId);
    error TransferFailed();

    // ---------------------------------------------------------------- classes

    /// @notice Creates a class; the caller becomes its admin.
    function createClass(string calldata metadataURI, bytes32 integrityHash, uint8 unitDecimals, string calldata policyURI)
        external
        returns (uint256 classId)
    {
        classId = ++classCount;
        Class storage c = _classes[classId];
        c.admin = msg.sender;
        c.metadataURI = metadataURI;
        c.integrityHash = integrityHash;
        c.unitDecimals = unitDecimals;
        c.policyURI = policyURI;
        emit ClassCreated(classId, metadataURI, integrityHash);
        if (bytes(policyURI).length != 0) emit ClassPolicyUpdated(classId, policyURI);
        emit ClassAdminTransferred(classId, address(0), msg.sender);
    }

    function updateClassMetadata(uint256 classId, string calldata metadataURI, bytes32 integrityHash) external {
        Class storage c = _classAdmin(classId);
        c.metadataURI = metadataURI;
        c.integrityHash = integrityHash;
        emit MetadataUpdated(classId, metadataURI, integrityHash);
    }

    function updateClassPolicy(uint256 classId, string calldata policyURI) external {
        _classAdmin(classId).policyURI = policyURI;
        emit ClassPolicyUpdated(classId, policyURI);
    }

    /// @notice Hands the class admin role to another address.
    function transferClassAdmin(uint256 classId, address newAdmin) external {
        if (newAdmin == address(0)) revert ZeroAddress();
        _classAdmin(classId).admin = newAdmin;
        emit ClassAdminTransferred(classId, msg.sender, newAdmin);
    }

    /// @notice Allows or disallows an address to mint in a class.
    function setMinter(uint256 classId, address minter, bool allowed) external {
        _classAdmin(classId);
        _minters[classId][minter] = allowed;
        emit MinterSet(classId, minter, allowed);
    }

    /// @notice Accepts (or stops accepting) an ERC-20 as revenue of a
    /// class. Revenue already settled in it stays claimable.
    function setRevenueAsset(uint256 classId, address asset, bool accepted) external {
        if (asset == address(0)) revert ZeroAddress();
        _classAdmin(classId);
        if (accepted && !_isClassAsset[classId][asset]) {
            if (_erc20Assets[classId] >= MAX_ASSETS_PER_CLASS) revert TooManyAssets(classId);
            _erc20Assets[classId]++;
            _isClassAsset[classId][asset] = true;
            _classAssets[classId].push(asset);
        }
        _accepted[classId][asset] = accepted;
        emit RevenueAssetSet(classId, asset, accepted);
    }

    /// @notice Whether a class accepts revenue in asset (the native coin
    /// always).
    function acceptsAsset(uint256 classId, address asset) external view returns (bool) {
        return asset == address(0) || _accepted[classId][asset];
    }

    function getClassMeta(uint256 classId)
        external
        view
        returns (string memory metadataURI, bytes32 integrityHash, uint8 unitDecimals, string memory policyURI)
    {
        Class storage c = _class(classId);
        return (c.metadataURI, c.integrityHash, c.unitDecimals, c.policyURI);
    }

    function classAdminOf(uint256 classId) external view returns (address) {
        return _class(classId).admin;
    }

    function isMinter(uint256 classId, address account) public view returns (bool) {
        Class storage c = _class(classId);
        return account == c.admin || _minters[classId][account];
    }

    /// @notice Sum of the counted (non-expired) share ratios of a class, as
    /// of the last observation of expiries.
    function totalShareOf(uint256 classId) external view returns (uint256) {
        return _class(classId).totalShare;
    }

    /// @notice The assets revenue has been settled in for a class.
    function classAssets(uint256 classId) external view returns (address[] memory) {
        return _classAssets[classId];
    }

    // ----------------------------------------------------------------- tokens

    /// @notice Mints a token of a class. shareRatio saturates at 2^32-1.
    function mint(uint256 classId, address to, uint256 value, uint256 shareRatio, uint64 expireAt)
        external
        returns (uint256 tokenId)
    {
        if (!isMinter(classId, msg.sender)) revert NotMinter(classId, msg.sender);
        if (to == address(0)) revert ZeroAddress();
        if (expireAt != 0 && expireAt <= block.timestamp) revert ExpiryInPast(expireAt);
        uint32 share = shareRatio > type(uint32).max ? type(uint32).max : uint32(shareRatio);
        tokenId = ++tokenCount;
        Token storage t = _tokens[tokenId];
        t.classId = classId;
        t.value = value;
        t.owner = to;
        t.shareRatio = share;
        t.expireAt = expireAt;
        if (share != 0) _count(tokenId, t);
        emit Minted(tokenId, classId, to, value, share, expireAt);
        emit TransferToken(tokenId, address(0), to);
        emit TransferSingle(msg.sender, address(0), to, tokenId, 1);
    }

    /// @notice Moves a token to a new owner. What it earned until now stays
    /// with the previous owner (claimAccrued).
    function transferToken(uint256 tokenId, address to) external {
        Token storage t = _token(tokenId);
        address from = t.owner;
        if (msg.sender != from && !_approvals[from][t.classId][msg.sender]) revert NotOwnerOrOperator(tokenId, msg.sender);
        if (to == address(0)) revert ZeroAddress();
        _observe(tokenId, t);
        address[] storage assets = _classAssets[t.classId];
        for (uint256 i = 0; i < assets.length; i++) {
            uint256 amount = _takePending(tokenId, t, assets[i]);
            if (amount != 0) accruedOf[from][assets[i]] += amount;
        }
        t.owner = to;
        emit TransferToken(tokenId, from, to);
        emit TransferSingle(msg.sender, from, to, tokenId, 1);
    }

    function approveForClass(uint256 classId, address operator, bool approved) external {
        _class(classId);
        _approvals[msg.sender][classId][operator] = approved;
        emit ApprovalForClass(msg.sender, classId, operator, approved);
    }

    function isApprovedForClass(address owner, uint256 classId, address operator) external view returns (bool) {
        return _approvals[owner][classId][operator];
    }

    /// @notice Moves quota between two live tokens of the same class.
    function transferValue(uint256 fromTokenId, uint256 toTokenId, uint256 value) external {
        if (fromTokenId == toTokenId) revert SameToken(fromTokenId);
        Token storage from = _token(fromTokenId);
        Token storage to = _token(toTokenId);
        if (from.classId != to.classId) revert ClassMismatch(fromTokenId, toTokenId);
        _requireOwnerOrOperator(fromTokenId, from);
        if (value == 0) revert ZeroAmount();
        _requireLive(fromTokenId, from);
        _requireLive(toTokenId, to);
        if (from.value < value) revert QuotaExceeded(fromTokenId, from.value, value);
        from.value -= value;
        to.value += value;
        emit ValueTransferred(fromTokenId, toTokenId, value);
    }

    /// @notice Records usage against a token's quota (hard quota: the value
    /// decreases, and usage beyond it reverts with QuotaExceeded).
    function recordUsage(uint256 tokenId, bytes32 metricType, uint256 amount) external {
        Token storage t = _token(tokenId);
        _requireOwnerOrOperator(tokenId, t);
        if (amount == 0) revert ZeroAmount();
        _requireLive(tokenId, t);
        if (t.value < amount) revert QuotaExceeded(tokenId, t.value, amount);
        t.value -= amount;
        emit UsageRecorded(tokenId, metricType, amount, msg.sender);
    }

    /// @notice Changes a live token's revenue weight (class admin only);
    /// what it earned under the old weight stays owed to it.
    function setShareRatio(uint256 tokenId, uint256 shareRatio) external {
        Token storage t = _token(tokenId);
        Class storage c = _classAdmin(t.classId);
        _requireLive(tokenId, t);
        uint32 share = shareRatio > type(uint32).max ? type(uint32).max : uint32(shareRatio);
        uint256 old = t.shareRatio;
        if (t.countedInShare) _uncount(tokenId, t, c);
        t.shareRatio = share;
        if (share != 0) _count(tokenId, t);
        emit ShareRatioUpdated(tokenId, old, share);
    }

    /// @notice Observes a token's expiry now (anyone may call it; every
    /// settlement also does it for the whole class).
    function expire(uint256 tokenId) external {
        Token storage t = _token(tokenId);
        if (!_observe(tokenId, t)) revert NotExpired(tokenId);
    }

    function classOf(uint256 tokenId) external view returns (uint256) {
        return _token(tokenId).classId;
    }

    function valueOf(uint256 tokenId) external view returns (uint256) {
        return _token(tokenId).value;
    }

    function shareRatioOf(uint256 tokenId) external view returns (uint256) {
        return _token(tokenId).shareRatio;
    }

    function expireAtOf(uint256 tokenId) external view returns (uint64) {
        return _token(tokenId).expireAt;
    }

    function ownerOf(uint256 tokenId) external view returns (address) {
        return _token(tokenId).owner;
    }

    function isExpired(uint256 tokenId) public view returns (bool) {
        uint64 at = _token(tokenId).expireAt;
        return at != 0 && block.timestamp >= at;
    }

    // ---------------------------------------------------------------- revenue

    function settleRevenueETH(uint256 classId) external payable nonReentrant {
        _settle(classId, address(0), msg.value);
    }

    /// @notice Pulls amount of asset from the caller (who approved it) and
    /// shares it among the class's counted tokens.
    function settleRevenueERC20(uint256 classId, address asset, uint256 amount) external nonReentrant {
        if (asset == address(0)) revert ZeroAddress();
        if (!_accepted[classId][asset]) revert AssetNotAccepted(classId, asset);
        IERC20 token = IERC20(asset);
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        _settle(classId, asset, token.balanceOf(address(this)) - before);
    }

    /// @notice What a token can claim now in asset (address(0): native coin).
    function pendingRevenue(uint256 tokenId, address asset) public view returns (uint256) {
        Token storage t = _token(tokenId);
        uint256 owed = _owed[tokenId][asset];
        if (!t.countedInShare) return owed;
        return owed + _accrued(tokenId, t, asset);
    }

    /// @notice Pays a token's pending revenue in asset to `to` (owner only).
    function claim(uint256 tokenId, address asset, address payable to) external nonReentrant returns (uint256 amountClaimed) {
        Token storage t = _token(tokenId);
        if (msg.sender != t.owner) revert NotOwner(tokenId, msg.sender);
        if (to == address(0)) revert ZeroAddress();
        _observe(tokenId, t);
        amountClaimed = _takePending(tokenId, t, asset);
        _pay(asset, to, amountClaimed);
        emit Claimed(tokenId, to, asset, amountClaimed);
    }

    /// @notice Pays what tokens the caller gave away had earned before.
    function claimAccrued(address asset, address payable to) external nonReentrant returns (uint256 amount) {
        if (to == address(0)) revert ZeroAddress();
        amount = accruedOf[msg.sender][asset];
        accruedOf[msg.sender][asset] = 0;
        _pay(asset, to, amount);
        emit AccruedClaimed(msg.sender, to, asset, amount);
    }

    // ------------------------------------------------------------------ proofs

    /// @notice Records a proof (TEE report, ZK attestation, validator
    /// signature) about a token; owner, class admin or minter only.
    function addProof(uint256 tokenId, bytes32 proofType, string calldata uri, bytes calldata signature) external {
        Token storage t = _token(tokenId);
        if (msg.sender != t.owner && !isMinter(t.classId, msg.sender)) revert NotOwnerOrOperator(tokenId, msg.sender);
        proofCount[tokenId]++;
        emit ProofAdded(tokenId, proofType, uri, signature);
    }

    // ------------------------------------------------------------ ERC-1155 views

    function balanceOf(address account, uint256 id) public view returns (uint256) {
        return id != 0 && id <= tokenCount && _tokens[id].owner == account ? 1 : 0;
    }

    function balanceOfBatch(address[] calldata accounts, uint256[] calldata ids) external view returns (uint256[] memory out) {
        require(accounts.length == ids.length, "DAT: length mismatch");
        out = new uint256[](ids.length);
        for (uint256 i = 0; i < ids.length; i++) {
            out[i] = balanceOf(accounts[i], ids[i]);
        }
    }

    /// @notice The metadata URI of the token's class.
    function uri(uint256 id) external view returns (string memory) {
        return _classes[_token(id).classId].metadataURI;
    }

    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == 0x01ffc9a7; // ERC-165
    }

    // ---------------------------------------------------------------- internal

    function _class(uint256 classId) private view returns (Class storage c) {
        c = _classes[classId];
        if (c.admin == address(0)) revert UnknownClass(classId);
    }

    function _classAdmin(uint256 classId) private view returns (Class storage c) {
        c = _class(classId);
        if (msg.sender != c.admin) revert NotClassAdmin(classId, msg.sender);
    }

    function _token(uint256 tokenId) private view returns (Token storage t) {
        t = _tokens[tokenId];
        if (t.owner == address(0)) revert UnknownToken(tokenId);
    }

    function _requireOwnerOrOperator(uint256 tokenId, Token storage t) private view {
        if (msg.sender != t.owner && !_approvals[t.owner][t.classId][msg.sender]) {
            revert NotOwnerOrOperator(tokenId, msg.sender);
        }
    }

    function _requireLive(uint256 tokenId, Token storage t) private {
        if (_observe(tokenId, t)) revert TokenExpired(tokenId);
    }

    /// Reports whether the token is expired, and takes it out of its class's
    /// shares the first time that is seen.
    function _observe(uint256 tokenId, Token storage t) private returns (bool expired) {
        if (t.expireAt == 0 || block.timestamp < t.expireAt) return false;
        if (t.countedInShare) {
            _uncount(tokenId, t, _classes[t.classId]);
            emit Expired(tokenId);
        }
        return true;
    }

    /// Adds a token's weight to its class: its debt starts at what the
    /// accumulators are now.
    function _count(uint256 tokenId, Token storage t) private {
        uint256 classId = t.classId;
        address[] storage assets = _classAssets[classId];
        for (uint256 i = 0; i < assets.length; i++) {
            _rewardDebt[tokenId][assets[i]] = Math.mulDiv(t.shareRatio, accRevenuePerShare[classId][assets[i]], SCALE, Math.Rounding.Ceil);
        }
        _classes[classId].totalShare += t.shareRatio;
        t.countedInShare = true;
        if (t.expireAt != 0) {
            uint256[] storage list = _expiring[classId];
            if (list.length >= MAX_EXPIRING_PER_CLASS) _observeExpiries(classId);
            if (list.length >= MAX_EXPIRING_PER_CLASS) revert TooManyExpiring(classId);
            list.push(tokenId);
            _expiringSlot[tokenId] = list.length;
        }
    }

    /// Takes a token's weight out of its class, keeping what it earned owed.
    function _uncount(uint256 tokenId, Token storage t, Class storage c) private {
        uint256 classId = t.classId;
        address[] storage assets = _classAssets[classId];
        for (uint256 i = 0; i < assets.length; i++) {
            address asset = assets[i];
            _owed[tokenId][asset] += _accrued(tokenId, t, asset);
            _rewardDebt[tokenId][asset] = 0;
        }
        c.totalShare -= t.shareRatio;
        t.countedInShare = false;
        uint256 slot = _expiringSlot[tokenId];
        if (slot != 0) {
            uint256[] storage list = _expiring[classId];
            uint256 last = list[list.length - 1];
            list[slot - 1] = last;
            _expiringSlot[last] = slot;
            list.pop();
            _expiringSlot[tokenId] = 0;
        }
    }

    /// Returns a token's pending revenue in asset and zeroes it.
    function _takePending(uint256 tokenId, Token storage t, address asset) private returns (uint256 amount) {
        amount = _owed[tokenId][asset];
        _owed[tokenId][asset] = 0;
        if (t.countedInShare) {
            uint256 accrued = _accrued(tokenId, t, asset);
            if (accrued != 0) {
                amount += accrued;
                _rewardDebt[tokenId][asset] += accrued;
            }
        }
    }

    /// What a counted token earned since its debt was last set:
    /// floor(share * acc / 1e18) - debt, or 0 while the rounded-up debt is
    /// ahead.
    function _accrued(uint256 tokenId, Token storage t, address asset) private view returns (uint256) {
        uint256 earned = Math.mulDiv(t.shareRatio, accRevenuePerShare[t.classId][asset], SCALE);
        uint256 debt = _rewardDebt[tokenId][asset];
        return earned > debt ? earned - debt : 0;
    }

    /// Takes a class's expired tokens out of its shares.
    function _observeExpiries(uint256 classId) private {
        uint256[] storage list = _expiring[classId];
        for (uint256 i = list.length; i > 0; i--) {
            uint256 id = list[i - 1];
            _observe(id, _tokens[id]);
        }
    }

    function _settle(uint256 classId, address asset, uint256 amount) private {
        Class storage c = _class(classId);
        if (amount == 0) revert ZeroAmount();
        _observeExpiries(classId);
        uint256 total = c.totalShare;
        if (total == 0) revert NoShares(classId);
        if (!_isClassAsset[classId][asset]) {
            // Only the native coin gets here: ERC-20s are listed when accepted.
            _isClassAsset[classId][asset] = true;
            _classAssets[classId].push(asset);
        }
        uint256 scaled = amount * SCALE + _carry[classId][asset];
        accRevenuePerShare[classId][asset] += scaled / total;
        _carry[classId][asset] = scaled % total;
        settledTotal[classId][asset] += amount;
        emit RevenueSettled(classId, asset, amount);
    }

    function _pay(address asset, address payable to, uint256 amount) private {
        if (amount == 0) return;
        if (asset == address(0)) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert TransferFailed();
        } else {
            IERC20(asset).safeTransfer(to, amount);
        }
    }
}
