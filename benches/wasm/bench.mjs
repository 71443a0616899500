// Times the Kakehashi core in wasm under Node: node benches/wasm/bench.mjs 100,500,1000,2000
// (build first: see Cargo.toml). Each figure is the best of three fresh instances.
import { readFileSync } from 'node:fs';

const wasm = process.env.KAKEHASHI_WASM
  ?? 'target/wasm-bench/wasm32-unknown-unknown/release/kakehashi_wasm_bench.wasm';
const module = new WebAssembly.Module(readFileSync(wasm));
// The crate's browser shell leaves wasm-bindgen imports in the module; the core never
// calls them, so stubs that throw are enough.
const imports = {};
for (const i of WebAssembly.Module.imports(module)) {
  imports[i.module] ??= {};
  imports[i.module][i.name] = () => { throw new Error(`unexpected import ${i.name}`); };
}

async function best(n, mode, fairest, step) {
  let fastest = Infinity, result;
  for (let run = 0; run < 3; run++) {
    const e = (await WebAssembly.instantiate(module, imports)).exports;
    e.make_cohort(n, mode, fairest);
    const start = performance.now();
    result = e[step]();
    fastest = Math.min(fastest, (performance.now() - start) / 1000);
  }
  return [fastest, result];
}

const sizes = (process.argv[2] ?? '100,500,1000,2000').split(',').map(Number);
console.log('| n | mode | scoring s | solver s | matching s | total | fairest matching s |');
console.log('|---|---|---|---|---|---|---|');
for (const n of sizes) {
  for (const mode of [0, 1]) {
    // solver and pairing include scoring; subtract it to compare with `kakehashi bench`.
    const [scoring] = await best(n, mode, 0, 'score');
    const [solver] = await best(n, mode, 0, 'solver');
    const [matching, total] = await best(n, mode, 0, 'pairing');
    const [fairest] = await best(n, mode, 1, 'pairing');
    const s = (x) => Math.max(0, x).toFixed(3);
    console.log(`| ${n} | ${mode ? 'reverse' : 'mutual'} | ${s(scoring)} | ${s(solver - scoring)} | ${s(matching - scoring)} | ${total} | ${s(fairest - scoring)} |`);
  }
}
