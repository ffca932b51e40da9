// <helpbridge-dialog> in headless Chromium: modal and banner, keyboard only,
// accessibility (axe-core, light and dark), RTL, hostile view data, choices.
//
//   HELPBRIDGE_SCREENSHOTS=1 node --test tests/browser/dialog.test.mjs
// also writes docs/dialog-en.png, docs/dialog-ar.png and docs/banner-en.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { withServerAndBrowser } from '../support/browser.mjs';
import { root } from '../support/paths.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core');
const SCREENSHOTS = process.env.HELPBRIDGE_SCREENSHOTS === '1';
const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

/** Each locale's urgent view and the local helpline its first action must dial. */
const LOCALES = [
  { lang: 'en', country: 'GB', tel: 'tel:116123' },
  { lang: 'es', country: 'ES', tel: 'tel:024' },
  { lang: 'ar', country: 'AE', tel: 'tel:8008877' },
  { lang: 'ja', country: 'JP', tel: 'tel:0120279338' },
];

const env = await withServerAndBrowser();

/** The test page (a small chat) with the element mounted and the textarea focused. */
async function openPage({ colorScheme = 'light' } = {}) {
  const page = await env.browser.newPage();
  const consoleMessages = [];
  page.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text() }));
  await page.setViewportSize({ width: 900, height: 800 });
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.goto(`${env.server.url}/tests/browser/pages/dialog.html`);
  await page.waitForFunction(() => window.ready === true);
  await page.focus('#chat-input');
  page.consoleMessages = consoleMessages;
  return page;
}

const show = (page, view) => page.evaluate((v) => window.show(v), view);
const choices = (page) => page.evaluate(() => window.choices);
const lastChoice = async (page) => (await choices(page)).at(-1);

/** What has focus: a data-hb-key inside the component, else the page element's id. */
function focused(page) {
  return page.evaluate(() => {
    const inner = document.querySelector('helpbridge-dialog').shadowRoot.activeElement;
    if (inner) return inner.getAttribute('data-hb-key') ?? inner.tagName.toLowerCase();
    return document.activeElement?.id || document.activeElement?.tagName.toLowerCase();
  });
}

