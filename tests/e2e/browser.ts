/**
 * Debian's Chromium for the browser tests: found on PATH, installed with apt when it is
 * missing and we may (root), else a failure that names the command. Never a silent skip.
 */
import { spawnSync } from 'node:child_process';
import { type Browser, chromium } from 'playwright-core';

/** What CI and a developer run when Chromium is missing. */
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

/** The flags that work for Debian's Chromium on this kind of machine (see docs/toolchain.md). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `command -v name` in a POSIX shell: the executable's path, or null. */
function commandPath(name: string): string | null {
  const found = spawnSync('/bin/sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout?.trim() ?? '';
  return found.status === 0 && path !== '' ? path : null;
}

function canInstallWithApt(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && commandPath('apt-get') !== null;
}

/** The Chromium executable, installing Debian's package first when needed and allowed. */
export function ensureChromium(): string {
  const present = commandPath('chromium');
  if (present) return present;
  if (!canInstallWithApt()) {
    throw new Error(`Chromium is not installed and this user cannot install it. Run as root:\n  ${INSTALL_COMMAND}`);
  }
  console.log(`Chromium is not installed: running \`${INSTALL_COMMAND}\` (about a minute)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = spawnSync('/bin/sh', ['-c', INSTALL_COMMAND], { stdio: 'inherit', env });
  const installed = commandPath('chromium');
  if (install.status !== 0 || !installed)
    throw new Error(`Installing Chromium failed (exit ${install.status}). Run:\n  ${INSTALL_COMMAND}`);
  console.log(`Chromium installed at ${installed}`);
  return installed;
}

/** One browser for the whole run; each scenario opens its own context. */
export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
