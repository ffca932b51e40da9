// The helplines when the wasm core cannot load (a page whose CSP forbids
// WebAssembly, a blocked or missing file): a plain 'help' view built from the
// data files alone, so that the help link still puts a local number one tap
// away. It holds the country's vetted services (their call, text and web links),
// its emergency number and the international directory, in the person's
// language where its catalogue loads: what the core's help view shows
// (tests/node/fallback-help.test.mjs holds it to that), except what needs the
// core: open or closed now (and the order it gives) and the country picker.
// Every number comes from locales/; none is written here.
import { readTextAsset, resolveAssetBase } from './assets.js';
import type { GuardCoreOptions } from './guard-core.js';
import { localTimezone } from './timezone.js';
import type { LocaleIndex } from './engine.js';
import type { DialogView, ServiceAction, ServiceView } from './view-model.js';

interface Catalogue {
  meta: { lang: string; dir: 'ltr' | 'rtl' };
  messages: Record<string, unknown>;
}

interface Channel {
  type: 'phone' | 'sms' | 'chat' | 'whatsapp' | 'web';
  display?: string;
  tel?: string | null;
  number?: string;
  keyword?: string | null;
  url?: string;
}

interface Helpline {
  id: string;
  name: string;
  local_name: string | null;
  channels: Channel[];
  hours: { always?: boolean } | null;
  languages: string[] | null;
  free: boolean | null;
  confidential: boolean | null;
}

/** The first of the person's languages with a catalogue (exact tag, then its base language), else English. */
function chooseLanguage(languages: readonly string[], available: string[]): string {
  for (const tag of languages) {
    const base = String(tag).split('-')[0].toLowerCase();
    const found = available.find((lang) => lang.toLowerCase() === String(tag).toLowerCase()) ?? available.find((lang) => lang === base);
    if (found) return found;
  }
  return 'en';
}

/** The country asked for, else the time zone's, else a region in the language tags; '' if none. */
function chooseCountry(options: GuardCoreOptions, zones: Record<string, string>, known: (code: string) => boolean): string {
  const candidates = [options.country ?? '', zones[localTimezone(options.timezone)] ?? '',
    ...options.languages.map((tag) => /-([A-Za-z]{2})(-|$)/.exec(String(tag))?.[1] ?? '')];
  return candidates.map((code) => code.toUpperCase()).find((code) => /^[A-Z]{2}$/.test(code) && known(code)) ?? '';
}

export async function fallbackHelpView(options: GuardCoreOptions): Promise<DialogView> {
  const base = resolveAssetBase(options.assetBase);
  const read = async <T>(path: string): Promise<T> => JSON.parse(await readTextAsset(new URL(path, base))) as T;
  const [index, emergencyNumbers, zones, directory] = await Promise.all([
    read<LocaleIndex>('locales/index.json'),
    read<Record<string, { numbers?: string[] }>>('locales/emergency.json'),
    read<Record<string, string>>('locales/timezones.json').catch(() => ({})),
    read<{ url: string; country_url?: string }>('locales/directory.json'),
  ]);
  const lang = chooseLanguage(options.languages, index.messages);
  const english = await read<Catalogue>('locales/messages/en.json');
  const catalogue = lang === 'en' ? english : await read<Catalogue>(`locales/messages/${lang}.json`).catch(() => english);
  const country = chooseCountry(options, zones, (code) => Object.hasOwn(emergencyNumbers, code));

  const rtl = catalogue.meta.dir === 'rtl';
  const message = (key: string, params: Record<string, string> = {}): string => {
    const found = catalogue.messages[key] ?? english.messages[key];
    const template = typeof found === 'string' ? found : '';
    // Values are isolated in right-to-left text, as the core does, so numbers keep their order.
    return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string) =>
      name in params ? (rtl ? `\u2068${params[name]}\u2069` : params[name]) : whole);
  };

  // The scripts the reader reads, from the catalogue's own longer texts.
  const readerScripts = new Set([...`${message('urgent.title')} ${message('support.body')}`].map(scriptOf).filter((script) => script >= 0));
  const helplines = country && index.helplines.includes(country)
    ? await read<{ services: Helpline[] }>(`locales/helplines/${country}.json`).then((file) => file.services, () => [])
    : [];
  const emergency = emergencyNumbers[country]?.numbers?.[0];
  const directoryUrl = country && directory.country_url ? directory.country_url.replace('{cc}', country.toLowerCase()) : directory.url;

  return {
    mode: 'help',
    category: null,
    lang: catalogue.meta.lang,
    dir: catalogue.meta.dir,
    country,
    title: message('urgent.title'),
    body: message('support.body'),
    intro: null,
    helplinesHeading: message('helplines.heading'),
    services: inOrder(helplines, lang).map((service) => serviceView(service, lang, readerScripts, message)),
    emergency: emergency ? { label: message('emergency.line', { number: emergency }), number: emergency, href: `tel:${emergency}` } : null,
    directory: { label: message('directory.link'), href: directoryUrl },
    actions: {
      continue: message('action.continue'),
      goBack: message('action.goBack'),
      someoneElse: message('action.someoneElse'),
      notNow: message('action.notNow'),
      close: message('action.close'),
    },
    countryPicker: { label: message('country.label'), options: [] },
  };
}