/** The modal's state, read from its shadow root. */
function modalState(page) {
  return page.evaluate(() => {
    const host = document.querySelector('helpbridge-dialog');
    const dialog = host.shadowRoot.querySelector('dialog');
    const byId = (id) => host.shadowRoot.getElementById(id);
    const focusables = [...dialog.querySelectorAll('a[href], button, select')]
      .filter((node) => node.getClientRects().length > 0)
      .map((node) => node.getAttribute('data-hb-key'));
    return {
      open: dialog.open,
      modal: dialog.matches(':modal'),
      mode: host.mode,
      dir: dialog.getAttribute('dir'),
      lang: dialog.getAttribute('lang'),
      title: byId(dialog.getAttribute('aria-labelledby'))?.textContent ?? null,
      description: (dialog.getAttribute('aria-describedby') ?? '').split(' ').map((id) => byId(id)?.textContent ?? null),
      hrefs: [...dialog.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      firstAction: dialog.querySelector('.hb-action')?.getAttribute('data-hb-key') ?? null,
      focusables,
    };
  });
}

async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

async function screenshot(page, name) {
  if (!SCREENSHOTS) return;
  await page.waitForTimeout(50);
  await page.screenshot({ path: path.join(root, 'docs', name) });
}

for (const { lang, country, tel } of LOCALES) {
  const view = fixture(`urgent-${lang}`);

  test(`${lang}: the urgent dialog opens modal with its title and a tel: link to the ${country} helpline`, async () => {
    assert.equal(view.country, country);
    const page = await openPage();
    await show(page, view);
    const state = await modalState(page);
    assert.equal(state.open, true);
    assert.equal(state.modal, true, 'opened with showModal()');
    assert.equal(state.mode, 'urgent');
    assert.equal(state.title, view.title, 'aria-labelledby names the title');
    assert.equal(state.description[0], view.body, 'aria-describedby points at the body');
    assert.equal(state.lang, lang);
    assert.equal(state.dir, view.dir);
    assert.equal(state.hrefs.find((href) => href.startsWith('tel:')), tel, 'the first phone link is the local helpline');
    assert.ok(state.hrefs.includes(view.emergency.href), 'the emergency line is a link');
    assert.ok(state.hrefs.includes(view.directory.href), 'the directory link is there');
    // The chat behind is inert while the dialog is open.
    const sendIsHit = await page.evaluate(() => {
      const send = document.getElementById('send');
      const { left, top, width, height } = send.getBoundingClientRect();
      return document.elementFromPoint(left + width / 2, top + height / 2) === send;
    });
    assert.equal(sendIsHit, false);
    if (lang === 'en' || lang === 'ar') await screenshot(page, `dialog-${lang}.png`);
    await page.close();
  });

  test(`${lang}: axe-core finds no violations with the dialog open, light and dark`, async () => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await openPage({ colorScheme });
      await show(page, view);
      assert.deepEqual(await axeViolations(page), [], `${colorScheme} scheme`);
      await page.close();
    }
  });

  test(`${lang}: keyboard only: focus starts on the first helpline, Tab and Shift+Tab wrap, Escape goes back`, async () => {
    const page = await openPage();
    await page.evaluate(() => {
      window.autoHide = false; // the core decides; check the dialog does not close by itself
    });
    await show(page, view);
    const { focusables, firstAction } = await modalState(page);
    assert.ok(firstAction.endsWith(`:call:${tel}`), firstAction);
    assert.equal(await focused(page), firstAction, 'initial focus on the first helpline action');

    const start = focusables.indexOf(firstAction);
    for (let i = 1; i <= focusables.length; i++) {
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), focusables[(start + i) % focusables.length], `Tab #${i}`);
    }
    assert.equal(await focused(page), firstAction, 'a full round of Tab comes back to the start');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    // firstAction is preceded by the country picker only, so two steps back wrap to the end.
    assert.equal(start, 1);
    assert.equal(await focused(page), focusables.at(-1), 'Shift+Tab wraps from the first to the last');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), focusables[0], 'Tab wraps from the last to the first');

    await page.keyboard.press('Escape');
    assert.deepEqual(await lastChoice(page), { action: 'go_back' });
    assert.equal((await modalState(page)).open, true, 'Escape does not close the dialog by itself');
    await page.keyboard.press('Escape');
    assert.equal((await modalState(page)).open, true, 'nor does a second Escape');
    assert.deepEqual(await choices(page), [{ action: 'go_back' }, { action: 'go_back' }]);

    await page.evaluate(() => window.hide());
    assert.equal((await modalState(page)).open, false);
    assert.equal(await focused(page), 'chat-input', 'focus returns to the chat input');
    await page.close();
  });

  test(`${lang}: each button reports its choice`, async () => {
    const page = await openPage();
    const expected = [
      ['choice:continue', { action: 'continue' }, view.actions.continue],
      ['choice:go_back', { action: 'go_back' }, view.actions.goBack],
      ['choice:not_now', { action: 'not_now' }, view.actions.notNow],
      ['choice:someone_else', { action: 'someone_else' }, view.actions.someoneElse],
    ];
    for (const [key, choice, label] of expected) {
      await show(page, view);
      const button = page.locator(`helpbridge-dialog [data-hb-key="${key}"]`);
      assert.equal((await button.textContent()).trim(), label);
      await button.click();
      assert.deepEqual(await lastChoice(page), choice);
      await page.evaluate(() => window.hide());
      assert.equal(await focused(page), 'chat-input');
    }
    await show(page, view);
    await page.locator(`helpbridge-dialog .hb-action[href="${tel}"]`).click();
    assert.deepEqual(await lastChoice(page), { action: 'contact', serviceId: view.services[0].id, kind: 'call' });
    await page.close();
  });
}

test('ar: the dialog is right-to-left and mirrors its layout', async () => {
  const page = await openPage();
  await show(page, fixture('urgent-ar'));
  const layout = await page.evaluate(() => {
    const shadow = document.querySelector('helpbridge-dialog').shadowRoot;
    const dialog = shadow.querySelector('dialog');
    const rect = (node) => node.getBoundingClientRect();
    const action = shadow.querySelector('.hb-action');
    const number = action.querySelector('bdi');
    return {
      dir: dialog.getAttribute('dir'),
      direction: getComputedStyle(dialog).direction,
      emblemRight: rect(shadow.querySelector('.hb-emblem')).left > rect(shadow.querySelector('.hb-title')).left,
      iconRight: rect(action.querySelector('svg')).left > rect(action.querySelector('span')).left,
      number: number?.textContent,
      numberDir: number?.getAttribute('dir'),
    };
  });
  assert.equal(layout.dir, 'rtl');
  assert.equal(layout.direction, 'rtl');
  assert.ok(layout.emblemRight, 'the emblem sits at the start (right) of the title');
  assert.ok(layout.iconRight, 'the icon sits at the start (right) of its label');
  assert.equal(layout.number, '8008877');
  assert.equal(layout.numberDir, 'ltr', 'phone numbers stay left-to-right inside Arabic');
  await page.close();
});

