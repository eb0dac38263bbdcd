// Runs before `npm test`: the end-to-end tests drive Debian's Chromium and Firefox ESR, which a
// fresh machine may lack. As root we install them; otherwise we say exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [
  [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', 'chromium'],
  [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr'],
].filter(([path]) => !existsSync(path));

if (needed.length > 0) {
  const packages = needed.map(([, pkg]) => pkg);
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing Debian packages for the browser tests: ${packages.join(', ')}…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`The end-to-end tests need ${packages.join(' and ')}.\nInstall with: sudo apt-get install -y ${packages.join(' ')}\n(or set CHROMIUM_PATH / FIREFOX_PATH).`);
    process.exit(1);
  }
}
