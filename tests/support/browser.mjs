// Debian's Chromium, headless, driven by playwright-core (never a downloaded browser).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.HELPBRIDGE_CHROMIUM ?? '/usr/bin/chromium';

/** Launches Chromium with a fresh profile; close() also removes the profile.
 * args: extra command-line switches (the bench's memory phase adds some). */
export async function launchBrowser({ args = [] } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'helpbridge-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...args],
  });
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * For a node:test file: starts the static server and Chromium before its tests
 * and stops both after. Returns { server, browser }, filled in before().
 */
export async function withServerAndBrowser(serverOptions) {
  const { after, before } = await import('node:test');
  const { startServer } = await import('../../demo/server.mjs');
  const env = {};
  before(async () => {
    env.server = await startServer(serverOptions);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.server.close();
  });
  return env;
}