test('hostile view data renders as text and unsafe links are dropped', async () => {
  const page = await openPage();
  const view = fixture('hostile-en');
  await show(page, view);
  await page.mouse.move(450, 300);
  await page.mouse.move(300, 400);
  const result = await page.evaluate(() => {
    const shadow = document.querySelector('helpbridge-dialog').shadowRoot;
    const all = [...shadow.querySelectorAll('*')];
    return {
      pwned: window.pwned,
      dangerous: shadow.querySelectorAll('img, script, iframe, object, embed, b, i, u').length,
      svgs: [...shadow.querySelectorAll('svg')].every((svg) => svg.classList.contains('hb-icon')),
      handlers: all.flatMap((node) => [...node.attributes].map((a) => a.name)).filter((name) => name.startsWith('on')),
      hrefs: [...shadow.querySelectorAll('[href]')].map((node) => node.getAttribute('href')),
      title: shadow.querySelector('.hb-title').textContent,
      names: [...shadow.querySelectorAll('.hb-service-name')].map((node) => node.textContent),
      actions: [...shadow.querySelectorAll('.hb-action')].map((node) => node.textContent),
      emergencyTag: shadow.querySelector('.hb-emergency').tagName,
      emergency: shadow.querySelector('.hb-emergency').textContent,
      directory: shadow.querySelectorAll('.hb-link').length,
      options: [...shadow.querySelectorAll('option')].map((node) => node.value),
      lang: shadow.querySelector('dialog').getAttribute('lang'),
      dir: shadow.querySelector('dialog').getAttribute('dir'),
      continueText: shadow.querySelector('[data-hb-key="choice:continue"]').textContent,
    };
  });
  assert.equal(result.pwned, undefined);
  assert.equal(result.dangerous, 0, 'no element was created from view data');
  assert.ok(result.svgs, 'the only svg elements are the static icons');
  assert.deepEqual(result.handlers, []);
  assert.deepEqual(result.hrefs, ['tel:116123', 'https://www.samaritans.org/', 'sms:85258?body=SHOUT', 'https://giveusashout.org/']);
  assert.ok(result.title.startsWith('<script>window.pwned=1</script>'));
  assert.deepEqual(result.names, ['<img src=x onerror="window.pwned=1">', 'Shout'], 'a service with no safe link is left out');
  assert.ok(result.actions.includes('<b>Call</b> 116 123'));
  assert.equal(result.emergencyTag, 'P', 'an unsafe emergency href is shown as text, not linked');
  assert.equal(result.emergency, 'If you are in immediate danger, call <u>999</u>.');
  assert.equal(result.directory, 0, 'a javascript: directory link is dropped');
  assert.deepEqual(result.options, ['GB', 'IE']);
  assert.equal(result.lang, null, 'an invalid lang is not set');
  assert.equal(result.dir, 'auto');
  assert.equal(result.continueText, view.actions.continue);

  // Click every rendered control: nothing runs.
  await page.locator('helpbridge-dialog [data-hb-key="choice:continue"]').click();
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.ok(!env.server.requests.some((r) => /\/x(\?|$)/.test(r.url)), 'no request for the injected image');
  await page.close();
});

