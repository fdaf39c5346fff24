// SPDX-License-Identifier: LGPL-3.0-or-later
pragma solidity 0.8.30;

interface IBenchToken {
    function transfer(address to, uint256 value) external returns (bool);
    function transferFrom(address from, address to, uint256 value) external returns (bool);
}

/// A Uniswap-V2-style constant-product pool for benchmarks: one call does
/// what the V2 router and pair do for an exact-input swap (pull the input,
/// price it with the 0.3% fee against the stored reserves, pay the output,
/// update the packed reserves, emit Swap and Sync). Token addresses live in
/// storage so the pool can be placed in a genesis state without running a
/// constructor. It is not a production AMM (no LP shares, no oracle).
contract BenchPair {
    address public token0; // slot 0
    address public token1; // slot 1
    uint112 private reserve0; // slot 2, packed as in Uniswap V2
    uint112 private reserve1;
    uint32 private blockTimestampLast;

    event Swap(address indexed sender, uint256 amount0In, uint256 amount1In, uint256 amount0Out, uint256 amount1Out, address indexed to);
    event Sync(uint112 reserve0, uint112 reserve1);

    error InsufficientOutput(uint256 amountOut, uint256 minOut);
    error InsufficientLiquidity();

    function getReserves() external view returns (uint112, uint112, uint32) {
        return (reserve0, reserve1, blockTimestampLast);
    }

    /// Swaps amountIn of token0 (zeroForOne) or token1 for the other token,
    /// paid to `to`; reverts if the output is below minOut.
    function swapExactIn(bool zeroForOne, uint256 amountIn, uint256 minOut, address to) external returns (uint256 amountOut) {
        (uint256 r0, uint256 r1) = (reserve0, reserve1);
        (uint256 rIn, uint256 rOut) = zeroForOne ? (r0, r1) : (r1, r0);
        uint256 inWithFee = amountIn * 997;
        amountOut = (inWithFee * rOut) / (rIn * 1000 + inWithFee);
        if (amountOut < minOut) revert InsufficientOutput(amountOut, minOut);
        if (amountOut >= rOut) revert InsufficientLiquidity();
        (address tIn, address tOut) = zeroForOne ? (token0, token1) : (token1, token0);
        IBenchToken(tIn).transferFrom(msg.sender, address(this), amountIn);
        IBenchToken(tOut).transfer(to, amountOut);
        if (zeroForOne) {
            (r0, r1) = (r0 + amountIn, r1 - amountOut);
            emit Swap(msg.sender, amountIn, 0, 0, amountOut, to);
        } else {
            (r0, r1) = (r0 - amountOut, r1 + amountIn);
            emit Swap(msg.sender, 0, amountIn, amountOut, 0, to);
        }
        reserve0 = uint112(r0);
        reserve1 = uint112(r1);
        blockTimestampLast = uint32(block.timestamp);
        emit Sync(uint112(r0), uint112(r1));
    }
}
