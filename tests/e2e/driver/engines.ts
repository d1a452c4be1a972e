/**
 * The three engines, as Debian packages them: what each needs on disk, the command that
 * installs it, and starting it. The test run never installs anything itself: `.ci/run` does,
 * and on a developer's machine a missing engine prints its install command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { Engine, EngineName, EngineRequirement } from './types.ts';
import { launchWebKit } from './webkit.ts';

/** `command -v name` in a POSIX shell: the executable's path, or null. */
function commandPath(name: string): string | null {
  const found = spawnSync('/bin/sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout?.trim() ?? '';
  return found.status === 0 && path !== '' ? path : null;
}

/** MiniBrowser ships in libwebkit2gtk-4.1-0, under the multiarch library folder. */
function miniBrowserPath(): string | null {
  const multiarch = spawnSync(
    '/bin/sh',
    ['-c', 'dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch 2>/dev/null'],
    {
      encoding: 'utf8',
    },
  ).stdout?.trim();
  const candidates = [
    ...(multiarch ? [`/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`] : []),
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ];
  return candidates.find((path) => existsSync(path)) ?? null;
}

export function requirement(name: EngineName): EngineRequirement {
  switch (name) {
    case 'chromium':
      return { name, packages: ['chromium'], files: { chromium: commandPath('chromium') } };
    case 'firefox':
      return { name, packages: ['firefox-esr'], files: { 'firefox-esr': commandPath('firefox-esr') } };
    case 'webkit':
      return {
        name,
        packages: ['webkit2gtk-driver', 'libwebkit2gtk-4.1-0', 'xvfb'],
        files: {
          WebKitWebDriver: commandPath('WebKitWebDriver'),
          MiniBrowser: miniBrowserPath(),
          Xvfb: commandPath('Xvfb'),
        },
      };
  }
}

export function installCommand(requirements: readonly EngineRequirement[]): string {
  const packages = [...new Set(requirements.flatMap((each) => each.packages))].join(' ');
  return `sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages}`;
}

/** What is missing for the engine, by name (empty when it is all there). */
export function missing(req: EngineRequirement): string[] {
  return Object.entries(req.files)
    .filter(([, path]) => path === null)
    .map(([what]) => what);
}

export class EngineMissing extends Error {
  constructor(
    readonly engine: EngineName,
    readonly command: string,
    what: readonly string[],
  ) {
    super(`${engine} is not installed (missing ${what.join(', ')}). Install it with:\n  ${command}`);
  }
}

export async function launchEngine(name: EngineName): Promise<Engine> {
  const req = requirement(name);
  const absent = missing(req);
  if (absent.length > 0) throw new EngineMissing(name, installCommand([req]), absent);
  const path = (what: string): string => req.files[what] as string;
  switch (name) {
    case 'chromium':
      return launchChromium(path('chromium'));
    case 'firefox':
      return launchFirefox(path('firefox-esr'));
    case 'webkit':
      return launchWebKit({ driver: path('WebKitWebDriver'), browser: path('MiniBrowser'), xvfb: path('Xvfb') });
  }
}
