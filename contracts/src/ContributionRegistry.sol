// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

import {DataAnchoringToken} from "./DataAnchoringToken.sol";

/// @title ContributionRegistry
/// @notice Contributors register data by content hash into a DAT class
/// (paying the validation fee); validators score it and sign EIP-712
/// contribution proofs, which anyone submits (the validators themselves,
/// the contributor, a relayer). Once k of the n validators' proofs are on
/// chain and either all n have answered or collectWindow has passed, the
/// file mints the contributor a DAT of the class whose shareRatio is the
/// median of every submitted score. Nobody can choose which proofs count:
/// all that arrive in time do.
///
/// What the deployed LazAI registry got wrong, and how this one differs:
/// - A proof is bound to the chain and this registry (EIP-712 domain) and to
///   the file id, content hash, contributor and class, so it cannot be
///   replayed onto another file, registry or chain.
/// - A file mints at most once, whatever its score (scores are 1..10000).
/// - Validators are paid only when their proof lands in a mint: the fee is
///   escrowed at registration and split among the validators whose proofs
///   the mint counted; if no quorum is on chain within refundDelay, the
///   contributor takes the fee back (not once a quorum is there).
/// - A content hash can be registered once (duplicates are refused).
contract ContributionRegistry is EIP712, Ownable2Step, ReentrancyGuard {
    bytes32 public constant PROOF_TYPEHASH =
        keccak256("ContributionProof(uint256 fileId,bytes32 contentHash,address contributor,uint256 classId,uint256 score)");
    uint256 public constant MAX_SCORE = 10_000;

    enum Status {
        None,
        Pending,
        Minted,
        Withdrawn
    }

    struct File {
        address contributor;
        uint64 registeredAt;
        uint64 quorumAt; // when the threshold-th proof landed; 0 before
        Status status;
        uint256 classId;
        bytes32 contentHash;
        string uri;
        uint256 fee;
        uint256 score;
        uint256 tokenId;
    }

    /// @notice One validator's signed score.
    struct Proof {
        uint256 score;
        bytes signature;
    }

    DataAnchoringToken public immutable dat;
    uint256 public threshold;
    uint256 public validationFee;
    uint256 public refundDelay;
    /// @notice How long after a quorum other validators' proofs are still
    /// taken before the file can be finalized without them.
    uint256 public collectWindow;
    uint256 public fileCount;

    address[] private _validators;
    mapping(address => bool) public isValidator;
    mapping(uint256 fileId => File) private _files;
    mapping(uint256 fileId => address[]) private _signers;
    mapping(uint256 fileId => mapping(address validator => uint256 score)) private _scores;
    mapping(bytes32 contentHash => uint256) public fileIdOf;
    /// @notice Validation fees validators have earned and not withdrawn.
    mapping(address validator => uint256) public earnings;

    event DataRegistered(uint256 indexed fileId, address indexed contributor, uint256 indexed classId, bytes32 contentHash, string uri, uint256 fee);
    event ProofSubmitted(uint256 indexed fileId, address indexed validator, uint256 score);
    event ContributionMinted(uint256 indexed fileId, uint256 indexed tokenId, address indexed contributor, uint256 score, address[] validators);
    event FeeWithdrawn(uint256 indexed fileId, address indexed contributor, uint256 fee);
    event ValidatorsSet(address[] validators, uint256 threshold);
    event ValidationFeeSet(uint256 fee, uint256 refundDelay, uint256 collectWindow);
    event EarningsClaimed(address indexed validator, address indexed to, uint256 amount);

    error DuplicateContent(bytes32 contentHash, uint256 fileId);
    error EmptyContentHash();
    error ClassNotOpen(uint256 classId);
    error WrongFee(uint256 sent, uint256 required);
    error UnknownFile(uint256 fileId);
    error NotPending(uint256 fileId, Status status);
    error TooFewProofs(uint256 given, uint256 required);
    error NotValidator(address signer);
    error CollectWindowOpen(uint256 fileId, uint256 closesAt);
    error QuorumReached(uint256 fileId);
    error ScoreOutOfRange(uint256 score);
    error NotContributor(uint256 fileId, address caller);
    error RefundTooEarly(uint256 fileId, uint256 availableAt);
    error BadValidatorSet();
    error TransferFailed();

    constructor(
        DataAnchoringToken dat_,
        address owner_,
        address[] memory validators_,
        uint256 threshold_,
        uint256 fee_,
        uint256 refundDelay_,
        uint256 collectWindow_
    ) EIP712("LazAI ContributionRegistry", "1") Ownable(owner_) {
        dat = dat_;
        _setValidators(validators_, threshold_);
        _setFees(fee_, refundDelay_, collectWindow_);
    }

    // ------------------------------------------------------------- contributors

    /// @notice Registers data (its content hash and where to fetch it) for a
    /// DAT class; msg.value must equal the validation fee.
    function registerData(uint256 classId, bytes32 contentHash, string calldata uri) external payable returns (uint256 fileId) {
        if (contentHash == bytes32(0)) revert EmptyContentHash();
        uint256 existing = fileIdOf[contentHash];
        if (existing != 0) revert DuplicateContent(contentHash, existing);
        if (msg.value != validationFee) revert WrongFee(msg.value, validationFee);
        if (!dat.isMinter(classId, address(this))) revert ClassNotOpen(classId); // also reverts UnknownClass
        fileId = ++fileCount;
        File storage f = _files[fileId];
        f.contributor = msg.sender;
        f.registeredAt = uint64(block.timestamp);
        f.status = Status.Pending;
        f.classId = classId;
        f.contentHash = contentHash;
        f.uri = uri;
        f.fee = msg.value;
        fileIdOf[contentHash] = fileId;
        emit DataRegistered(fileId, msg.sender, classId, contentHash, uri, msg.value);
    }

    /// @notice Records validators' proofs for a pending file (a proof of a
    /// validator already recorded is skipped) and mints the file's DAT when
    /// it can be finalized. Returns the minted token, or 0 while proofs are
    /// still being collected.
    function submitProofs(uint256 fileId, Proof[] calldata proofs) external nonReentrant returns (uint256 tokenId) {
        File storage f = _pending(fileId);
        address[] storage signers = _signers[fileId];
        for (uint256 i = 0; i < proofs.length; i++) {
            uint256 score = proofs[i].score;
            if (score == 0 || score > MAX_SCORE) revert ScoreOutOfRange(score);
            address signer = ECDSA.recover(proofDigest(fileId, score), proofs[i].signature);
            if (!isValidator[signer]) revert NotValidator(signer);
            if (_scores[fileId][signer] != 0) continue;
            _scores[fileId][signer] = score;
            signers.push(signer);
            emit ProofSubmitted(fileId, signer, score);
        }
        if (f.quorumAt == 0 && signers.length >= threshold) f.quorumAt = uint64(block.timestamp);
        if (_finalizable(f, signers.length)) tokenId = _finalize(fileId, f);
    }

    /// @notice Mints the DAT of a file whose quorum's collection window has
    /// passed.
    function finalize(uint256 fileId) external nonReentrant returns (uint256 tokenId) {
        File storage f = _pending(fileId);
        uint256 n = _signers[fileId].length;
        if (n < threshold) revert TooFewProofs(n, threshold);
        if (!_finalizable(f, n)) revert CollectWindowOpen(fileId, uint256(f.quorumAt) + collectWindow);
        return _finalize(fileId, f);
    }

    /// @notice The validators whose proofs are recorded for a file, and
    /// their scores.
    function proofsOf(uint256 fileId) external view returns (address[] memory validators_, uint256[] memory scores) {
        validators_ = _signers[fileId];
        scores = new uint256[](validators_.length);
        for (uint256 i = 0; i < validators_.length; i++) {
            scores[i] = _scores[fileId][validators_[i]];
        }
    }

    /// @notice Returns the fee of a file that got no quorum within
    /// refundDelay, and frees its content hash.
    function withdrawFee(uint256 fileId) external nonReentrant {
        File storage f = _pending(fileId);
        if (msg.sender != f.contributor) revert NotContributor(fileId, msg.sender);
        if (f.quorumAt != 0) revert QuorumReached(fileId);
        uint256 at = uint256(f.registeredAt) + refundDelay;
        if (block.timestamp < at) revert RefundTooEarly(fileId, at);
        f.status = Status.Withdrawn;
        delete fileIdOf[f.contentHash];
        uint256 fee = f.fee;
        f.fee = 0;
        _send(payable(msg.sender), fee);
        emit FeeWithdrawn(fileId, msg.sender, fee);
    }

    // --------------------------------------------------------------- validators

    /// @notice Pays a validator what its landed proofs earned.
    function claimEarnings(address payable to) external nonReentrant returns (uint256 amount) {
        amount = earnings[msg.sender];
        earnings[msg.sender] = 0;
        _send(to, amount);
        emit EarningsClaimed(msg.sender, to, amount);
    }

    /// @notice The EIP-712 digest a validator signs for a file and score.
    function proofDigest(uint256 fileId, uint256 score) public view returns (bytes32) {
        File storage f = _files[fileId];
        if (f.status == Status.None) revert UnknownFile(fileId);
        return _hashTypedDataV4(keccak256(abi.encode(PROOF_TYPEHASH, fileId, f.contentHash, f.contributor, f.classId, score)));
    }

    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // -------------------------------------------------------------------- owner

    function setValidators(address[] calldata validators_, uint256 threshold_) external onlyOwner {
        for (uint256 i = 0; i < _validators.length; i++) {
            isValidator[_validators[i]] = false;
        }
        _setValidators(validators_, threshold_);
    }

    function setValidationFee(uint256 fee_, uint256 refundDelay_, uint256 collectWindow_) external onlyOwner {
        _setFees(fee_, refundDelay_, collectWindow_);
    }

    // -------------------------------------------------------------------- views

    function validators() external view returns (address[] memory) {
        return _validators;
    }

    function getFile(uint256 fileId) external view returns (File memory) {
        File memory f = _files[fileId];
        if (f.status == Status.None) revert UnknownFile(fileId);
        return f;
    }

    // ----------------------------------------------------------------- internal

    function _pending(uint256 fileId) private view returns (File storage f) {
        f = _files[fileId];
        if (f.status == Status.None) revert UnknownFile(fileId);
        if (f.status != Status.Pending) revert NotPending(fileId, f.status);
    }

    function _setFees(uint256 fee_, uint256 refundDelay_, uint256 collectWindow_) private {
        validationFee = fee_;
        refundDelay = refundDelay_;
        collectWindow = collectWindow_;
        emit ValidationFeeSet(fee_, refundDelay_, collectWindow_);
    }

    function _finalizable(File storage f, uint256 n) private view returns (bool) {
        if (n < threshold) return false;
        return n >= _validators.length || block.timestamp >= uint256(f.quorumAt) + collectWindow;
    }

    /// Mints with the median of every recorded score and pays the fee to
    /// the validators recorded.
    function _finalize(uint256 fileId, File storage f) private returns (uint256 tokenId) {
        address[] storage signers = _signers[fileId];
        uint256 n = signers.length;
        uint256[] memory scores = new uint256[](n);
        address[] memory paid = new address[](n);
        uint256 each = f.fee / n;
        for (uint256 i = 0; i < n; i++) {
            paid[i] = signers[i];
            scores[i] = _scores[fileId][paid[i]];
            earnings[paid[i]] += i == n - 1 ? f.fee - each * (n - 1) : each;
        }
        uint256 score = _median(scores);
        f.status = Status.Minted;
        f.score = score;
        tokenId = dat.mint(f.classId, f.contributor, 0, score, 0);
        f.tokenId = tokenId;
        emit ContributionMinted(fileId, tokenId, f.contributor, score, paid);
    }

    function _setValidators(address[] memory validators_, uint256 threshold_) private {
        if (threshold_ == 0 || threshold_ > validators_.length) revert BadValidatorSet();
        for (uint256 i = 0; i < validators_.length; i++) {
            address v = validators_[i];
            if (v == address(0) || isValidator[v]) revert BadValidatorSet();
            isValidator[v] = true;
        }
        _validators = validators_;
        threshold = threshold_;
        emit ValidatorsSet(validators_, threshold_);
    }

    /// Lower median, by insertion sort (a quorum is a handful of proofs).
    function _median(uint256[] memory xs) private pure returns (uint256) {
        for (uint256 i = 1; i < xs.length; i++) {
            uint256 x = xs[i];
            uint256 j = i;
            while (j > 0 && xs[j - 1] > x) {
                xs[j] = xs[j - 1];
                j--;
            }
            xs[j] = x;
        }
        return xs[(xs.length - 1) / 2];
    }

    function _send(address payable to, uint256 amount) private {
        if (amount == 0) return;
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }
}