// The writing systems of the catalogues and the helplines' local names; a
// letter of any other script matches none, and the service keeps its own name.
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Tamil',
  'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Georgian', 'Armenian', 'Ethiopic', 'Han',
  'Hiragana', 'Katakana', 'Hangul'].map((name) => new RegExp(`^\\p{Script=${name}}$`, 'u'));

/** The index of a letter's script in SCRIPTS; -1 for anything else (digits, punctuation, marks). */
function scriptOf(character: string): number {
  return /^\p{L}$/u.test(character) ? SCRIPTS.findIndex((script) => script.test(character)) : -1;
}

function firstLetter(text: string): string {
  return [...text].find((character) => /^\p{L}$/u.test(character)) ?? '';
}

function answersIn(service: Helpline, lang: string): boolean {
  const base = lang.split('-')[0];
  return (service.languages ?? []).some((offered) => offered.split('-')[0] === base);
}

/** The core's order where it can be known without the core: always open
 * first, then those that answer in the reader's language (opening hours need the core). */
function inOrder(services: Helpline[], lang: string): Helpline[] {
  const rank = (service: Helpline) => (service.hours?.always === true ? 0 : 2) + (answersIn(service, lang) ? 0 : 1);
  return services.map((service, at) => ({ service, at })).sort((a, b) => rank(a.service) - rank(b.service) || a.at - b.at)
    .map(({ service }) => service);
}

function serviceView(service: Helpline, lang: string, readerScripts: Set<number>,
  message: (key: string, params?: Record<string, string>) => string): ServiceView {
  // The local name for a reader who can read it (as the core's src/view/service_name.cpp).
  const local = service.local_name && lang.split('-')[0] !== 'en' && (service.languages === null || answersIn(service, lang)) &&
    readerScripts.has(scriptOf(firstLetter(service.local_name)));
  const badges = [service.free === true ? message('service.free') : '', service.confidential === true ? message('service.confidential') : ''];
  return {
    id: service.id,
    name: local ? service.local_name! : service.name,
    status: service.hours?.always === true ? 'always' : 'unknown',
    statusLabel: service.hours?.always === true ? message('service.open247') : null,
    badges: badges.filter(Boolean),
    actions: service.channels.map((channel) => channelAction(channel, message)),
  };
}

// The same links the core builds (src/view/service_view.cpp); the dialog checks each again.
function channelAction(channel: Channel, message: (key: string, params?: Record<string, string>) => string): ServiceAction {
  switch (channel.type) {
    case 'phone':
      return { kind: 'call', label: message('action.call', { number: channel.display ?? '' }), href: channel.tel ?? null };
    case 'sms': {
      const number = channel.number ?? '';
      const keyword = channel.keyword ?? '';
      return {
        kind: 'text',
        label: keyword ? message('action.text', { keyword, number }) : message('action.textNumber', { number }),
        href: `sms:${number}${keyword ? `?body=${encodeURIComponent(keyword)}` : ''}`,
      };
    }
    case 'chat':
      return { kind: 'chat', label: message('action.chat'), href: channel.url ?? null };
    case 'whatsapp':
      return { kind: 'whatsapp', label: message('action.whatsapp'), href: channel.url ?? null };
    default:
      return { kind: 'website', label: message('action.website'), href: channel.url ?? null };
  }
}
