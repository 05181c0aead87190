// The browser build's speed against the native build, side by side in one
// run (make bench; tests/browser/run.sh installs what it needs):
//   - the integer CPU programs of tests/bench (build/bench/NAME.elf, HTIF
//     exit) in Chromium's WebAssembly build and in build/rvbox, both with
//     the interpreter: guest run time (wasm: from the machine's start to
//     the guest's exit, measured in the worker; native: process wall time)
//     and the ratio native / wasm (1.0: as fast as native), after one
//     untimed run that lets V8 finish optimising the module;
//   - Linux boot to the shell prompt: the page from navigation to
//     "rvbox guest ready" in its terminal, native from process start to the
//     same line.
// Every program must exit 0 (its checksum matched) or the run fails.
// Usage: node web.mjs WEB_DIR RVBOX BENCH_DIR ROUNDS
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { extra, sleep, startServer, waitFor } from "../browser/pagelib.mjs";

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE || "playwright-core");
const [WEB, RVBOX, BENCH, ROUNDS = "3"] = process.argv.slice(2);
const PROGS = ["sieve", "crc32", "muldiv", "branchy"];
const ROOT = new URL("../..", import.meta.url).pathname;
const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];

// Native: ms from spawn until the process exits or prints `until`.
function native(args, until) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(RVBOX, args, { stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d) => {
      out += d;
      if (until && out.includes(until)) { const ms = performance.now() - t0; p.kill(); resolve(ms); }
    });
    p.on("exit", (code) => {
      if (until) return;
      if (code !== 0) reject(new Error(args.join(" ") + ": exit status " + code));
      else resolve(performance.now() - t0);
    });
  });
}

async function wasmProgram(browser, base, prog) {
  const page = await browser.newPage();
  await page.goto(base + "?relay=&config=bench-" + prog + ".cfg");
  await page.waitForFunction(() => window.rvboxExit, null, { timeout: 600000, polling: 100 });
  const exit = await page.evaluate(() => window.rvboxExit);
  await page.close();
  if (exit.code !== 0) throw new Error(prog + " in the browser: exit status " + exit.code);
  return exit.ms;
}

async function wasmBoot(browser, base) {
  const page = await browser.newPage();
  const t0 = performance.now();
  await page.goto(base + "?relay=");
  await waitFor(page, "rvbox guest ready", 300000);
  const ms = performance.now() - t0;
  await page.close();
  return ms;
}

const server = await startServer(WEB);
const base = "http://127.0.0.1:" + server.address().port + "/";
for (const p of PROGS) {
  extra.set("/bench/" + p + ".elf", readFileSync(join(BENCH, p + ".elf")));
  extra.set("/bench-" + p + ".cfg", Buffer.from(JSON.stringify({
    version: 1, machine: "riscv64", memory_size: 64, bios: "none", kernel: "bench/" + p + ".elf" })));
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
                                        args: ["--no-sandbox"] });
const rounds = Number(ROUNDS);
console.log("web: " + rounds + " rounds, medians; wasm = " + chromium.name() + " " + browser.version() +
            ", native = " + RVBOX);
console.log("  program   native ms   wasm ms   wasm speed (native time / wasm time)");
const ratios = [];
for (const p of PROGS) {
  const n = [], w = [];
  // V8 runs new wasm code in its baseline compiler until the optimised
  // code is ready; one untimed run first, as a guest running for minutes
  // would be measured.
  await wasmProgram(browser, base, p);
  for (let r = 0; r < rounds; r++) {
    n.push(await native(["-bios", "none", "-kernel", join(BENCH, p + ".elf")]));
    w.push(await wasmProgram(browser, base, p));
  }
  const ratio = median(n) / median(w);
  ratios.push(ratio);
  console.log("  " + p.padEnd(9) + median(n).toFixed(0).padStart(9) + median(w).toFixed(0).padStart(10) +
              ratio.toFixed(2).padStart(10) + "x");
}
const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
console.log("  geometric mean of the wasm speed: " + geo.toFixed(2) + "x native");

const nb = [], wb = [];
const img = join(ROOT, "images", "linux", "out");
for (let r = 0; r < rounds; r++) {
  nb.push(await native(["-m", "256", "-kernel", join(img, "Image.gz"), "-initrd", join(img, "initramfs.cpio.gz"),
                        "-append", "console=hvc0 earlycon=sbi", "-drive", "file=" + join(img, "disk.ext2") +
                        ",format=raw,snapshot=on", "-display", "none"], "rvbox guest ready"));
  wb.push(await wasmBoot(browser, base));
  await sleep(200);
}
console.log("  Linux boot to the shell: native " + (median(nb) / 1000).toFixed(2) + " s, page " +
            (median(wb) / 1000).toFixed(2) + " s (page / native " + (median(wb) / median(nb)).toFixed(2) + ")");
await browser.close();
server.close();
