/** Debian's Chromium; .ci/run installs it. Never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';
/** Chromium quiet and alone: no GPU, no sandbox (containers), nothing it would fetch itself. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