test('only tel:, sms: and https: links are ever rendered, whatever href the view holds', async () => {
  const hostileHrefs = [
    'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', '\u2028javascript:alert(1)',
    'javascript&colon;alert(1)', 'ｊavascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>window.pwned=1</script>',
    'file:///etc/passwd', 'mailto:someone@example.org', 'http://example.org/', '//example.org/', '/relative', '#top', '',
    'blob:https://example.org/0', 'about:blank', 'intent://x#Intent;scheme=javascript;end', 'https://', 'https:javascript:alert(1)',
    'tel:javascript:alert(1)', 'tel:116123?body=x', 'tel:', 'tel:+', 'TEL:116123', 'tel:116\u0000123',
    'sms:85258?body=<script>', 'sms:85258?body=a b', 'sms:', 'sms:javascript:alert(1)', 'x'.repeat(3000), null, 42, { href: 'tel:1' },
  ];
  const kinds = ['call', 'text', 'chat', 'whatsapp', 'website'];
  const view = fixture('urgent-en');
  const valid = view.services.flatMap((service) => service.actions.map((action) => action.href));
  view.services.unshift({
    id: 'hostile-links', name: 'Hostile links', status: 'always', statusLabel: null, badges: [],
    actions: [
      ...hostileHrefs.flatMap((href, i) => kinds.map((kind) => ({ kind, label: `link ${i} ${kind}`, href }))),
      { kind: 'call', label: 'a web page as a call', href: 'https://example.org/' },
      { kind: 'website', label: 'a phone number as a website', href: 'tel:116123' },
    ],
  });
  const page = await openPage();
  const rendered = () => page.evaluate(() =>
    [...document.querySelector('helpbridge-dialog').shadowRoot.querySelectorAll('[href], [src], [action], [formaction]')]
      .map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? node.getAttribute('action') ?? node.getAttribute('formaction')));
  await show(page, view);
  const withEmergencyAndDirectory = [...valid, view.emergency.href, view.directory.href];
  assert.deepEqual((await rendered()).sort(), withEmergencyAndDirectory.sort(), 'the hostile service renders no link');
  // The emergency number and the directory link: each hostile href is dropped.
  for (const href of hostileHrefs) {
    await show(page, { ...view, emergency: { ...view.emergency, href }, directory: { ...view.directory, href } });
    const hrefs = await rendered();
    assert.deepEqual(hrefs.sort(), [...valid].sort(), `emergency/directory href ${JSON.stringify(href)?.slice(0, 40)}`);
  }
  for (const href of await rendered()) assert.match(href, /^(tel:\+?[0-9]|sms:\+?[0-9]|https:\/\/[a-z0-9])/i);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await page.close();
});

test('links: phone and sms open in place, chat and websites in a new tab without opener or referrer', async () => {
  const page = await openPage();
  await show(page, fixture('urgent-en'));
  const links = await page.evaluate(() =>
    [...document.querySelector('helpbridge-dialog').shadowRoot.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href'),
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    })),
  );
  for (const link of links) {
    if (link.href.startsWith('https:')) {
      assert.equal(link.target, '_blank', link.href);
      assert.equal(link.rel, 'noopener noreferrer', link.href);
    } else {
      assert.match(link.href, /^(tel|sms):/);
      assert.equal(link.target, null, link.href);
    }
  }
  assert.ok(links.some((link) => link.href === 'sms:85258?body=SHOUT'), 'Shout: text SHOUT to 85258');
  await page.close();
});

