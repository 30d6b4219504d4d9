// Run by `npm start` before Electron: builds out/native/better_sqlite3.node for the installed Electron.
//
// better-sqlite3 in node_modules is compiled for Node's ABI, which the unit tests, browser mode and
// the CLI need; Electron has its own ABI. So a copy of the package is built for Electron in
// out/native/ (the main process passes it to better-sqlite3 as `nativeBinding`), only when it is
// missing or was built for another Electron, better-sqlite3, platform or architecture.
// Packaged apps do not use this: electron-builder rebuilds native dependencies itself.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nativeDir = path.join(root, 'out', 'native');
const target = path.join(nativeDir, 'better_sqlite3.node');
const stampFile = path.join(nativeDir, 'better_sqlite3.stamp.json');
const workDir = path.join(nativeDir, 'build-better-sqlite3');
const HEADERS_URL = 'https://electronjs.org/headers';
// What the build needs of the package; its node_modules and old build output are left behind.
const PACKAGE_PARTS = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const requireHere = createRequire(import.meta.url);

/** The resolved path of `request`, or null when it is not installed. */
function resolveOrNull(request, from = requireHere) {
  try {
    return from.resolve(request);
  } catch {
    return null;
  }
}

// Lines of node-gyp's and prebuild-install's logs that say nothing about what went wrong.
const NOISE =
  /^(at |System |command |cwd |node -v|node-gyp -v|not ok|it worked|using |find Python|info |\$npm_|\(node:\d+\)|\(Use `node --trace)/;

/** The few lines of a tool's log that say what went wrong, without its stack trace and environment dump. */
function summarize(log) {
  const lines = log
    .split('\n')
    .filter((line) => /ERR!|warn|error/i.test(line))
    .map((line) => line.replace(/^(gyp|prebuild-install)\s+(ERR!|WARN|warn|info)\s+(stack\s+)?/, '').trim())
    .filter((line) => line !== '' && !NOISE.test(line));
  return [...new Set(lines)].slice(0, 8).join(' ');
}

// npm hands its configuration to scripts as npm_config_* variables, and node-gyp and prebuild-install
// obey them: an npmrc `nodedir` (set on our build machines so Node addons compile offline) would make
// node-gyp build against Node's headers instead of Electron's. Only network settings are passed on.
const NETWORK_SETTINGS = /^npm_config_(https?_proxy|proxy|noproxy|no_proxy|cafile|ca|strict_ssl|cache)$/i;
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name) || NETWORK_SETTINGS.test(name)),
);

/** Runs a command in the work folder, capturing its log; returns null on success, else why not. */
function run(label, command, args, timeoutMinutes) {
  console.log(`  ${label}…`);
  const result = spawnSync(command, args, {
    cwd: workDir,
    env: childEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMinutes * 60_000,
  });
  if (result.error) {
    return result.error.code === 'ETIMEDOUT'
      ? `gave up after ${timeoutMinutes} minutes`
      : result.error.message;
  }
  if (result.status === 0) return null;
  const why = summarize(`${result.stdout}\n${result.stderr}`);
  return `failed (exit code ${result.status})${why ? `: ${why}` : ''}`;
}

/**
 * Null when `file` is an addon for Electron's ABI, else why not. Node refuses to load an addon built
 * for another ABI and names that ABI, so the check loads it in a child Node and reads the refusal.
 */
function abiProblem(file, electronAbi) {
  const probe = spawnSync(
    process.execPath,
    ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', file],
    {
      encoding: 'utf8',
    },
  );
  if (probe.status === 0) return `it was built for Node ${process.version}, not for Electron`;
  const abi = /NODE_MODULE_VERSION (\d+)\. This version of Node\.js requires/.exec(probe.stderr)?.[1];
  if (abi === electronAbi || (abi !== undefined && electronAbi === null)) return null;
  return abi
    ? `it was built for ABI ${abi}, Electron needs ${electronAbi}`
    : `it could not be checked: ${probe.stderr.trim().split('\n')[0]}`;
}

function fail(message) {
  console.error(`\nRedaksi cannot start in Electron: ${message}\n`);
  process.exit(1);
}

function main() {
  const electronPackage = path.join(root, 'node_modules', 'electron', 'package.json');
  const sqlitePackage = resolveOrNull('better-sqlite3/package.json');
  if (!fs.existsSync(electronPackage)) fail('Electron is not installed. Run `npm install` first.');
  if (sqlitePackage === null) fail('better-sqlite3 is not installed. Run `npm install` first.');

  // Electron ships its NODE_MODULE_VERSION in this file; older packages did not.
  const abiFile = path.join(path.dirname(electronPackage), 'abi_version');
  const electronAbi = fs.existsSync(abiFile) ? fs.readFileSync(abiFile, 'utf8').trim() : null;
  const wanted = {
    electron: readJson(electronPackage).version,
    betterSqlite3: readJson(sqlitePackage).version,
    platform: process.platform,
    arch: process.arch,
    abi: electronAbi,
  };
  const current = fs.existsSync(stampFile) && fs.existsSync(target) ? readJson(stampFile) : null;
  if (current !== null && Object.entries(wanted).every(([key, value]) => current[key] === value)) {
    console.log(
      `better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} is ready (out/native).`,
    );
    return;
  }

  console.log(
    `Preparing better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch}):`,
  );
  const sqliteDir = path.dirname(sqlitePackage);
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  for (const part of PACKAGE_PARTS)
    fs.cpSync(path.join(sqliteDir, part), path.join(workDir, part), { recursive: true });

  // 1. A prebuilt binary from better-sqlite3's releases (prebuild-install is its own dependency).
  const prebuildInstall = resolveOrNull('prebuild-install/bin.js', createRequire(sqlitePackage));
  const electronArgs = ['--runtime=electron', `--target=${wanted.electron}`, `--arch=${wanted.arch}`];
  const prebuildArgs = [...electronArgs, `--platform=${wanted.platform}`];
  const prebuildProblem = prebuildInstall
    ? run('downloading a prebuilt binary', process.execPath, [prebuildInstall, ...prebuildArgs], 3)
    : run('downloading a prebuilt binary', 'npx', ['--yes', 'prebuild-install', ...prebuildArgs], 3);

  // 2. Compiling it against Electron's headers with node-gyp (ours, else the copy bundled with npm).
  let compileProblem = null;
  if (prebuildProblem !== null) {
    // npm names its own copy in npm_config_node_gyp when it runs a script.
    const nodeGyp = resolveOrNull('node-gyp/bin/node-gyp.js') ?? process.env.npm_config_node_gyp ?? null;
    const gypArgs = ['rebuild', '--release', ...electronArgs, `--dist-url=${HEADERS_URL}`];
    compileProblem = nodeGyp
      ? run('compiling from source (a few minutes)', process.execPath, [nodeGyp, ...gypArgs], 20)
      : run('compiling from source (a few minutes)', 'npx', ['--yes', 'node-gyp', ...gypArgs], 20);
  }

  const built = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');
  if (compileProblem !== null || !fs.existsSync(built)) {
    fail(
      [
        `better-sqlite3 could not be prepared for Electron ${wanted.electron}.`,
        `  - Prebuilt binary: ${prebuildProblem}`,
        `  - Compiling from source: ${compileProblem ?? 'finished but produced no better_sqlite3.node'}`,
        'Both need the internet once: the prebuilt binary comes from GitHub, and compiling needs',
        `Electron's headers from ${HEADERS_URL} (node-gyp keeps them afterwards, so later builds work offline).`,
        'Browser mode needs neither: `npm run web`.',
      ].join('\n'),
    );
  }
  const wrongAbi = abiProblem(built, electronAbi);
  if (wrongAbi !== null)
    fail(`the better_sqlite3.node just built is not usable in Electron ${wanted.electron}: ${wrongAbi}.`);
  // Copied under a temporary name and renamed, so an interrupted run never leaves a half-written binary.
  fs.copyFileSync(built, `${target}.tmp`);
  fs.renameSync(`${target}.tmp`, target);
  fs.writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
  console.log(`better-sqlite3 for Electron ${wanted.electron} is ready: ${path.relative(root, target)}`);
}

main();
