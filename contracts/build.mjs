// Compiles contracts/src/*.sol with the npm solc pinned in e2e/package.json
// and writes contracts/artifacts/<Name>.json ({abi, bytecode}). Run from the
// repository root: node contracts/build.mjs (or make contracts).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'e2e', 'package.json'));
const solc = require('solc');

const sources = {};
for (const f of fs.readdirSync(path.join(here, 'src')).filter((f) => f.endsWith('.sol')).sort()) {
  sources[f] = { content: fs.readFileSync(path.join(here, 'src', f), 'utf8') };
}
const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'prague',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};
// Imports of npm packages (@openzeppelin/contracts) resolve in e2e/node_modules.
function findImports(importPath) {
  try {
    return { contents: fs.readFileSync(require.resolve(importPath), 'utf8') };
  } catch (err) {
    return { error: `cannot import ${importPath}: ${err.message}` };
  }
}
const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (out.errors ?? []).filter((e) => e.severity === 'error');
if (errors.length) {
  console.error(errors.map((e) => e.formattedMessage).join('\n'));
  process.exit(1);
}
for (const [file, contracts] of Object.entries(out.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    if (c.evm.bytecode.object === '') continue; // interfaces and abstract contracts
    if (!(file in sources)) continue; // imported from npm packages
    const artifact = { contract: name, source: `src/${file}`, compiler: solc.version(), abi: c.abi, bytecode: '0x' + c.evm.bytecode.object, deployedBytecode: '0x' + c.evm.deployedBytecode.object };
    fs.writeFileSync(path.join(here, 'artifacts', `${name}.json`), JSON.stringify(artifact, null, 2) + '\n');
    console.log(`wrote artifacts/${name}.json`);
  }
}