test('the support banner neither takes focus nor blocks typing', async () => {
  const page = await openPage();
  const view = fixture('support-en');
  await page.keyboard.type('I feel');
  await show(page, view);
  assert.equal(await focused(page), 'chat-input', 'focus stays in the chat input');
  await page.keyboard.type(' low');
  assert.equal(await page.inputValue('#chat-input'), 'I feel low');

  const banner = await page.evaluate(() => {
    const shadow = document.querySelector('helpbridge-dialog').shadowRoot;
    const section = shadow.querySelector('.hb-banner');
    return {
      visible: !section.hidden && section.getBoundingClientRect().height > 0,
      modalOpen: shadow.querySelector('dialog').open,
      role: section.getAttribute('role'),
      labelledBy: shadow.getElementById(section.getAttribute('aria-labelledby'))?.textContent,
      announced: shadow.querySelector('[role="status"]').textContent,
      hrefs: [...section.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      dir: section.getAttribute('dir'),
    };
  });
  assert.equal(banner.visible, true);
  assert.equal(banner.modalOpen, false);
  assert.equal(banner.labelledBy, view.title);
  assert.ok(banner.announced.includes(view.body), 'a polite live region announces it');
  assert.ok(banner.hrefs.includes('tel:116123'));
  assert.ok(banner.hrefs.includes(view.emergency.href) && banner.hrefs.includes(view.directory.href));
  assert.equal(banner.dir, 'ltr');
  await page.locator('#chat-input').scrollIntoViewIfNeeded();
  await screenshot(page, 'banner-en.png');
  await page.click('#send'); // the page is not inert
  assert.deepEqual(await choices(page), []);

  assert.deepEqual(await axeViolations(page), []);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  assert.deepEqual(await axeViolations(page), [], 'dark scheme');

  await page.locator('helpbridge-dialog [data-hb-key="choice:someone_else"]').click();
  assert.deepEqual(await lastChoice(page), { action: 'someone_else' });
  await page.focus('#chat-input');
  await page.keyboard.press('Escape');
  assert.equal((await choices(page)).length, 1, 'Escape in the chat input is not the banner\'s');
  await page.locator('helpbridge-dialog .hb-close').focus();
  await page.keyboard.press('Escape');
  assert.deepEqual(await lastChoice(page), { action: 'dismiss' }, 'Escape inside the banner dismisses it');
  await show(page, view);
  await page.locator('helpbridge-dialog .hb-close').click();
  assert.deepEqual(await lastChoice(page), { action: 'dismiss' });
  assert.equal(await page.evaluate(() => document.querySelector('helpbridge-dialog').mode), null);
  assert.equal(await focused(page), 'chat-input', 'closing from the banner gives focus back to the chat');
  await page.close();
});

test('someone_else renders in the modal dialog with continue and go back', async () => {
  const page = await openPage();
  const view = fixture('someone-else-en');
  await page.evaluate(() => {
    window.autoHide = false;
  });
  await show(page, view);
  const state = await modalState(page);
  assert.equal(state.modal, true);
  assert.equal(state.mode, 'someone_else');
  assert.equal(state.title, view.title);
  assert.equal(state.description[0], view.body);
  const choiceKeys = state.focusables.filter((key) => key.startsWith('choice:'));
  assert.deepEqual(choiceKeys, ['choice:continue', 'choice:go_back']);
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press('Escape');
  assert.deepEqual(await lastChoice(page), { action: 'go_back' });
  await page.close();
});

test('help renders in the modal dialog with close; Escape dismisses', async () => {
  const page = await openPage();
  await page.evaluate(() => {
    window.autoHide = false;
  });
  await show(page, { ...fixture('urgent-en'), mode: 'help', category: null, intro: null });
  const state = await modalState(page);
  assert.equal(state.mode, 'help');
  assert.deepEqual(state.focusables.filter((key) => key.startsWith('choice:')), ['choice:dismiss']);
  await page.keyboard.press('Escape');
  assert.deepEqual(await lastChoice(page), { action: 'dismiss' });
  await page.close();
});

test('the country picker reports the country; a new view keeps the dialog open and focus on the picker', async () => {
  const page = await openPage();
  const view = fixture('urgent-en');
  await show(page, view);
  const select = page.locator('helpbridge-dialog select');
  assert.equal(await page.locator('helpbridge-dialog label[for="hb-modal-country"]').textContent(), view.countryPicker.label);
  assert.equal(await select.inputValue(), 'GB');
  await select.focus();
  await select.selectOption('ES');
  assert.deepEqual(await lastChoice(page), { action: 'country', country: 'ES' });
  // The core answers with the view for Spain (here: the Spanish fixture).
  await show(page, fixture('urgent-es'));
  const state = await modalState(page);
  assert.equal(state.open, true);
  assert.equal(state.lang, 'es');
  assert.ok(state.hrefs.includes('tel:024'));
  assert.equal(await focused(page), 'country');
  assert.equal(await select.inputValue(), 'ES');
  await page.evaluate(() => window.hide());
  assert.equal(await focused(page), 'chat-input');
  await page.close();
});

test('switching from the banner to the urgent dialog, and defining the element twice, are harmless', async () => {
  const page = await openPage();
  await show(page, fixture('support-en'));
  await show(page, fixture('urgent-en'));
  const state = await page.evaluate(async () => {
    await import('/dist/dialog.js?again'); // a second copy of the module defines nothing new
    const host = document.querySelector('helpbridge-dialog');
    return {
      sameClass: window.isHelpbridgeDialog(),
      bannerHidden: host.shadowRoot.querySelector('.hb-banner').hidden,
      modal: host.shadowRoot.querySelector('dialog').matches(':modal'),
    };
  });
  assert.deepEqual(state, { sameClass: true, bannerHidden: true, modal: true });
  // hide() then show() at once: the queued close event must not undo the new show.
  await page.evaluate((v) => {
    window.hide();
    window.show(v);
  }, fixture('urgent-ja'));
  await page.waitForTimeout(50);
  const after = await modalState(page);
  assert.equal(after.open, true);
  assert.equal(after.lang, 'ja');
  assert.ok(after.firstAction.endsWith(':call:tel:0120279338'));
  await page.close();
});

test('show() rejects what is not a view, with a clear error', async () => {
  const page = await openPage();
  const errors = await page.evaluate(() => {
    const host = document.querySelector('helpbridge-dialog');
    const attempt = (value) => {
      try {
        host.show(value);
        return null;
      } catch (error) {
        return `${error.name}: ${error.message}`;
      }
    };
    const detached = document.createElement('helpbridge-dialog');
    let detachedError = null;
    try {
      detached.show({ mode: 'urgent' });
    } catch (error) {
      detachedError = error.message;
    }
    return { nothing: attempt(null), badMode: attempt({ mode: 'popup' }), sparse: attempt({ mode: 'urgent' }), detachedError };
  });
  assert.match(errors.nothing, /^TypeError: helpbridge-dialog: show\(\) needs a DialogView/);
  assert.match(errors.badMode, /^TypeError/);
  assert.equal(errors.sparse, null, 'a sparse view still renders (whatever is there)');
  assert.match(errors.detachedError, /add the element to the document/);
  await page.close();
});

test('no requests, storage or console output of its own', async () => {
  const before = env.server.requests.length;
  const page = await openPage();
  for (const name of ['urgent-en', 'urgent-ar', 'support-en', 'someone-else-en']) {
    await show(page, fixture(name));
    await page.locator('helpbridge-dialog [data-hb-key="choice:someone_else"], helpbridge-dialog [data-hb-key="choice:go_back"]').first().click();
    await page.evaluate(() => window.hide());
  }
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
  assert.deepEqual(storage, { local: 0, session: 0, cookie: '' });
  const paths = env.server.requests.slice(before).map((r) => new URL(r.url, 'http://x').pathname);
  const unexpected = paths.filter((p) => !['/tests/browser/pages/dialog.html', '/dist/dialog.js', '/dist/dialog-styles.js', '/favicon.ico'].includes(p));
  assert.deepEqual(unexpected, []);
  const logged = page.consoleMessages.filter((m) => !m.text.startsWith('Failed to load resource')); // the favicon's 404
  assert.deepEqual(logged, []);
  await page.close();
});

test('targets are at least 44px; motion follows prefers-reduced-motion; theming reaches the shadow DOM', async () => {
  const page = await openPage();
  for (const name of ['urgent-en', 'support-en']) {
    await show(page, fixture(name));
    const small = await page.evaluate(() =>
      [...document.querySelector('helpbridge-dialog').shadowRoot.querySelectorAll('a[href], button, select')]
        .filter((node) => node.getClientRects().length > 0)
        .map((node) => [node.getAttribute('data-hb-key'), node.getBoundingClientRect()])
        .filter(([, rect]) => rect.width < 44 || rect.height < 44)
        .map(([key, rect]) => `${key} ${rect.width}x${rect.height}`),
    );
    assert.deepEqual(small, [], name);
  }
  const style = () =>
    page.evaluate(() => {
      const shadow = document.querySelector('helpbridge-dialog').shadowRoot;
      return {
        animation: getComputedStyle(shadow.querySelector('dialog')).animationName,
        callBackground: getComputedStyle(shadow.querySelector('.hb-action--call')).backgroundColor,
      };
    });
  await page.evaluate(() => window.hide());
  await show(page, fixture('urgent-en'));
  assert.equal((await style()).animation, 'none', 'no animation under prefers-reduced-motion: reduce');
  await page.evaluate(() => window.hide());
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await show(page, fixture('urgent-en'));
  assert.equal((await style()).animation, 'hb-rise');
  await page.emulateMedia({ reducedMotion: 'reduce' }); // no colour transition to wait for
  await page.evaluate(() => document.querySelector('helpbridge-dialog').style.setProperty('--helpbridge-accent', 'rgb(80, 40, 120)'));
  assert.equal((await style()).callBackground, 'rgb(80, 40, 120)', '--helpbridge-accent themes the helpline actions');
  await page.close();
});
