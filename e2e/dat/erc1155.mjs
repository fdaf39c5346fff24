// Reads DAT ownership the way ERC-1155 tools do, with ethers and the
// standard IERC1155 / IERC1155MetadataURI ABI, and prints one JSON line:
// {balances, batch, uri, transfers}.
//
//   RPC=http://… DAT=0x… OWNER=0x… OTHER=0x… TOKEN=1 node dat/erc1155.mjs
import { JsonRpcProvider, Contract } from 'ethers';

const { RPC, DAT, OWNER, OTHER, TOKEN } = process.env;
const erc1155 = [
  'function balanceOf(address account, uint256 id) view returns (uint256)',
  'function balanceOfBatch(address[] accounts, uint256[] ids) view returns (uint256[])',
  'function uri(uint256 id) view returns (string)',
  'event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)',
];
const provider = new JsonRpcProvider(RPC);
const dat = new Contract(DAT, erc1155, provider);
const balances = [await dat.balanceOf(OWNER, TOKEN), await dat.balanceOf(OTHER, TOKEN)];
const batch = await dat.balanceOfBatch([OWNER, OTHER], [TOKEN, TOKEN]);
const uri = await dat.uri(TOKEN);
const logs = await dat.queryFilter(dat.filters.TransferSingle(), 0, 'latest');
const transfers = logs.map((l) => ({ from: l.args.from, to: l.args.to, id: l.args.id.toString(), value: l.args.value.toString() }));
console.log(JSON.stringify({
  balances: balances.map(String),
  batch: batch.map(String),
  uri,
  transfers,
}));
provider.destroy();
