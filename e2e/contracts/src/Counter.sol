// SPDX-License-Identifier: LGPL-3.0-or-later
pragma solidity ^0.8.20;

/// A counter used by the end-to-end tests: state, events, and reverts with
/// a custom error and with a reason string.
contract Counter {
    uint256 public count;

    event Incremented(address indexed by, uint256 value);

    error TooBig(uint256 x);

    function increment() external {
        count += 1;
        emit Incremented(msg.sender, count);
    }

    function get() external view returns (uint256) {
        return count;
    }

    function fail(uint256 x) external pure {
        revert TooBig(x);
    }

    function failString() external pure {
        require(false, "nope");
    }
}
