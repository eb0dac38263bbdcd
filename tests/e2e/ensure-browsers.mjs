// Runs before `npm test`: the end-to-end tests drive Debian's Chromium (and through chromedriver),
// Firefox ESR and WebKitGTK (WebKitWebDriver under Xvfb), which a fresh machine may lack. As root we install them;
// otherwise we say exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [
  [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', 'chromium'],
  [process.env.CHROMEDRIVER_PATH ?? '/usr/bin/chromedriver', 'chromium-driver'],
  [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr'],
  [process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
  [process.env.XVFB_PATH ?? '/usr/bin/Xvfb', 'xvfb'],
].filter(([path]) => !existsSync(path));

if (needed.length > 0) {
  const packages = needed.map(([, pkg]) => pkg);
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing Debian packages for the browser tests: ${packages.join(', ')}…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`The end-to-end tests need ${packages.join(' and ')}.\nInstall with: sudo apt-get install -y ${packages.join(' ')}\n(or set CHROMIUM_PATH / CHROMEDRIVER_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH / XVFB_PATH).`);
    process.exit(1);
  }
}
