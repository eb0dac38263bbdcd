// Runs before `npm test`: the end-to-end tests drive Debian's Chromium, which a fresh machine
// may lack. As root we install it; otherwise we say exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian’s chromium package…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`The end-to-end tests need Chromium at ${path}.\nInstall it with: sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to another Chromium binary).`);
    process.exit(1);
  }
}
